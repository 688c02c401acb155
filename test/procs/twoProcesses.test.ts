// Issue 16: several server processes on one PostgreSQL database. One conversation's messages sent
// to two processes at once are each answered exactly once, in the order they were stored, and a
// stream open on one process shows the replies the other produced.
import fs from 'node:fs';
import { expect } from 'chai';
import { createDb } from '../../src/db/client';
import { postgresDatabase, type TestDatabase } from '../helpers/databases';
import { DirectLineClient, openStream, type Activity } from '../helpers/directLine';
import { spawnServer, type ServerProcess } from '../helpers/serverProcess';

const MESSAGES = 10;
const CONVERSATIONS = 3;
const LIMITS = { DIRECTLINE_TOKENS_PER_MINUTE: '100000', DIRECTLINE_REQUESTS_PER_MINUTE: '1000000', DIRECTLINE_MESSAGES_PER_MINUTE: '100000' };

/** A client for the same conversation talking to another process. */
function sameConversation(client: DirectLineClient, url: string): DirectLineClient {
  return Object.assign(new DirectLineClient(url, client.userId), { token: client.token, conversationId: client.conversationId });
}

/** Every stored activity of the conversation, in watermark order. */
async function history(client: DirectLineClient): Promise<Activity[]> {
  const all: Activity[] = [];
  client.watermark = '0';
  for (let page = await client.poll(); page.length; page = await client.poll()) all.push(...page);
  return all;
}

describe('one conversation on two server processes (PostgreSQL, issue 16)', function () {
  this.timeout(180_000);
  let database: TestDatabase;
  let servers: ServerProcess[] = [];

  before(async () => {
    database = await postgresDatabase();
    const env = { DATABASE_URL: database.url, BENCH_BOT: 'echo', ...LIMITS };
    servers = [await spawnServer(env, 'bench/intake/server.ts')];
    servers.push(await spawnServer(env, 'bench/intake/server.ts'));
  });

  after(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await database?.drop();
  });

  it('answers every message once, in the order the messages were stored, and streams them on the other process', async () => {
    const [a, b] = servers;
    const clients = await Promise.all(Array.from({ length: CONVERSATIONS }, () => new DirectLineClient(a.url).generate()));
    const streams = await Promise.all(clients.map(async (c) => openStream((await c.start()).streamUrl.replace(a.url, b.url))));
    // Every conversation's messages at once, alternating between the two processes.
    await Promise.all(
      clients.flatMap((client, n) => {
        const other = sameConversation(client, b.url);
        return Array.from({ length: MESSAGES }, async (_, i) => {
          const res = await (i % 2 ? other : client).say(`c${n} m${i}`);
          expect(res.status, `c${n} m${i}`).to.equal(200);
        });
      }),
    );
    for (const [n, client] of clients.entries()) {
      const all = await history(client);
      const asked = all.filter((x) => x.from.id === client.userId).map((x) => x.text);
      const answered = all.filter((x) => x.from.id !== client.userId).map((x) => x.text);
      expect(asked, `conversation ${n}`).to.have.members(Array.from({ length: MESSAGES }, (_, i) => `c${n} m${i}`));
      // Exactly once each, and in the order the messages were stored.
      expect(answered, `conversation ${n}`).to.deep.equal(asked.map((t) => `echo: ${t}`));
      // Each reply after its message.
      for (const text of asked) expect(all.findIndex((x) => x.text === `echo: ${text}`)).to.be.above(all.findIndex((x) => x.text === text));
    }
    // The stream on process b saw every reply, also those process a produced.
    await waitFor(() => streams.every((s, n) => s.received.filter((x) => x.text?.startsWith(`echo: c${n} `)).length === MESSAGES));
    for (const s of streams) s.close();

    const db = createDb(database.url);
    try {
      const entries = await db.transcriptEntry.findMany({ select: { conversationId: true, activityId: true, direction: true } });
      const keys = entries.map((e) => `${e.conversationId}|${e.direction}|${e.activityId}`);
      expect(new Set(keys).size, 'no transcript entry twice').to.equal(keys.length);
      expect(entries.filter((e) => e.direction === 'in')).to.have.length(CONVERSATIONS * MESSAGES);
      expect(entries.filter((e) => e.direction === 'out')).to.have.length(CONVERSATIONS * MESSAGES);
    } finally {
      await db.$disconnect();
    }
  });
});

describe('WEB_CONCURRENCY=2 (PostgreSQL, issue 16)', function () {
  this.timeout(180_000);

  it('starts two workers that serve, starts a new one when one dies, and stops them all on SIGTERM', async () => {
    const database = await postgresDatabase();
    const server = await spawnServer({ DATABASE_URL: database.url, WEB_CONCURRENCY: '2', ...LIMITS });
    let workers: number[] = [];
    try {
      await waitFor(() => (workers = childrenOf(server.pid)).length === 2);
      const client = await new DirectLineClient(server.url).generate();
      await client.start();
      expect((await client.say('Ik zoek werk')).status).to.equal(200);
      expect((await client.botReplies()).length).to.be.above(0);
      process.kill(workers[0], 'SIGKILL');
      await waitFor(() => childrenOf(server.pid).length === 2 && !childrenOf(server.pid).includes(workers[0]), 90_000);
      workers = childrenOf(server.pid);
    } finally {
      await server.stop('SIGTERM');
      await database.drop();
    }
    expect(server.exitCode()).to.equal(0);
    for (const pid of workers) expect(alive(pid), `worker ${pid}`).to.equal(false);
  });
});

function childrenOf(pid: number): number[] {
  const text = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
  return text ? text.split(/\s+/).map(Number) : [];
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
