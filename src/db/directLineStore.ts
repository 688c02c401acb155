// Persistence of the self-hosted Direct Line: conversations and the activities in them.
// The autoincrement id of an activity is its watermark.
import { isUniqueViolation, type Db } from './client';
import { PART_ORDER, type Tx, type UnitOfWork, type UnitPart } from './unitOfWork';

type Json = Record<string, unknown> & { id: string };

export interface StoredActivity {
  watermark: number;
  activity: Record<string, unknown>;
}

/** A seeker's message as stored: `fresh` false when the same client activity id came before. */
export interface ReceivedActivity {
  id: string;
  watermark: number;
  fresh: boolean;
  answered: boolean;
}

/** The message a turn answers was answered already (a resend, on another instance): nothing to commit. */
export class AlreadyAnsweredError extends Error {
  constructor() {
    super('This message was answered already.');
    this.name = 'AlreadyAnsweredError';
  }
}

export class DirectLineStore {
  constructor(private readonly db: Db) {}

  async createConversation(id: string, userId?: string): Promise<void> {
    await this.db.directLineConversation.create({ data: { id, userId } });
  }

  getConversation(id: string) {
    return this.db.directLineConversation.findUnique({ where: { id } });
  }

  /** True for exactly one caller: the one that starts the conversation (greets the seeker). */
  async markStarted(id: string): Promise<boolean> {
    const { count } = await this.db.directLineConversation.updateMany({ where: { id, startedAt: null }, data: { startedAt: new Date() } });
    return count === 1;
  }

  /** "Gesprek afsluiten": the conversation takes no more messages; true if it existed. Idempotent. */
  async end(id: string): Promise<boolean> {
    await this.db.directLineConversation.updateMany({ where: { id, endedAt: null }, data: { endedAt: new Date() } });
    return (await this.db.directLineConversation.count({ where: { id } })) === 1;
  }

  async setUser(id: string, userId: string): Promise<void> {
    await this.db.directLineConversation.updateMany({ where: { id, userId: null }, data: { userId } });
  }

  /**
   * Stores a seeker's activity as not yet answered, once per client activity id (Web Chat's
   * clientActivityID): a resend gets the row stored the first time.
   */
  async receive(conversationId: string, activity: Json, clientActivityId?: string): Promise<ReceivedActivity> {
    try {
      const row = await this.db.directLineActivity.create({
        data: { conversationId, activityId: activity.id, activity: JSON.stringify(activity), clientActivityId, answered: false },
        select: { id: true },
      });
      return { id: activity.id, watermark: row.id, fresh: true, answered: false };
    } catch (error) {
      if (!clientActivityId || !isUniqueViolation(error)) throw error;
      const row = await this.db.directLineActivity.findUnique({ where: { conversationId_clientActivityId: { conversationId, clientActivityId } } });
      if (!row) throw error;
      return { id: row.activityId, watermark: row.id, fresh: false, answered: row.answered };
    }
  }

  async isAnswered(conversationId: string, activityId: string): Promise<boolean> {
    const row = await this.db.directLineActivity.findUnique({ where: { conversationId_activityId: { conversationId, activityId } }, select: { answered: true } });
    return row?.answered ?? true;
  }

  /**
   * Stages a turn's replies in its unit, and marks the message it answers (if any) as answered: the
   * watermarks are known after the commit. Rejects the commit when another turn answered it first.
   */
  stageTurn(unit: UnitOfWork, turn: { answers?: { conversationId: string; activityId: string }; replies: Json[] }): Map<string, { activity: Json; watermark: number }[]> {
    const part = unit.part(this, PART_ORDER.answered, () => new StagedHistory(this));
    if (turn.answers) part.answers = turn.answers;
    part.replies.push(...turn.replies);
    return part.stored;
  }

  /** Commits a unit on this store's database. */
  commit(unit: UnitOfWork): Promise<void> {
    return unit.commit(this.db);
  }

  async replace(conversationId: string, activity: Record<string, unknown> & { id: string }, unit?: UnitOfWork): Promise<void> {
    if (unit) {
      unit.part(this, PART_ORDER.answered, () => new StagedHistory(this)).replaced.push({ conversationId, activity });
      return;
    }
    await this.db.directLineActivity.updateMany({
      where: { conversationId, activityId: activity.id },
      data: { activity: JSON.stringify(activity) },
    });
  }

  async since(conversationId: string, watermark: number, limit = 500): Promise<StoredActivity[]> {
    const rows = await this.db.directLineActivity.findMany({
      where: { conversationId, id: { gt: watermark } },
      orderBy: { id: 'asc' },
      take: limit,
    });
    return rows.map((r) => ({ watermark: r.id, activity: JSON.parse(r.activity) as Record<string, unknown> }));
  }
}

/** A turn's history writes: the answered mark (first: it decides whether to go on), replies, updates. */
class StagedHistory implements UnitPart {
  answers?: { conversationId: string; activityId: string };
  readonly replies: Json[] = [];
  readonly replaced: { conversationId: string; activity: Json }[] = [];
  /** Filled by the commit: each conversation's replies with their watermarks, in order. */
  readonly stored = new Map<string, { activity: Json; watermark: number }[]>();

  async flush(tx: Tx): Promise<void> {
    if (this.answers) await markAnswered(tx, this.answers);
    const byConversation = new Map<string, Json[]>();
    for (const a of this.replies) {
      const id = (a.conversation as { id: string }).id;
      byConversation.set(id, [...(byConversation.get(id) ?? []), a]);
    }
    this.stored.clear();
    for (const [conversationId, activities] of byConversation) {
      const rows = await tx.directLineActivity.createManyAndReturn({
        data: activities.map((a) => ({ conversationId, activityId: a.id, activity: JSON.stringify(a) })),
        select: { id: true, activityId: true },
      });
      const byActivity = new Map(rows.map((r) => [r.activityId, r.id]));
      this.stored.set(conversationId, activities.map((activity) => ({ activity, watermark: byActivity.get(activity.id)! })).sort((a, b) => a.watermark - b.watermark));
    }
    for (const { conversationId, activity } of this.replaced) {
      await tx.directLineActivity.updateMany({ where: { conversationId, activityId: activity.id }, data: { activity: JSON.stringify(activity) } });
    }
  }

  constructor(private readonly owner: object) {}

  carry(next: UnitOfWork): void {
    // The answered mark only: the replies of the failed attempt are not shown.
    if (this.answers) next.part(this.owner, PART_ORDER.answered, () => new StagedHistory(this.owner)).answers = this.answers;
  }
}

/** On PostgreSQL the row lock makes a second turn for the same message wait here, then stop. */
async function markAnswered(tx: Tx, answers: { conversationId: string; activityId: string }): Promise<void> {
  const { count } = await tx.directLineActivity.updateMany({ where: { ...answers, answered: false }, data: { answered: true } });
  if (count === 1) return;
  // Answered before, or erased during the turn ("verwijder mijn gegevens"): only the first stops it.
  const row = await tx.directLineActivity.findUnique({ where: { conversationId_activityId: answers }, select: { id: true } });
  if (row) throw new AlreadyAnsweredError();
}
