// SQLite through Prisma has one connection. Prisma's better-sqlite3 adapter locks only transactions
// against each other: a plain query issued while an interactive transaction waits between two of
// its statements runs INSIDE that transaction, and a rollback silently takes it along (another
// seeker's message, acknowledged with 200, gone). This wrapper makes every query wait for an open
// transaction to end, which is what one connection means anyway.
import type Database from 'better-sqlite3';
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';
import type { SqliteHandle } from './driver/sqlite';

class Lock {
  private tail: Promise<void> = Promise.resolve();

  /** Resolves with the release function once every earlier holder has released. */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const ready = this.tail.then(() => release);
    this.tail = this.tail.then(() => held);
    return ready;
  }
}

function serialised(inner: SqlDriverAdapter, onConnect?: (handle: SqliteHandle) => void): SqlDriverAdapter {
  const lock = new Lock();
  const exclusive = async <T>(fn: () => Promise<T>): Promise<T> => {
    const release = await lock.acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  };
  // The hot path (src/db/driver) shares this connection and this lock.
  const client = (inner as unknown as { client?: Database.Database }).client;
  if (client && onConnect) onConnect({ client, exclusive });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query: SqlQuery) => exclusive(() => inner.queryRaw(query)),
    executeRaw: (query: SqlQuery) => exclusive(() => inner.executeRaw(query)),
    executeScript: (script: string) => exclusive(() => inner.executeScript(script)),
    getConnectionInfo: inner.getConnectionInfo?.bind(inner),
    dispose: () => inner.dispose(),
    async startTransaction(isolationLevel) {
      const release = await lock.acquire();
      let tx: Transaction;
      try {
        tx = await inner.startTransaction(isolationLevel);
      } catch (error) {
        release();
        throw error;
      }
      const end = (fn: () => Promise<void>) => async () => {
        try {
          await fn();
        } finally {
          release();
        }
      };
      return Object.assign(Object.create(tx) as Transaction, { commit: end(() => tx.commit()), rollback: end(() => tx.rollback()) });
    },
  };
}

/** The same factory, with every connection it makes serialised as above (and handed to `onConnect`). */
export function serialisedSqlite<F extends SqlDriverAdapterFactory>(factory: F, onConnect?: (handle: SqliteHandle) => void): F {
  const connect = factory.connect.bind(factory);
  return Object.assign(Object.create(factory) as F, { connect: async () => serialised(await connect(), onConnect) });
}
