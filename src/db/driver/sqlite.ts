// The hot path on SQLite: the very better-sqlite3 connection Prisma's adapter opened, behind the
// same lock (sqliteSerial.ts), with its prepared statements kept. A statement costs microseconds.
import type Database from 'better-sqlite3';
import { timestamp, type Row, type SqlDriver, type SqlRunner, type SqlValue } from './types';

/** What sqliteSerial hands over once Prisma has connected: the connection and its lock. */
export interface SqliteHandle {
  client: Database.Database;
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
}

const bind = (params: readonly SqlValue[]) => params.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p instanceof Date ? timestamp('sqlite', p) : p));

/** Statements on one connection, prepared once each; the caller holds the lock. */
class Statements implements SqlRunner {
  private readonly cache = new Map<string, Database.Statement>();

  constructor(readonly client: Database.Database) {}

  all<R extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<R[]> {
    return Promise.resolve(this.prepare(sql).all(bind(params)) as R[]);
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return Promise.resolve(this.prepare(sql).run(bind(params)).changes);
  }

  prepare(sql: string): Database.Statement {
    let statement = this.cache.get(sql);
    if (!statement) {
      statement = this.client.prepare(sql);
      // Prisma's connection reads integers as BigInt; the hot path's ids and counts fit a number.
      if (statement.reader) statement.safeIntegers(false);
      this.cache.set(sql, statement);
    }
    return statement;
  }
}

export class SqliteDriver implements SqlDriver {
  readonly provider = 'sqlite' as const;
  private statements?: Statements;

  /** @param handle resolves once Prisma's connection is open (it connects on first use). */
  constructor(private readonly handle: () => Promise<SqliteHandle>) {}

  all<R extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<R[]> {
    return this.exclusive((s) => s.all<R>(sql, params));
  }

  run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    return this.exclusive((s) => s.run(sql, params));
  }

  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T> {
    return this.exclusive(async (s) => {
      s.prepare('BEGIN').run();
      try {
        const result = await fn(s);
        s.prepare('COMMIT').run();
        return result;
      } catch (error) {
        if (s.client.inTransaction) s.prepare('ROLLBACK').run();
        throw error;
      }
    });
  }

  private async exclusive<T>(fn: (s: Statements) => Promise<T>): Promise<T> {
    const h = await this.handle();
    return h.exclusive(() => {
      // A new connection (Prisma reconnected): its own prepared statements.
      if (this.statements?.client !== h.client) this.statements = new Statements(h.client);
      return fn(this.statements);
    });
  }
}
