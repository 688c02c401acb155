// Rate limits on PostgreSQL hold across instances (one budget in the RateLimit table), and when
// the limiter cannot reach PostgreSQL, an in-memory limiter takes over: still limited, no crash.
import { expect } from 'chai';
import { createRateLimits } from '../../src/db/rateLimits';
import { startTestApp, useTwoTestApps } from '../helpers/app';
import pg from 'pg';
import { migrate } from '../../src/db/migrate';
import { admin, postgresDatabase } from '../helpers/databases';
import { DirectLineClient } from '../helpers/directLine';

const generate = (url: string) => fetch(`${url}/v3/directline/tokens/generate`, { method: 'POST' }).then((r) => r.status);

describe('rate limits shared by two instances on one PostgreSQL database', function () {
  this.timeout(60_000);
  const two = useTwoTestApps(postgresDatabase, { DIRECTLINE_TOKENS_PER_MINUTE: '4', DIRECTLINE_MESSAGES_PER_MINUTE: '3' });

  it('the Direct Line token budget is spent across both instances', async () => {
    const statuses = [await generate(two.a.url), await generate(two.b.url), await generate(two.a.url), await generate(two.b.url)];
    expect(statuses).to.deep.equal([200, 200, 200, 200]);
    expect(await generate(two.a.url)).to.equal(429);
    expect(await generate(two.b.url)).to.equal(429);
    const rows = await two.a.db.rateLimit.findMany({ where: { key: { startsWith: 'dl-token' } } });
    expect(rows.map((r) => r.points)).to.deep.equal([6]);
  });

  it('the per-conversation message budget is spent across both instances', async () => {
    const onA = new DirectLineClient(two.a.url);
    // The token budget was spent by the previous test: start afresh.
    await two.a.db.rateLimit.deleteMany({ where: { key: { startsWith: 'dl-token' } } });
    await onA.generate();
    await onA.start();
    const onB = Object.assign(new DirectLineClient(two.b.url, onA.userId), { conversationId: onA.conversationId, token: onA.token });
    const statuses = [(await onA.say('een')).status, (await onB.say('twee')).status, (await onA.say('drie')).status];
    expect(statuses).to.deep.equal([200, 200, 200]);
    expect((await onB.say('vier')).status).to.equal(429);
    expect((await onA.say('vijf')).status).to.equal(429);
    // The shared table holds keyed hashes: neither the address nor the conversation id.
    const keys = (await two.a.db.rateLimit.findMany()).map((r) => r.key).join(' ');
    expect(keys).to.include('dl-message:').and.not.include(onA.conversationId).and.not.include('127.0.0.1');
  });
});

describe('rate limits when PostgreSQL is unreachable', function () {
  this.timeout(60_000);

  it('the limiter falls back to memory: still limited, never an error', async () => {
    const limits = createRateLimits('postgresql://postgres@127.0.0.1:1/nowhere');
    try {
      const limiter = limits.limiter({ name: 'test-down', points: 3, windowSeconds: 60 });
      const allowed: boolean[] = [];
      for (let i = 0; i < 5; i++) allowed.push((await limiter.consume('198.51.100.7')).allowed);
      expect(allowed).to.deep.equal([true, true, true, false, false]);
      expect((await limiter.consume('198.51.100.8')).allowed).to.equal(true);
      expect(await limiter.peek('198.51.100.7')).to.be.at.least(3);
      await limiter.reset('198.51.100.7');
    } finally {
      await limits.close();
    }
  });

  it('a running server whose database goes away keeps limiting token requests (503, then 429), never a 500', async () => {
    const database = await postgresDatabase();
    const app = await startTestApp(database.url, { DIRECTLINE_TOKENS_PER_MINUTE: '3' });
    const name = new URL(database.url).pathname.slice(1);
    try {
      await admin(async (c) => {
        await c.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`);
        await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
      });
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push(await generate(app.url));
      // The limiter lets 3 through (the database then fails them: 503), and refuses the rest itself.
      expect(statuses).to.deep.equal([503, 503, 503, 429, 429]);
    } finally {
      await admin((c) => c.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS true`));
      await app.close();
      await database.drop();
    }
  });

  it('a counter row locked by a stuck transaction does not hang requests: memory takes over within seconds', async () => {
    const database = await postgresDatabase();
    await migrate(database.url);
    const limits = createRateLimits(database.url);
    const locker = new pg.Client({ connectionString: database.url });
    await locker.connect();
    try {
      const limiter = limits.limiter({ name: 'test-lock', points: 5, windowSeconds: 60 });
      expect((await limiter.consume('k')).allowed).to.equal(true);
      await locker.query('BEGIN');
      const locked = await locker.query(`SELECT * FROM "RateLimit" WHERE key LIKE 'test-lock:%' FOR UPDATE`);
      expect(locked.rowCount).to.equal(1);
      const started = Date.now();
      expect((await limiter.consume('k')).allowed).to.equal(true);
      expect(Date.now() - started).to.be.below(5_000);
    } finally {
      await locker.query('ROLLBACK').catch(() => undefined);
      await locker.end();
      await limits.close();
      await database.drop();
    }
  });
});
