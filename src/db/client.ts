// One factory that picks the generated client and driver adapter from DATABASE_URL.
import fs from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from '../generated/sqlite/client';
import { PrismaClient as PostgresClient } from '../generated/postgresql/client';
import pg from 'pg';
import { serialisedSqlite } from './sqliteSerial';
import { SqliteDriver, type SqliteHandle } from './driver/sqlite';
import { PostgresDriver } from './driver/postgres';
import type { SqlDriver } from './driver/types';

/** The client type the code is written against; both providers' clients behave the same. */
export type Db = SqliteClient;
export type DbProvider = 'sqlite' | 'postgresql';

export function providerOf(url: string): DbProvider {
  if (url.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgresql';
  throw new Error(`DATABASE_URL must be a file: URL (SQLite) or a postgresql:// URL`);
}

/** Path of the SQLite file behind a file: URL, relative to the working directory. */
export function sqlitePath(url: string): string {
  return path.resolve(url.replace(/^file:/, '').replace(/\?.*$/, ''));
}

/**
 * Set on every SQLite connection the app opens: a deleted row ("verwijder mijn gegevens",
 * retention) is overwritten with zeros in the file, not left readable in a free page. With the
 * write-ahead log, synchronous NORMAL syncs at checkpoints instead of at every commit (three a
 * turn, each blocking the one event loop): a crashed or killed process loses nothing; only a power
 * cut or OS crash can undo the last commits, and the file stays consistent (SQLite's own advice
 * for WAL). Several instances, or stricter durability: PostgreSQL. Foreign keys on, said rather
 * than left to better-sqlite3's build default: the erase relies on ON DELETE CASCADE (consents,
 * mediation requests, introductions go with the seeker).
 */
export const SQLITE_CONNECTION_PRAGMAS = ['PRAGMA secure_delete = ON', 'PRAGMA synchronous = NORMAL', 'PRAGMA foreign_keys = ON'] as const;

/** The better-sqlite3 adapter, with the connection pragmas run on each connection it opens. */
class SecureSqliteAdapterFactory extends PrismaBetterSqlite3 {
  override async connect() {
    const adapter = await super.connect();
    for (const sql of SQLITE_CONNECTION_PRAGMAS) await adapter.queryRaw({ sql, args: [], argTypes: [] });
    return adapter;
  }
}

export function createDb(url: string, poolSize = 20): Db {
  if (providerOf(url) === 'sqlite') {
    const file = sqlitePath(url);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // secure_delete on every connection (erased rows are zeroed); queries wait while a transaction is open.
    let handle: SqliteHandle | undefined;
    const adapter = serialisedSqlite(new SecureSqliteAdapterFactory({ url: `file:${file}`, timeout: 10_000 }), (opened) => (handle = opened));
    const client = new SqliteClient({ adapter });
    // Prisma opens its connection on first use; the hot path waits for that same connection.
    const driver = new SqliteDriver(async () => handle ?? (await client.$connect(), handle!));
    return Object.assign(client, { [PROVIDER]: 'sqlite' as const, [DRIVER]: driver });
  }
  // One pool for Prisma and the hot path, so the pool size is the process's whole share.
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5_000 });
  // An idle connection that the server closed (restart, database dropped) leaves the pool; the next
  // query opens a new one. Without a listener the error would end the process.
  pool.on('error', () => undefined);
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  // The PostgreSQL client's $transaction options differ only in isolation levels: one cast suffices.
  return Object.assign(new PostgresClient({ adapter }) as unknown as Db, { [PROVIDER]: 'postgresql' as const, [DRIVER]: new PostgresDriver(pool) });
}

const PROVIDER = Symbol('werkloket.provider');
const DRIVER = Symbol('werkloket.driver');

/** The hot path's raw driver on the client's own connection(s) (see src/db/driver). */
export function driverOf(db: Db): SqlDriver {
  const driver = (db as unknown as { [DRIVER]?: SqlDriver })[DRIVER];
  if (!driver) throw new Error('This Prisma client was not made by createDb: it has no hot-path driver');
  return driver;
}

/** Which database a client talks to (set by createDb). */
export function providerOfClient(db: Db): DbProvider {
  return (db as unknown as { [PROVIDER]?: DbProvider })[PROVIDER] ?? 'sqlite';
}

/**
 * After an erase on SQLite: copies the write-ahead log into the (zeroed) database pages and empties
 * it, so the erased rows' old page versions do not linger in the -wal file. No-op on PostgreSQL.
 */
export async function truncateWal(db: Db): Promise<void> {
  if (providerOfClient(db) === 'sqlite') await db.$queryRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)');
}

/** True when the database answers a trivial query. */
export async function pingDb(db: Db, timeoutMs = 2_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([db.$queryRawUnsafe('SELECT 1').then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

const codeOf = (error: unknown) => (typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined);

/** A unique-constraint violation, on either provider, through Prisma or the hot path's driver. */
export function isUniqueViolation(error: unknown): boolean {
  const code = codeOf(error);
  return code === 'P2002' || code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** A foreign-key violation (the parent row is gone, e.g. erased), through Prisma or the driver. */
export function isForeignKeyViolation(error: unknown): boolean {
  const code = codeOf(error);
  return code === 'P2003' || code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/**
 * True when an error means "the database cannot be reached right now" (connection refused, closed,
 * timed out, database gone), as opposed to a bug or a constraint: callers answer 503 and retry later.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; name?: string; message?: string; meta?: { driverAdapterError?: { cause?: { kind?: string } } }; cause?: unknown };
  if (typeof e.code === 'string' && /^P1\d{3}$/.test(e.code)) return true; // Prisma's connection-level errors
  if (e.code === 'P2024') return true; // timed out waiting for a connection from the pool
  const kind = e.meta?.driverAdapterError?.cause?.kind ?? '';
  if (/Connection|DatabaseDoesNotExist|DatabaseAccessDenied|SocketTimeout|TooManyConnections|DatabaseNotReachable/.test(kind)) return true;
  const message = e.message ?? '';
  // PostgreSQL SQLSTATEs: 08xxx connection exceptions, 57P01-03 shutdown / cannot connect now,
  // 53300 too many connections, 3D000 database gone, 55000 not accepting connections.
  if (/Code: `(08\d{3}|57P0[1-3]|53300|3D000|55000)`/.test(message)) return true;
  if (/ECONNREFUSED|ECONNRESET|Connection terminated|connection (is )?(closed|refused)|not currently accepting connections|database is locked|SQLITE_BUSY|SQLITE_CANTOPEN/i.test(message)) return true;
  return e.cause !== undefined && e.cause !== error && isDatabaseUnavailable(e.cause);
}
