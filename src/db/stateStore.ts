// Key → JSON document store with eTag optimistic concurrency, behaving like botbuilder's
// MemoryStorage. Structurally it IS a botbuilder `Storage`, without importing botbuilder.
import crypto from 'node:crypto';
import { driverOf, type Db } from './client';
import { OPEN_HANDOFF_SQL, openHandoffNote } from './handoffStore';
import type { SqlDriver } from './driver/types';
import { PART_ORDER, UnitOfWork, type Tx, type UnitPart } from './unitOfWork';
import { OneStatement } from './driver/oneStatement';

export interface StoredItem {
  eTag?: string;
  [key: string]: unknown;
}
export type StoredItems = Record<string, StoredItem>;

export class StateConflictError extends Error {
  readonly code = 'ETAG_CONFLICT';
  constructor(key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'StateConflictError';
  }
}

const newETag = (): string => crypto.randomUUID();

/** botbuilder's key of a conversation's state: "<channel>/conversations/<id>/". */
const CONVERSATION_KEY = /^[^/]+\/conversations\/(.+)\/$/;

/** State is read and written on every turn: through the driver (src/db/driver), not Prisma. */
export class PrismaStateStore {
  private readonly sql: SqlDriver;

  constructor(private readonly db: Db) {
    this.sql = driverOf(db);
  }

  async read(keys: string[]): Promise<StoredItems> {
    if (!keys.length) return {};
    // Inside a turn's unit, what the turn staged (not yet committed) is what it reads back.
    const staged = UnitOfWork.current()?.peek<StagedState>(this);
    const items: StoredItems = {};
    const unstaged = staged ? keys.filter((key) => !staged.ops.has(key)) : keys;
    for (const key of keys) {
      const op = staged?.ops.get(key);
      if (op?.data !== undefined && op.data !== null) items[key] = { ...(JSON.parse(op.data) as object), eTag: op.eTag ?? '*' };
    }
    if (!unstaged.length) return items;
    const unit = UnitOfWork.current();
    const conversationId = unit && unstaged.map((key) => CONVERSATION_KEY.exec(key)?.[1]).find(Boolean);
    if (unit && conversationId) return this.readWithHandoff(unit, conversationId, unstaged, items);
    const rows = await this.sql.all<{ key: string; eTag: string; data: string }>(`SELECT "key", "eTag", "data" FROM "BotState" WHERE "key" IN (${marks(unstaged.length)})`, unstaged);
    for (const row of rows) items[row.key] = { ...(JSON.parse(row.data) as object), eTag: row.eTag };
    return items;
  }

  /**
   * A turn's first read: the conversation's state and whether a handoff is open for it, in one
   * statement (read once); the answer is noted in the unit for the handoff check that follows.
   */
  private async readWithHandoff(unit: UnitOfWork, conversationId: string, keys: string[], items: StoredItems): Promise<StoredItems> {
    const rows = await this.sql.all<{ key: string | null; eTag: string | null; data: string | null; open: number | null }>(
      `SELECT NULL AS "key", NULL AS "eTag", NULL AS "data", CAST(count(*) AS INTEGER) AS "open" FROM "Handoff" WHERE "conversationId" = ? AND ${OPEN_HANDOFF_SQL} UNION ALL SELECT "key", "eTag", "data", NULL FROM "BotState" WHERE "key" IN (${marks(keys.length)})`,
      [conversationId, ...keys],
    );
    for (const row of rows) {
      if (row.key === null) unit.note(openHandoffNote(conversationId), Number(row.open) > 0);
      else items[row.key] = { ...(JSON.parse(row.data!) as object), eTag: row.eTag! };
    }
    return items;
  }

  async write(changes: StoredItems): Promise<void> {
    const unit = UnitOfWork.current();
    for (const [key, item] of Object.entries(changes)) {
      const { eTag, ...rest } = item;
      if (unit) this.staged(unit).stage(key, JSON.stringify(rest), eTag);
      else await writeOne(this.sql, key, JSON.stringify(rest), eTag);
    }
  }

  async delete(keys: string[]): Promise<void> {
    const unit = UnitOfWork.current();
    if (unit) for (const key of keys) this.staged(unit).stage(key, null);
    else if (keys.length) await this.db.botState.deleteMany({ where: { key: { in: keys } } });
  }

