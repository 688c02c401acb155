// Inbound message ids already taken in (WhatsApp redeliveries), kept apart from personal data:
// the ids are keyed hashes made by the channel, so they survive "verwijder mijn gegevens" and a
// late redelivery cannot re-open an erased conversation. Shared by every instance (the database
// keeps one row per id, so two instances receiving the same redelivery process it once).
import { isUniqueViolation, type Db } from './client';

/** How long a seen id is kept: longer than Meta keeps redelivering (up to 7 days) is not needed. */
export const INBOUND_SEEN_DAYS = 7;

export class InboundSeenStore {
  constructor(private readonly db: Db) {}

  /** Records `id`; false when it was already recorded (by this or another instance). */
  async claim(id: string): Promise<boolean> {
    try {
      await this.db.inboundSeen.create({ data: { id } });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** Forgets `id` again: its processing failed, and the redelivery should be processed. */
  async release(id: string): Promise<void> {
    await this.db.inboundSeen.deleteMany({ where: { id } });
  }
}

/** Deletes ids recorded before `cutoff`; returns how many. */
export async function pruneInboundSeen(db: Db, cutoff: Date): Promise<number> {
  return (await db.inboundSeen.deleteMany({ where: { seenAt: { lt: cutoff } } })).count;
}
