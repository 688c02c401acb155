// Key → JSON document store with eTag optimistic concurrency, behaving like botbuilder's
// MemoryStorage. Structurally it IS a botbuilder `Storage`, without importing botbuilder.
import crypto from 'node:crypto';
import { isUniqueViolation, type Db } from './client';

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
    const rows = await this.db.botState.findMany({ where: { key: { in: keys } } });
    const items: StoredItems = {};
    for (const row of rows) items[row.key] = { ...(JSON.parse(row.data) as object), eTag: row.eTag };
    return items;
  }

  async write(changes: StoredItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) await this.writeOne(key, item);
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length) await this.db.botState.deleteMany({ where: { key: { in: keys } } });
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

  private async writeOne(key: string, item: StoredItem): Promise<void> {
    const { eTag, ...rest } = item;
    const data = JSON.stringify(rest);
    if (!eTag || eTag === '*') {
      await this.upsert(key, data);
      return;
    }
    // Conditional update: only the writer holding the current eTag wins.
    const updated = await this.db.botState.updateMany({ where: { key, eTag }, data: { data, eTag: newETag() } });
    if (updated.count === 1) return;
    const exists = await this.db.botState.findUnique({ where: { key }, select: { key: true } });
    if (exists) throw new StateConflictError(key);
    // MemoryStorage accepts an eTag for a key that does not exist yet: create it.
    try {
      await this.db.botState.create({ data: { key, data, eTag: newETag() } });
    } catch (error) {
      if (isUniqueViolation(error)) throw new StateConflictError(key);
      throw error;
    }
  }

  private async upsert(key: string, data: string, retry = true): Promise<void> {
    try {
      await this.db.botState.upsert({ where: { key }, update: { data, eTag: newETag() }, create: { key, data, eTag: newETag() } });
    } catch (error) {
      // Two first writes of one key can race on the insert: the second becomes an update.
      if (retry && isUniqueViolation(error)) return this.upsert(key, data, false);
      throw error;
    }
  }
}
