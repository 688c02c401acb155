// Applies pending Prisma migrations at start-up without the Prisma CLI, keeping
// `_prisma_migrations` exactly as `prisma migrate deploy` would, so `prisma migrate status` stays
// truthful. Runs each script with the raw driver: adapter-pg's executeScript splits on ';', and
// SQLite table redefinitions need PRAGMA foreign_keys outside a transaction.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { providerOf, sqlitePath, type DbProvider } from './client';

const PRISMA_MIGRATE_LOCK = 72707369; // the advisory lock id Prisma itself uses

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function migrationsDir(provider: DbProvider, root = path.resolve(__dirname, '..', '..')): string {
  return provider === 'sqlite' ? path.join(root, 'prisma', 'migrations') : path.join(root, 'prisma', 'postgresql', 'migrations');
}

export function readMigrations(dir: string): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: crypto.createHash('sha256').update(sql).digest('hex') };
    });
}

interface AppliedRow {
  migration_name: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

/** Fails when an earlier migration started but never finished: an operator must look first. */
function pending(all: Migration[], applied: AppliedRow[]): Migration[] {
  const broken = applied.find((r) => !r.finished_at && !r.rolled_back_at);
  if (broken) {
    throw new Error(`Migration ${broken.migration_name} started but did not finish. Fix the database, then run \`npx prisma migrate resolve\`.`);
  }
  const done = new Set(applied.filter((r) => r.finished_at).map((r) => r.migration_name));
  return all.filter((m) => !done.has(m.name));
}

const SQLITE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`;

const PG_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;

function migrateSqlite(url: string, all: Migration[]): string[] {
  const db = new Database(sqlitePath(url), { timeout: 10_000 });
  try {
    // WAL lets readers and the writer work side by side; it is a property of the file.
    db.pragma('journal_mode = WAL');
    db.pragma('secure_delete = ON'); // as on the app's own connections (src/db/client.ts)
    db.exec(SQLITE_TABLE);
    const applied = db.prepare('SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations').all() as AppliedRow[];
    const todo = pending(all, applied);
    for (const m of todo) {
      const id = crypto.randomUUID();
      db.prepare('INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at) VALUES (?, ?, ?, ?)').run(id, m.checksum, m.name, Date.now());
      db.exec(m.sql);
      db.prepare('UPDATE _prisma_migrations SET finished_at = ?, applied_steps_count = 1 WHERE id = ?').run(Date.now(), id);
    }
    return todo.map((m) => m.name);
  } finally {
    db.close();
  }
}

async function migratePostgres(url: string, all: Migration[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK]);
    await client.query(PG_TABLE);
    const { rows } = await client.query<AppliedRow>('SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations');
    const todo = pending(all, rows);
    for (const m of todo) {
      const id = crypto.randomUUID();
      await client.query('INSERT INTO _prisma_migrations (id, checksum, migration_name) VALUES ($1, $2, $3)', [id, m.checksum, m.name]);
      await client.query(m.sql);
      await client.query('UPDATE _prisma_migrations SET finished_at = now(), applied_steps_count = 1 WHERE id = $1', [id]);
    }
    return todo.map((m) => m.name);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_LOCK]).catch(() => undefined);
    await client.end();
  }
}

/** Applies every pending migration for the database at `url`; returns the names applied. */
export async function migrate(url: string): Promise<string[]> {
  const provider = providerOf(url);
  const all = readMigrations(migrationsDir(provider));
  if (provider === 'sqlite') {
    fs.mkdirSync(path.dirname(sqlitePath(url)), { recursive: true });
    return migrateSqlite(url, all);
  }
  return migratePostgres(url, all);
}
