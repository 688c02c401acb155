// Persistence of the self-hosted Direct Line: conversations and the activities in them.
// The autoincrement id of an activity is its watermark.
import { isUniqueViolation, providerOfClient, type Db } from './client';

export interface StoredActivity {
  watermark: number;
  activity: Record<string, unknown>;
}

export class DirectLineStore {
  /**
   * @param batchInserts one statement for several rows. Right for PostgreSQL (one round trip); on
   * SQLite Prisma runs a multi-row insert as a transaction, and the adapter's single transaction
   * lock then serialises every turn: there, separate inserts (no round trip) are faster.
   */
  constructor(
    private readonly db: Db,
    private readonly batchInserts = providerOfClient(db) === 'postgresql',
  ) {}

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

  /** Stores an activity once; returns its watermark, or undefined if that id was stored before. */
  async append(conversationId: string, activity: Record<string, unknown> & { id: string }): Promise<number | undefined> {
    try {
      const row = await this.db.directLineActivity.create({
        data: { conversationId, activityId: activity.id, activity: JSON.stringify(activity) },
      });
      return row.id;
    } catch (error) {
      if (isUniqueViolation(error)) return undefined;
      throw error;
    }
  }

  /** Stores a turn's activities in one statement; returns their watermarks in order. */
  async appendMany(conversationId: string, activities: (Record<string, unknown> & { id: string })[]): Promise<number[]> {
    if (!this.batchInserts) {
      const watermarks: number[] = [];
      for (const activity of activities) {
        const watermark = await this.append(conversationId, activity);
        if (watermark !== undefined) watermarks.push(watermark);
      }
      return watermarks;
    }
    const rows = await this.db.directLineActivity.createManyAndReturn({
      data: activities.map((a) => ({ conversationId, activityId: a.id, activity: JSON.stringify(a) })),
      select: { id: true, activityId: true },
    });
    const byActivity = new Map(rows.map((r) => [r.activityId, r.id]));
    return activities.map((a) => byActivity.get(a.id)!);
  }

  async replace(conversationId: string, activity: Record<string, unknown> & { id: string }): Promise<void> {
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
