// What the per-conversation lock (issue 16) costs a turn on PostgreSQL: lock + unlock on the lock
// pool, and the unanswered-messages read, next to one bare round trip. Run: npx tsx bench/lockCost.ts
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { postgresDatabase } from '../test/helpers/databases';
import { migrate } from '../src/db/migrate';
import { createDb } from '../src/db/client';
import { PgConversationLock } from '../src/db/conversationLock';
import { UnansweredMessages } from '../src/db/unansweredMessages';

const N = 2000;

async function perCall(fn: (i: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 200; i++) await fn(i); // warm-up
  const start = performance.now();
  for (let i = 0; i < N; i++) await fn(i);
  return Number(((performance.now() - start) / N).toFixed(3));
}

async function main(): Promise<void> {
  const database = await postgresDatabase();
  await migrate(database.url);
  const db = createDb(database.url, 10);
  const lock = new PgConversationLock(database.url, 5);
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  const unanswered = new UnansweredMessages(db);
  try {
    await db.directLineConversation.create({ data: { id: 'c1' } });
    for (let i = 0; i < 50; i++) {
      await db.directLineActivity.create({ data: { conversationId: 'c1', activityId: `a${i}`, activity: '{"type":"message"}', answered: i !== 49 } });
    }
    const since = new Date(Date.now() - 120_000);
    const figures = {
      rawSelect1Ms: await perCall(() => pool.query('SELECT 1')),
      prismaSelect1Ms: await perCall(() => db.$queryRawUnsafe('SELECT 1')),
      lockAndUnlockMs: await perCall((i) => lock.withConversation(`c${i % 50}`, async () => undefined)),
      unansweredReadMs: await perCall(() => unanswered.upTo('c1', 1_000_000, since)),
    };
    console.log(JSON.stringify(figures));
  } finally {
    await pool.end();
    await lock.close();
    await db.$disconnect();
    await database.drop();
  }
}

void main();
