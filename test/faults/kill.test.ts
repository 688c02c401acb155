// kill -9 of the server in the middle of intakes, then a restart on the same database: every seeker
// resumes at the question they were at, and every message they sent is in the transcript once.
import { expect } from 'chai';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createDb, sqlitePath } from '../../src/db/client';
import { admin, bothProviders, type TestDatabase } from '../helpers/databases';
import { DirectLineClient } from '../helpers/directLine';
import { spawnServer } from '../helpers/serverProcess';

const FIRST = ['Ik zoek werk', 'ja', 'ww', 'tot 1 september'];

for (const { name, make } of bothProviders) {
  describe(`kill -9 mid-intake, then restart (${name})`, function () {
    this.timeout(120_000);

    it('every seeker resumes at their question; every message is in the transcript exactly once', async () => {
      const database = await make();
      const env = { DATABASE_URL: database.url, DIRECTLINE_TOKENS_PER_MINUTE: '1000', DIRECTLINE_REQUESTS_PER_MINUTE: '100000' };
      let server = await spawnServer(env);
      try {
        const seekers = await Promise.all(Array.from({ length: 5 }, () => new DirectLineClient(server.url).generate()));
        await Promise.all(seekers.map((s) => s.start()));
        // Each seeker gets a little further than the one before: 1..4 answers.
        await Promise.all(seekers.map(async (s, i) => {
          for (const text of FIRST.slice(0, Math.min(i + 1, FIRST.length))) expect((await s.say(text)).status).to.equal(200);
          await s.poll();
        }));
        await server.stop('SIGKILL');

        server = await spawnServer(env);
        const retry = ['ja', 'ww', 'tot 1 september', '1500 euro', '1500 euro'];
        for (const [i, s] of seekers.entries()) {
          const resumed = new DirectLineClient(server.url, s.userId);
          Object.assign(resumed, { token: s.token, conversationId: s.conversationId, watermark: s.watermark });
          // The answer to the question they were at is understood as such.
          expect((await resumed.say(retry[i])).status).to.equal(200);
          const reply = (await resumed.botReplies()).map((a) => a.text).join('\n');
          expect(reply, `seeker ${i}`).to.not.match(/Ik ben Werkloket/);
          if (i >= 3) expect(reply, `seeker ${i}`).to.match(/Stap 2 van 7/);
          else expect(reply, `seeker ${i}`).to.match(i === 0 ? /Stap 1 van 7/ : i === 1 ? /Tot wanneer/ : /tot 1 september/);
        }
      } finally {
        await server.stop('SIGKILL');
      }
      const db = createDb(database.url);
      try {
        const incoming = await db.transcriptEntry.findMany({ where: { direction: 'in' }, select: { conversationId: true, activityId: true, text: true } });
        const keys = incoming.map((e) => `${e.conversationId}|${e.activityId}`);
        expect(new Set(keys).size).to.equal(keys.length);
        // 1+2+3+4+4 answers before the kill, one each after it.
        expect(incoming.length).to.equal(1 + 2 + 3 + 4 + 4 + 5);
      } finally {
        await db.$disconnect();
        await database.drop();
      }
    });
  });
}

/**
 * Holds the server's turns in the middle: a trigger stalls the insert of the bot's replies into the
 * transcript, inside the turn's transaction (before this change, after the state was saved). On
 * PostgreSQL it sleeps; SQLite cannot sleep, so it counts through an endless view (the server's
 * thread is busy until it is killed). Deterministic: no window to catch between two commits.
 */
