// The database unavailable for a moment: the seeker is told "probeer het zo opnieuw", /healthz says
// 503, and everything recovers by itself, with the intake where it was.
import { expect } from 'chai';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket } from 'ws';
import type { App } from '../../src/app';
import { startTestApp } from '../helpers/app';
import { admin, postgresDatabase, type TestDatabase } from '../helpers/databases';
import { DirectLineClient, type Activity } from '../helpers/directLine';

const TRY_AGAIN = /Probeer het zo opnieuw/;

describe('database unavailable for a moment (PostgreSQL)', function () {
  this.timeout(60_000);
  let database: TestDatabase;
  let app: App;
  let name: string;

  before(async () => {
    database = await postgresDatabase();
    name = new URL(database.url).pathname.slice(1);
    app = await startTestApp(database.url, { EMULATOR_MODE: 'true' });
  });
  after(async () => {
    await admin((c) => c.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS true`));
    await app?.close();
    await database.drop();
  });

  const down = () =>
    admin(async (c) => {
      await c.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`);
      await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
    });
  const up = () => admin((c) => c.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS true`));

  it('Direct Line: 503 with a clear error, the chat says "probeer het zo opnieuw", then the intake goes on', async () => {
    const seeker = await new DirectLineClient(app.url).generate();
    const { streamUrl } = await seeker.start();
    for (const text of ['Ik zoek werk', 'ja']) await seeker.say(text);
    await seeker.poll();
    const pushed: Activity[] = [];
    const ws = new WebSocket(streamUrl);
    ws.on('message', (data) => pushed.push(...(JSON.parse(String(data)) as { activities: Activity[] }).activities));
    await new Promise((resolve) => ws.once('open', resolve));

    await down();
    try {
      const res = await seeker.say('ww');
      expect(res.status).to.equal(503);
      expect(((await res.json()) as { error: { code: string } }).error.code).to.equal('UNAVAILABLE');
      await waitUntil(() => pushed.some((a) => TRY_AGAIN.test(a.text ?? '')));
      expect((await fetch(`${app.url}/healthz`)).status).to.equal(503);
    } finally {
      await up();
      ws.close();
    }

    await waitUntil(async () => (await fetch(`${app.url}/healthz`)).status === 200, 15_000);
    const again = await seeker.say('ww');
    expect(again.status).to.equal(200);
    expect((await seeker.botReplies()).map((a) => a.text).join('\n')).to.match(/Tot wanneer krijg je WW/);
  });

  it('Bot Framework channels: the seeker gets "probeer het zo opnieuw" at their serviceUrl', async () => {
    const delivered: string[] = [];
    const connector = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        delivered.push((JSON.parse(raw || '{}') as { text?: string }).text ?? '');
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id":"x"}');
      });
    });
    await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', resolve));
    const serviceUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}`;
    await down();
    try {
      const res = await fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', id: 'm1', text: 'hallo', channelId: 'emulator', serviceUrl, conversation: { id: 'emu-down' }, from: { id: 'u1' }, recipient: { id: 'bot' }, locale: 'nl-NL' }),
      });
      expect(res.status).to.be.lessThan(600);
      await waitUntil(() => delivered.some((t) => TRY_AGAIN.test(t)));
    } finally {
      await up();
      connector.close();
    }
  });
});

async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs = 8_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
