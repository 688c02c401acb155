// Persistence of the self-hosted Direct Line: conversations and the activities in them.
// The autoincrement id of an activity is its watermark.
import { driverOf, isForeignKeyViolation, isUniqueViolation, type Db } from './client';
import { insertArrival, type TranscriptRecord } from './transcriptStore';
import type { SqlDriver, SqlValue } from './driver/types';
import { OneStatement } from './driver/oneStatement';
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
  /** The seeker's transcript row was written with it (receive's `record`). */
  recorded?: boolean;
}

/** The message a turn answers was answered already (a resend, on another instance): nothing to commit. */
export class AlreadyAnsweredError extends Error {
  constructor() {
    super('This message was answered already.');
    this.name = 'AlreadyAnsweredError';
  }
}

/** A seeker's message in, the replies out, the history read: every turn, through the driver. */
export class DirectLineStore {
  private readonly sql: SqlDriver;

  constructor(private readonly db: Db) {
    this.sql = driverOf(db);
  }

  async createConversation(id: string, userId?: string): Promise<void> {
    await this.sql.run(`INSERT INTO "DirectLineConversation" ("id", "userId", "createdAt") VALUES (?, ?, ?)`, [id, userId ?? null, new Date()]);
  }

  /** The conversation's user (once known) and whether it was ended; undefined when there is none. */
  async getConversation(id: string): Promise<{ userId: string | null; ended: boolean } | undefined> {
    const [row] = await this.sql.all<{ userId: string | null; ended: unknown }>(`SELECT "userId", CASE WHEN "endedAt" IS NULL THEN 0 ELSE 1 END AS "ended" FROM "DirectLineConversation" WHERE "id" = ?`, [id]);
    return row && { userId: row.userId, ended: Number(row.ended) === 1 };
  }

  /** True for exactly one caller: the one that starts the conversation (greets the seeker). */
  async markStarted(id: string): Promise<boolean> {
    return (await this.sql.run(`UPDATE "DirectLineConversation" SET "startedAt" = ? WHERE "id" = ? AND "startedAt" IS NULL`, [new Date(), id])) === 1;
  }

  /** "Gesprek afsluiten": the conversation takes no more messages; true if it existed. Idempotent. */
  async end(id: string): Promise<boolean> {
    await this.db.directLineConversation.updateMany({ where: { id, endedAt: null }, data: { endedAt: new Date() } });
    return (await this.db.directLineConversation.count({ where: { id } })) === 1;
  }

  async setUser(id: string, userId: string): Promise<void> {
    await this.sql.run(`UPDATE "DirectLineConversation" SET "userId" = ? WHERE "id" = ? AND "userId" IS NULL`, [userId, id]);
  }

  /**
   * Stores a seeker's activity as not yet answered, once per client activity id (Web Chat's
   * clientActivityID): a resend gets the row stored the first time.
   */
  async receive(conversationId: string, activity: Json, clientActivityId?: string, record?: TranscriptRecord): Promise<ReceivedActivity> {
    const params = [conversationId, activity.id, JSON.stringify(activity), clientActivityId ?? null, false, new Date()] as const;
    try {
      if (record) return { id: activity.id, fresh: true, answered: false, ...(await this.receiveRecorded(params, record)) };
      const [row] = await this.sql.all<{ id: number }>(`${INSERT_RECEIVED} RETURNING "id"`, params);
      return { id: activity.id, watermark: row.id, fresh: true, answered: false };
    } catch (error) {
      // The conversation went while the row was written (erased on another instance): the message alone.
      if (record && isForeignKeyViolation(error)) return this.receive(conversationId, activity, clientActivityId);
      if (!clientActivityId || !isUniqueViolation(error)) throw error;
      const [row] = await this.sql.all<{ id: number; activityId: string; answered: unknown }>(
        `SELECT "id", "activityId", "answered" FROM "DirectLineActivity" WHERE "conversationId" = ? AND "clientActivityId" = ?`,
        [conversationId, clientActivityId],
      );
      if (!row) throw error;
      return { id: row.activityId, watermark: row.id, fresh: false, answered: Boolean(row.answered) };
    }
  }

  /**
   * The message and the seeker's transcript row (`record`, the row the transcript middleware would
   * write) at once: one statement on PostgreSQL, one transaction on SQLite; the row only while the
   * conversation exists (`recorded` says whether it was written). One commit instead of two.
   */
  private async receiveRecorded(params: readonly SqlValue[], record: TranscriptRecord): Promise<{ watermark: number; recorded: boolean }> {
    const at = params[5] as Date;
    if (this.sql.provider === 'postgresql') {
      const row = insertArrival(record, at, 'postgresql', '"received"');
      const [result] = await this.sql.all<{ id: number; recorded: number }>(
        `WITH "received" AS (${INSERT_RECEIVED} RETURNING "id"), "recorded" AS (${row.sql} RETURNING 1) SELECT "id", (SELECT count(*) FROM "recorded")::int AS "recorded" FROM "received"`,
        [...params, ...row.params],
      );
      return { watermark: result.id, recorded: result.recorded === 1 };
    }
    return this.sql.transaction(async (tx) => {
      const [received] = await tx.all<{ id: number }>(`${INSERT_RECEIVED} RETURNING "id"`, params);
      const row = insertArrival(record, at, 'sqlite');
      return { watermark: received.id, recorded: (await tx.run(row.sql, row.params)) === 1 };
    });
  }