async function holdTurns(database: TestDatabase, name: 'sqlite' | 'postgresql', expected: number): Promise<{ ready: Promise<void>; release(): Promise<void> }> {
  if (name === 'postgresql') {
    const db = new URL(database.url).pathname.slice(1);
    const sql = [
      `CREATE FUNCTION hold() RETURNS trigger AS $$ BEGIN IF NEW."sender" = 'bot' THEN PERFORM pg_sleep(60); END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
      `CREATE TRIGGER hold BEFORE INSERT ON "TranscriptEntry" FOR EACH ROW EXECUTE FUNCTION hold()`,
    ];
    const run = async (statements: string[]) => {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        for (const statement of statements) await client.query(statement);
      } finally {
        await client.end();
      }
    };
    await run(sql);
    const ready = (async () => {
      for (;;) {
        const { rows } = await admin((c) => c.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND wait_event = 'PgSleep'`, [db]));
        if (rows[0].n >= expected) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    return {
      ready,
      async release() {
        // The database notices a dead client only when it next talks to it, not during pg_sleep.
        await admin((c) => c.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND wait_event = 'PgSleep'`, [db]));
        await run(['DROP TRIGGER hold ON "TranscriptEntry"', 'DROP FUNCTION hold()']);
      },
    };
  }
  const file = sqlitePath(database.url);
  const setup = new Database(file, { timeout: 20_000 });
  try {
    setup.exec(`CREATE VIEW "hold_spin" AS WITH RECURSIVE s(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM s) SELECT x FROM s`);
    setup.exec(`CREATE TRIGGER "hold" BEFORE INSERT ON "TranscriptEntry" WHEN NEW."sender" = 'bot' BEGIN SELECT count(*) FROM (SELECT x FROM "hold_spin" LIMIT 1000000000000); END`);
  } finally {
    setup.close();
  }
  const watch = new Database(file, { readonly: true });
  const unanswered = watch.prepare(`SELECT count(*) AS n FROM "DirectLineActivity" WHERE "answered" = 0`);
  const ready = (async () => {
    // The first turn to reach its commit stalls the server's one thread, so the messages stored by
    // then stay unanswered; wait until that count stops changing.
    const end = Date.now() + 30_000;
    let last = -1;
    let stableSince = Date.now();
    while (Date.now() < end) {
      const n = (unanswered.get() as { n: number }).n;
      if (n !== last) [last, stableSince] = [n, Date.now()];
      if (n >= expected || (n > 0 && Date.now() - stableSince > 500)) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('no turn held');
  })();
  return {
    ready,
    async release() {
      watch.close();
      // Called after the kill: nobody holds the write lock any more.
      const drop = new Database(file, { timeout: 20_000 });
      try {
        drop.exec(`DROP TRIGGER "hold"; DROP VIEW "hold_spin"`);
      } finally {
        drop.close();
      }
    },
  };
}

for (const { name, make } of bothProviders) {
  describe(`kill -9 in the middle of turns, then restart (${name})`, function () {
    this.timeout(120_000);

    it('each message sent again is answered once, and the dialog state matches what the seeker saw', async () => {
      const database = await make();
      const env = { DATABASE_URL: database.url, DIRECTLINE_TOKENS_PER_MINUTE: '1000', DIRECTLINE_REQUESTS_PER_MINUTE: '100000' };
      let server = await spawnServer(env);
      const seekers = await Promise.all(Array.from({ length: 3 }, () => new DirectLineClient(server.url).generate()));
      const db = createDb(database.url);
      try {
        await Promise.all(seekers.map(async (s) => {
          await s.start();
          expect((await s.say('Ik zoek werk')).status).to.equal(200);
          await s.poll();
        }));
        const hold = await holdTurns(database, name, seekers.length);
        // "ja" to "Heb je op dit moment werk?"; the server dies before it can answer.
        const sent = seekers.map((s, i) => s.say('ja', { channelData: { clientActivityID: `kill-${i}` } }).catch(() => undefined));
        try {
          await hold.ready;
          await server.stop('SIGKILL');
        } finally {
          await hold.release();
        }
        await Promise.all(sent);

        server = await spawnServer(env);
        for (const [i, s] of seekers.entries()) {
          const resumed = Object.assign(new DirectLineClient(server.url, s.userId), { token: s.token, conversationId: s.conversationId, watermark: s.watermark });
          // Web Chat sends the unanswered message again, with the same clientActivityID.
          expect((await resumed.say('ja', { channelData: { clientActivityID: `kill-${i}` } })).status).to.equal(200);
          expect((await resumed.botReplies()).map((a) => a.text).join('\n'), `seeker ${i}`).to.match(/Stap 1 van 7/);
          // The state is where the seeker is: the next answer is understood as the answer to that question.
          expect((await resumed.say('ww')).status).to.equal(200);
          expect((await resumed.botReplies()).map((a) => a.text).join('\n'), `seeker ${i}`).to.match(/Tot wanneer/);

          const history = (await db.directLineActivity.findMany({ where: { conversationId: s.conversationId }, orderBy: { id: 'asc' } })).map((h) => (JSON.parse(h.activity) as { text?: string }).text ?? '');
          expect(history.filter((t) => t === 'ja'), `seeker ${i}: the message once`).to.have.length(1);
          expect(history.filter((t) => /Stap 1 van 7/.test(t)), `seeker ${i}: answered once`).to.have.length(1);
          const transcript = await db.transcriptEntry.findMany({ where: { conversationId: s.conversationId, text: 'ja' } });
          expect(transcript, `seeker ${i}: transcript`).to.have.length(1);
        }
      } finally {
        await server.stop('SIGKILL');
        await db.$disconnect();
        await database.drop();
      }
    });
  });
}
