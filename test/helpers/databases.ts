// Real databases for tests: a fresh SQLite file and a fresh PostgreSQL database per call.
// PostgreSQL comes from TEST_POSTGRES_URL (default: the machine's local server, trust auth).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  provider: 'sqlite' | 'postgresql';
  url: string;
  drop(): Promise<void>;
}

export function sqliteDatabase(): TestDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkloket-test-'));
  return {
    provider: 'sqlite',
    url: `file:${path.join(dir, 'test.db')}`,
    async drop() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function postgresDatabase(): Promise<TestDatabase> {
  const name = `werkloket_t_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    provider: 'postgresql',
    url: url.toString(),
    async drop() {
      await admin(async (c) => {
        await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
        await c.query(`DROP DATABASE IF EXISTS "${name}"`);
      });
    },
  };
}

export async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Both providers, so one suite can run against each: `for (const make of bothProviders) …`. */
export const bothProviders: { name: 'sqlite' | 'postgresql'; make: () => Promise<TestDatabase> }[] = [
  { name: 'sqlite', make: async () => sqliteDatabase() },
  { name: 'postgresql', make: postgresDatabase },
];
