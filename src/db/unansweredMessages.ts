// A conversation's seekers' messages that are stored but not answered yet, oldest first: with
// several processes, the one that holds the conversation's lock answers them in the order they
// were stored, so a message never overtakes an earlier one that reached another process.
import type { Db } from './client';

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
    const rows = await this.db.directLineActivity.findMany({
      where: { conversationId, answered: false, id: { lte: upTo }, OR: [{ createdAt: { gte: since } }, { id: upTo }] },
      orderBy: { id: 'asc' },
      select: { id: true, activityId: true, activity: true },
    });
    return rows.map((r) => ({ id: r.activityId, watermark: r.id, activity: JSON.parse(r.activity) as Record<string, unknown> }));
  }
}
