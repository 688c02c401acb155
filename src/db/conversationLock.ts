// One turn at a time per conversation across processes and instances. Each process already runs a
// conversation's turns one after another (a queue in memory); with several processes or instances
// on PostgreSQL two of them could still run turns of one conversation at the same time (racing on
// its state) or out of order. PostgreSQL: a session advisory lock per conversation, held on a
// connection of a small pool of its own for the length of the turn. SQLite: one process, so the
// in-memory queue is all there is to it.
import pg from 'pg';
import { providerOf } from './client';

export interface ConversationLock {
  /** True when other processes may run this conversation's turns (they coordinate through the database). */
  readonly shared: boolean;
  /** Runs `fn` while no other process or instance runs a turn of `conversationId`. */
  withConversation<T>(conversationId: string, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** One process (SQLite): the callers' own queues keep the order. */
export const localConversationLock: ConversationLock = {
  shared: false,
  withConversation: (_id, fn) => fn(),
  close: async () => undefined,
};

/** How long a turn waits for another process's turn of the same conversation before it fails. */
const LOCK_WAIT_MS = 30_000;

export class PgConversationLock implements ConversationLock {
  readonly shared = true;
  private readonly pool: pg.Pool;

  /**
   * `size`: turns of different conversations running at once in this process; a turn beyond that
   * waits for a connection. It holds it for the whole turn, so the wait may be several turns long.
   */
  constructor(url: string, size: number) {
    // One connection stays open (opened now): a turn does not wait for a connection to be set up.
    this.pool = new pg.Pool({ connectionString: url, max: size, min: 1, connectionTimeoutMillis: LOCK_WAIT_MS, lock_timeout: LOCK_WAIT_MS, application_name: 'werkloket-locks' });
    // A dropped idle connection must not crash the process; its locks went with it.
    this.pool.on('error', () => undefined);
    this.pool.connect().then((client) => client.release(), () => undefined);
  }

  async withConversation<T>(conversationId: string, fn: () => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [conversationId]);
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
    try {
      return await fn();
    } finally {
      // When the unlock fails, the connection is dropped: a closed session holds no locks.
      await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [conversationId]).then(
        () => client.release(),
        (error: Error) => client.release(error),
      );
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Connections the lock pool may use for a Prisma pool of `poolSize`: turns hold one each. */
export function lockPoolSize(poolSize: number): number {
  return Math.max(2, Math.ceil(poolSize / 2));
}

export function createConversationLock(databaseUrl: string, poolSize: number): ConversationLock {
  return providerOf(databaseUrl) === 'postgresql' ? new PgConversationLock(databaseUrl, lockPoolSize(poolSize)) : localConversationLock;
}
