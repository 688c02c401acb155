// One factory that picks the generated client and driver adapter from DATABASE_URL.
import fs from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from '../generated/sqlite/client';
import { PrismaClient as PostgresClient } from '../generated/postgresql/client';

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

export function createDb(url: string): Db {
  if (providerOf(url) === 'sqlite') {
    const file = sqlitePath(url);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    return new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: `file:${file}`, timeout: 10_000 }) });
  }
  const adapter = new PrismaPg({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  // The PostgreSQL client's $transaction options differ only in isolation levels: one cast suffices.
  return new PostgresClient({ adapter }) as unknown as Db;
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

/** Prisma's unique-constraint violation, on either provider. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}
