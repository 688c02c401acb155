// The per-turn hot path's door to the database: the driver Prisma itself uses (better-sqlite3 or
// pg), without Prisma's per-statement cost (0.18–0.62 ms of CPU against 0.001–0.17 ms; issue 16).
// Prisma keeps the schema, the migrations and every other query. SQL here is written once for
// both databases: "quoted" identifiers, `?` placeholders (numbered for PostgreSQL).

export type SqlValue = string | number | boolean | null | Date;
export type Row = Record<string, unknown>;

/** Runs statements on one connection (inside a transaction, or one at a time outside). */
export interface SqlRunner {
  /** Rows of a SELECT (or of an INSERT … RETURNING). */
  all<R extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<R[]>;
  /** The number of rows a statement changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

export interface SqlDriver extends SqlRunner {
  readonly provider: 'sqlite' | 'postgresql';
  /** Runs `fn` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
}

/** A timestamp as Prisma stores it: ISO text with "+00:00" on SQLite, UTC wall-clock on PostgreSQL. */
export function timestamp(provider: SqlDriver['provider'], date: Date): string {
  const iso = date.toISOString();
  return provider === 'sqlite' ? iso.replace('Z', '+00:00') : iso.slice(0, -1);
}
