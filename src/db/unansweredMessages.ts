// A conversation's seekers' messages that are stored but not answered yet, oldest first: with
// several processes, the one that holds the conversation's lock answers them in the order they
// were stored, so a message never overtakes an earlier one that reached another process.
import { driverOf, type Db } from './client';

export interface UnansweredMessage {
  /** The activity id (the turn's `answers`). */
  id: string;
  watermark: number;
  /** As stored: the masked echo. */
  activity: Record<string, unknown>;
}

export class UnansweredMessages {
  constructor(private readonly db: Db) {}

  /**
   * Unanswered messages up to and including watermark `upTo`, oldest first: those stored since
   * `since`, and `upTo` itself. An older one was not answered because its turn failed: the seeker's
   * Web Chat sends it again, or it is left, rather than answered out of the blue much later.
   */
  async upTo(conversationId: string, upTo: number, since: Date): Promise<UnansweredMessage[]> {
    // Every turn on PostgreSQL asks this: through the driver (src/db/driver), not Prisma.
    const rows = await driverOf(this.db).all<{ id: number; activityId: string; activity: string }>(
      `SELECT "id", "activityId", "activity" FROM "DirectLineActivity" WHERE "conversationId" = ? AND "answered" = ? AND "id" <= ? AND ("createdAt" >= ? OR "id" = ?) ORDER BY "id"`,
      [conversationId, false, upTo, since, upTo],
    );
    return rows.map((r) => ({ id: r.activityId, watermark: Number(r.id), activity: JSON.parse(r.activity) as Record<string, unknown> }));
  }
}
