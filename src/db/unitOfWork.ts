// One turn's writes, committed as one database transaction (an outbox): the bot's replies in the
// chat history, the transcript and the dialog state, or none of them. While a unit is current
// (AsyncLocalStorage, so the code between needs no parameter and no botbuilder), the stores stage
// their writes in it instead of writing; the channel adapter commits it when the turn ends and
// shows the replies only after the commit. Without a current unit the stores write at once.
import { AsyncLocalStorage } from 'node:async_hooks';
import { driverOf, type Db } from './client';
import type { SqlRunner } from './driver/types';
import { OneStatement } from './driver/oneStatement';

/** The unit's transaction: the hot path's driver on one connection (src/db/driver). */
export type Tx = SqlRunner;

/** One store's staged writes in a unit. */
export interface UnitPart {
  /** Writes the staged changes inside the unit's transaction. */
  flush(tx: Tx): Promise<void>;
  /** After a failed attempt: true when the cause is repaired and the transaction may run once more. */
  recover?(error: unknown): Promise<boolean>;
  /** Stages in `next` what must survive a failed turn (the seeker's message in the transcript). */
  carry?(next: UnitOfWork): void;
  /**
   * PostgreSQL: adds the staged writes as clauses of one statement (see driver/oneStatement.ts) and
   * returns what to do with its rows; false when they cannot be written that way (then the
   * transaction runs). Without this method a part always takes the transaction.
   */
  clauses?(statement: OneStatement): ((rows: Record<string, unknown>[]) => void) | false;
}

/** Commit order: the idempotency check first (cheap abort), then state, then the rows it explains. */
export const PART_ORDER = { answered: 0, state: 1, transcript: 2, records: 3 } as const;

const current = new AsyncLocalStorage<UnitOfWork>();

export class UnitOfWork {
  private readonly parts = new Map<object, { order: number; part: UnitPart }>();
  private committed: (() => void)[] = [];
  private settled: (() => void)[] = [];
  /** Once committing: work still running from the turn (not awaited by it) writes at once. */
  private closed = false;
  /** What one read at the start of the turn learned for a later step (read once, used once). */
  private readonly notes = new Map<string, unknown>();

  /** The unit of the running turn, if any (and still open). */
  static current(): UnitOfWork | undefined {
    const unit = current.getStore();
    return unit && !unit.closed ? unit : undefined;
  }

  /** Runs `fn` with this unit current: the stores stage instead of writing. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    return current.run(this, fn);
  }

  /** The part of `owner` (created on first use). */
  part<T extends UnitPart>(owner: object, order: number, create: () => T): T {
    let entry = this.parts.get(owner);
    if (!entry) this.parts.set(owner, (entry = { order, part: create() }));
    return entry.part as T;
  }

  peek<T extends UnitPart>(owner: object): T | undefined {
    return this.parts.get(owner)?.part as T | undefined;
  }

  /** Keeps what a read learned for another store's first question in this turn. */
  note(key: string, value: unknown): void {
    this.notes.set(key, value);
  }

  /** What was noted under `key` (once: a second question asks the database). */
  take(key: string): unknown {
    const value = this.notes.get(key);
    this.notes.delete(key);
    return value;
  }

  /** After a successful commit only (e.g. pushing the stored replies to streams). */
  afterCommit(fn: () => void): void {
    this.committed.push(fn);
  }

  /** When the unit is done, committed or not (e.g. events about writes made outside the unit). */
  afterSettle(fn: () => void): void {
    this.settled.push(fn);
  }

  /** Writes every part in one transaction; on a conflict or failure nothing of it is stored. */
  async commit(db: Db): Promise<void> {
    this.closed = true;
    const parts = [...this.parts.values()].sort((a, b) => a.order - b.order).map((p) => p.part);
    const sql = driverOf(db);
    if (parts.length && sql.provider === 'postgresql' && (await inOneStatement(sql, parts))) return this.afterCommitted();
    for (let attempt = 0; parts.length; attempt++) {
      try {
        await sql.transaction(async (tx) => {
          for (const part of parts) await part.flush(tx);
        });
        break;
      } catch (error) {
        if (attempt === 0 && (await recovered(parts, error))) continue;
        throw error;
      }
    }
    this.afterCommitted();
  }

  private afterCommitted(): void {
    const hooks = this.committed;
    this.committed = [];
    for (const hook of hooks) hook();
  }

  /** A fresh unit for answering a failed turn: what the parts carry, and the pending settle hooks. */
  retry(): UnitOfWork {
    const next = new UnitOfWork();
    for (const { part } of this.parts.values()) part.carry?.(next);
    next.settled = this.settled;
    this.settled = [];
    return next;
  }

  /** Runs the settle hooks once. */
  settle(): void {
    this.closed = true;
    const hooks = this.settled;
    this.settled = [];
    for (const hook of hooks) hook();
  }
}

/**
 * The ordinary turn on PostgreSQL: every part's writes in one statement, guarded by the answered
 * mark (the first part). False, with nothing written, when a part cannot take part or the mark was
 * not set (answered elsewhere, or erased): then the transaction runs and decides.
 */
async function inOneStatement(sql: SqlRunner, parts: UnitPart[]): Promise<boolean> {
  const statement = new OneStatement();
  const done: ((rows: Record<string, unknown>[]) => void)[] = [];
  for (const part of parts) {
    const then = part.clauses?.(statement);
    if (!then || !statement.guarded) return false;
    done.push(then);
  }
  let rows: Record<string, unknown>[];
  try {
    rows = await sql.all(statement.text(), statement.params);
  } catch {
    return false; // nothing was written (one statement): the transaction runs, and repairs or fails
  }
  if (rows[0]?.answeredCount !== 1) return false;
  for (const then of done) then(rows);
  return true;
}

/** Every part repairs what it can (an erase may have removed a conversation and a seeker at once). */
async function recovered(parts: UnitPart[], error: unknown): Promise<boolean> {
  let any = false;
  for (const part of parts) if (part.recover && (await part.recover(error))) any = true;
  return any;
}