  /**
   * Deletes every key that IS one of `prefixes` or lies below it ("prefix/…", e.g. a
   * conversation's private per-user state), never a longer sibling: "…/conversations/abc" does
   * not delete "…/conversations/abcd". Returns the number of keys deleted.
   */
  async deleteUnder(prefixes: string[]): Promise<number> {
    if (!prefixes.length) return 0;
    const candidates = await this.db.botState.findMany({ where: { OR: prefixes.map((p) => ({ key: { startsWith: p } })) }, select: { key: true } });
    // startsWith may treat "%" and "_" as wildcards: the exact rule is applied here.
    const keys = candidates.map((c) => c.key).filter((key) => prefixes.some((p) => key === p || key.startsWith(`${p}/`)));
    if (!keys.length) return 0;
    return (await this.db.botState.deleteMany({ where: { key: { in: keys } } })).count;
  }

  private staged(unit: UnitOfWork): StagedState {
    return unit.part(this, PART_ORDER.state, () => new StagedState());
  }
}

/** A turn's state writes, the last per key, each under the condition of the first (the eTag read). */
class StagedState implements UnitPart {
  /** data null: delete. */
  readonly ops = new Map<string, { data: string | null; eTag?: string }>();

  stage(key: string, data: string | null, eTag?: string): void {
    const earlier = this.ops.get(key);
    this.ops.set(key, { data, eTag: earlier ? earlier.eTag : eTag });
  }

  async flush(tx: Tx): Promise<void> {
    const deleted = [...this.ops].filter(([, op]) => op.data === null).map(([key]) => key);
    if (deleted.length) await tx.run(`DELETE FROM "BotState" WHERE "key" IN (${marks(deleted.length)})`, deleted);
    for (const [key, op] of this.ops) if (op.data !== null) await writeOne(tx, key, op.data, op.eTag);
  }

  /** PostgreSQL's one statement: unconditional writes only (a delete or an eTag check takes the transaction). */
  clauses(st: OneStatement): (() => void) | false {
    const ops = [...this.ops];
    if (ops.some(([, op]) => op.data === null || (op.eTag && op.eTag !== '*'))) return false;
    if (!ops.length) return () => undefined;
    const now = new Date();
    const values = ops.map(([key, op]) => `(${st.p(key)}, ${st.p(newETag())}, ${st.p(op.data)}, ${st.p(now, 'timestamp(3)')})`);
    st.with(
      'state',
      `INSERT INTO "BotState" ("key", "eTag", "data", "updatedAt") SELECT * FROM (VALUES ${values.join(', ')}) AS v WHERE ${OneStatement.GUARD} ON CONFLICT ("key") DO UPDATE SET "eTag" = excluded."eTag", "data" = excluded."data", "updatedAt" = excluded."updatedAt"`,
    );
    return () => undefined;
  }
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

async function writeOne(sql: Tx, key: string, data: string, eTag: string | undefined): Promise<void> {
  const now = new Date();
  if (!eTag || eTag === '*') {
    // A native upsert: two first writes of one key cannot race on the insert.
    await sql.run(`INSERT INTO "BotState" ("key", "eTag", "data", "updatedAt") VALUES (?, ?, ?, ?) ON CONFLICT ("key") DO UPDATE SET "eTag" = excluded."eTag", "data" = excluded."data", "updatedAt" = excluded."updatedAt"`, [key, newETag(), data, now]);
    return;
  }
  // Conditional update: only the writer holding the current eTag wins.
  if ((await sql.run(`UPDATE "BotState" SET "eTag" = ?, "data" = ?, "updatedAt" = ? WHERE "key" = ? AND "eTag" = ?`, [newETag(), data, now, key, eTag])) === 1) return;
  // MemoryStorage accepts an eTag for a key that does not exist yet: create it. A row that is there
  // holds another eTag: the conflict.
  const created = await sql.run(`INSERT INTO "BotState" ("key", "eTag", "data", "updatedAt") VALUES (?, ?, ?, ?) ON CONFLICT ("key") DO NOTHING`, [key, newETag(), data, now]);
  if (created !== 1) throw new StateConflictError(key);
}