  async isAnswered(conversationId: string, activityId: string): Promise<boolean> {
    const [row] = await this.sql.all<{ answered: unknown }>(`SELECT "answered" FROM "DirectLineActivity" WHERE "conversationId" = ? AND "activityId" = ?`, [conversationId, activityId]);
    return row ? Boolean(row.answered) : true;
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
    const rows = await this.sinceJson(conversationId, watermark, limit);
    return rows.map((r) => ({ watermark: r.watermark, activity: JSON.parse(r.json) as Record<string, unknown> }));
  }

  /** Like since, each activity as the JSON text it was stored as (the GET poll answers with it unparsed). */
  async sinceJson(conversationId: string, watermark: number, limit = 500): Promise<{ watermark: number; json: string }[]> {
    const rows = await this.sql.all<{ id: number; activity: string }>(
      `SELECT "id", "activity" FROM "DirectLineActivity" WHERE "conversationId" = ? AND "id" > ? ORDER BY "id" LIMIT ?`,
      [conversationId, watermark, limit],
    );
    return rows.map((r) => ({ watermark: r.id, json: r.activity }));
  }
}

const INSERT_RECEIVED = `INSERT INTO "DirectLineActivity" ("conversationId", "activityId", "activity", "clientActivityId", "answered", "createdAt") VALUES (?, ?, ?, ?, ?, ?)`;

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
    const now = new Date();
    for (const [conversationId, activities] of byConversation) {
      const rows = await tx.all<{ id: number; activityId: string }>(
        `INSERT INTO "DirectLineActivity" ("conversationId", "activityId", "activity", "answered", "createdAt") VALUES ${activities.map(() => '(?, ?, ?, ?, ?)').join(', ')} RETURNING "id", "activityId"`,
        activities.flatMap((a) => [conversationId, a.id, JSON.stringify(a), true, now]),
      );
      const byActivity = new Map(rows.map((r) => [r.activityId, r.id]));
      this.stored.set(conversationId, activities.map((activity) => ({ activity, watermark: byActivity.get(activity.id)! })).sort((a, b) => a.watermark - b.watermark));
    }
    for (const { conversationId, activity } of this.replaced) {
      await tx.run(`UPDATE "DirectLineActivity" SET "activity" = ? WHERE "conversationId" = ? AND "activityId" = ?`, [JSON.stringify(activity), conversationId, activity.id]);
    }
  }

  constructor(private readonly owner: object) {}

  /** PostgreSQL's one statement: the answered mark first, then the replies, guarded by it. */
  clauses(st: OneStatement): ((rows: Record<string, unknown>[]) => void) | false {
    if (!this.answers || this.replaced.length) return false;
    st.answered(this.answers.conversationId, this.answers.activityId);
    this.stored.clear();
    if (!this.replies.length) return () => undefined;
    const now = new Date();
    const values = this.replies.map((a) => `(${st.p((a.conversation as { id: string }).id)}, ${st.p(a.id)}, ${st.p(JSON.stringify(a))}, true, ${st.p(now, 'timestamp(3)')})`);
    st.with(
      'replies',
      `INSERT INTO "DirectLineActivity" ("conversationId", "activityId", "activity", "answered", "createdAt") SELECT * FROM (VALUES ${values.join(', ')}) AS v WHERE ${OneStatement.GUARD} RETURNING "id", "conversationId", "activityId"`,
      ['id', 'conversationId', 'activityId'],
    );
    return (rows) => {
      const ids = new Map(rows.map((r) => [`${String(r.conversationId)}|${String(r.activityId)}`, Number(r.id)]));
      for (const activity of this.replies) {
        const conversationId = (activity.conversation as { id: string }).id;
        const list = this.stored.get(conversationId) ?? [];
        list.push({ activity, watermark: ids.get(`${conversationId}|${activity.id}`)! });
        this.stored.set(conversationId, list);
      }
      for (const list of this.stored.values()) list.sort((a, b) => a.watermark - b.watermark);
    };
  }

  carry(next: UnitOfWork): void {
    // The answered mark only: the replies of the failed attempt are not shown.
    if (this.answers) next.part(this.owner, PART_ORDER.answered, () => new StagedHistory(this.owner)).answers = this.answers;
  }
}

/** On PostgreSQL the row lock makes a second turn for the same message wait here, then stop. */
async function markAnswered(tx: Tx, answers: { conversationId: string; activityId: string }): Promise<void> {
  const { conversationId, activityId } = answers;
  const count = await tx.run(`UPDATE "DirectLineActivity" SET "answered" = ? WHERE "conversationId" = ? AND "activityId" = ? AND "answered" = ?`, [true, conversationId, activityId, false]);
  if (count === 1) return;
  // Answered before, or erased during the turn ("verwijder mijn gegevens"): only the first stops it.
  const row = await tx.all(`SELECT "id" FROM "DirectLineActivity" WHERE "conversationId" = ? AND "activityId" = ?`, [conversationId, activityId]);
  if (row.length) throw new AlreadyAnsweredError();
}
