// Key → JSON document store with eTag optimistic concurrency, behaving like botbuilder's
// MemoryStorage. Structurally it IS a botbuilder `Storage`, without importing botbuilder.
import crypto from 'node:crypto';
import { isUniqueViolation, type Db } from './client';
import { PART_ORDER, UnitOfWork, type Tx, type UnitPart } from './unitOfWork';

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

export class PrismaStateStore {
  constructor(private readonly db: Db) {}

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
    const rows = await this.db.botState.findMany({ where: { key: { in: unstaged } } });
    for (const row of rows) items[row.key] = { ...(JSON.parse(row.data) as object), eTag: row.eTag };
    return items;
  }

  async write(changes: StoredItems): Promise<void> {
    const unit = UnitOfWork.current();
    for (const [key, item] of Object.entries(changes)) {
      const { eTag, ...rest } = item;
      if (unit) this.staged(unit).stage(key, JSON.stringify(rest), eTag);
      else await writeOne(this.db, key, JSON.stringify(rest), eTag);
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
    if (deleted.length) await tx.botState.deleteMany({ where: { key: { in: deleted } } });
    for (const [key, op] of this.ops) if (op.data !== null) await writeOne(tx as Db, key, op.data, op.eTag, false);
  }

  /** Two first writes of one key raced on the insert (another instance): once more, as an update. */
  async recover(error: unknown): Promise<boolean> {
    return isUniqueViolation(error) && !(error instanceof StateConflictError);
  }
}

async function writeOne(db: Db, key: string, data: string, eTag: string | undefined, retry = true): Promise<void> {
  if (!eTag || eTag === '*') {
    await upsert(db, key, data, retry);
    return;
  }
  // Conditional update: only the writer holding the current eTag wins.
  const updated = await db.botState.updateMany({ where: { key, eTag }, data: { data, eTag: newETag() } });
  if (updated.count === 1) return;
  const exists = await db.botState.findUnique({ where: { key }, select: { key: true } });
  if (exists) throw new StateConflictError(key);
  // MemoryStorage accepts an eTag for a key that does not exist yet: create it.
  try {
    await db.botState.create({ data: { key, data, eTag: newETag() } });
  } catch (error) {
    if (isUniqueViolation(error)) throw new StateConflictError(key);
    throw error;
  }
}

async function upsert(db: Db, key: string, data: string, retry: boolean): Promise<void> {
  try {
    await db.botState.upsert({ where: { key }, update: { data, eTag: newETag() }, create: { key, data, eTag: newETag() } });
  } catch (error) {
    // Two first writes of one key can race on the insert: the second becomes an update.
    if (retry && isUniqueViolation(error)) return upsert(db, key, data, false);
    throw error;
  }
}
