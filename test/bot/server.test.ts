import { expect } from 'chai';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket } from 'ws';
import { startTestApp, useTestApp } from '../helpers/app';
import { admin, postgresDatabase, sqliteDatabase } from '../helpers/databases';
import { DirectLineClient, type Activity } from '../helpers/directLine';

const GREETING = /Ik ben Werkloket/;

describe('server (HTTP against the real server, SQLite)', () => {
  const server = useTestApp(sqliteDatabase);

  it('GET /healthz says the database is up, and that one instance has no link to others', async () => {
    const res = await fetch(`${server.app.url}/healthz`);
    expect(res.status).to.equal(200);
    expect(await res.json()).to.deep.equal({ status: 'ok', database: { provider: 'sqlite', status: 'up' }, events: { status: 'local' } });
  });

  it('serves the website with Web Chat from this server', async () => {
    const page = await fetch(`${server.app.url}/`);
    expect(page.status).to.equal(200);
    const html = await page.text();
    expect(html).to.match(/src="\/assets\/webchat\.[0-9a-f]+\.js"/).and.to.match(/src="\/assets\/chat\.[0-9a-f]+\.js"/);
    expect(page.headers.get('content-security-policy')).to.include("default-src 'self'").and.to.include("script-src 'self'").and.to.include("frame-ancestors 'none'");
    expect(page.headers.get('x-frame-options')).to.equal('DENY');
    expect(page.headers.get('x-content-type-options')).to.equal('nosniff');
    expect(page.headers.get('referrer-policy')).to.equal('no-referrer');
    expect(await (await fetch(`${server.app.url}/chat.js`)).text()).to.include('/v3/directline');
    const bundle = await fetch(`${server.app.url}/webchat.js`);
    expect(bundle.status).to.equal(200);
    expect(bundle.headers.get('content-type')).to.include('javascript');
    expect((await bundle.arrayBuffer()).byteLength).to.be.greaterThan(1_000_000);
  });

  it('Direct Line round trip: greeting on start, reply to "hallo", echo with the same id', async () => {
    const client = await new DirectLineClient(server.app.url).generate();
    const started = await client.start();
    expect(started.conversationId).to.equal(client.conversationId);
    expect(started.streamUrl).to.match(/^ws:\/\/127\.0\.0\.1:\d+\/v3\/directline\/conversations\/.+\/stream\?t=/);
    const welcome = await client.botReplies();
    expect(welcome.map((a) => a.text).join(' ')).to.match(GREETING);
    const menu = welcome.find((a) => a.suggestedActions);
    expect(menu?.suggestedActions?.actions.map((a) => a.title)).to.include.members(['Ik zoek werk', 'Ik ben werkgever']);

    const posted = await client.say('hallo');
    expect(posted.status).to.equal(200);
    const { id } = (await posted.json()) as { id: string };
    const after = await client.poll();
    const echo = after.find((a) => a.id === id);
    expect(echo?.text).to.equal('hallo');
    expect(after.filter((a) => a.from.id !== client.userId).map((a) => a.text).join(' ')).to.match(GREETING);
  });

  it('a second POST /conversations does not greet again', async () => {
    const client = await new DirectLineClient(server.app.url).generate();
    await client.start();
    expect(await client.botReplies()).to.not.be.empty;
    await client.start();
    expect(await client.botReplies()).to.deep.equal([]);
  });

  it('understands a button answer typed as free text', async () => {
    const client = await new DirectLineClient(server.app.url).generate();
    await client.start();
    await client.poll();
    await client.say('Ik ben werkgever');
    const replies = await client.botReplies();
    expect(replies.map((a) => a.text).join(' ')).to.match(/werkgeversservicepunt/);
  });

  it('pushes the greeting and replies over the WebSocket stream', async () => {
    const client = await new DirectLineClient(server.app.url).generate();
    const { streamUrl } = await client.start();
    const received: Activity[] = [];
    const ws = new WebSocket(streamUrl);
    ws.on('message', (data) => received.push(...(JSON.parse(String(data)) as { activities: Activity[] }).activities));
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    await client.say('hallo');
    await waitUntil(() => received.filter((a) => GREETING.test(a.text ?? '')).length >= 2);
    ws.close();
    const ids = received.map((a) => a.id);
    expect(new Set(ids).size).to.equal(ids.length); // backlog and live pushes never duplicate
  });

  it('rejects a stream without a valid token for that conversation', async () => {
    const a = await new DirectLineClient(server.app.url).generate();
    const b = await new DirectLineClient(server.app.url).generate();
    const { streamUrl } = await a.start();
    const forged = streamUrl.replace(`/conversations/${a.conversationId}/`, `/conversations/${b.conversationId}/`);
    const status = await new Promise<number | undefined>((resolve) => {
      const ws = new WebSocket(forged);
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode));
      ws.on('open', () => resolve(101));
      ws.on('error', () => resolve(undefined));
    });
    expect(status).to.equal(403);
  });

  it('token isolation: a token of conversation A cannot read or post to B (403); no token is 401', async () => {
    const a = await new DirectLineClient(server.app.url).generate();
    const b = await new DirectLineClient(server.app.url).generate();
    await b.start();
    const read = await a.request('GET', `/v3/directline/conversations/${b.conversationId}/activities`);
    expect(read.status).to.equal(403);
    const post = await a.request('POST', `/v3/directline/conversations/${b.conversationId}/activities`, { type: 'message', text: 'hoi' });
    expect(post.status).to.equal(403);
    expect(await post.json()).to.deep.equal({ error: { code: 'TOKEN_INVALID', message: 'The token is invalid, expired, or not for this conversation.' } });
    const anonymous = await fetch(`${server.app.url}/v3/directline/conversations/${b.conversationId}/activities`);
    expect(anonymous.status).to.equal(401);
    const forged = await a.request('GET', `/v3/directline/conversations/${a.conversationId}/activities`, undefined, `${a.token}x`);
    expect(forged.status).to.equal(403);
  });

  it('refreshes a token for the same conversation', async () => {
    const client = await new DirectLineClient(server.app.url).generate();
    const res = await client.request('POST', '/v3/directline/tokens/refresh');
    expect(res.status).to.equal(200);
    const body = (await res.json()) as { conversationId: string; token: string; expires_in: number };
    expect(body.conversationId).to.equal(client.conversationId);
    expect(body.expires_in).to.be.greaterThan(0);
    const read = await client.request('GET', `/v3/directline/conversations/${client.conversationId}/activities`, undefined, body.token);
    expect(read.status).to.equal(200);
  });

  it('answers a malformed activity with a clear 400', async () => {
    const client = await new DirectLineClient(server.app.url).generate();
    await client.start();
    const res = await client.request('POST', `/v3/directline/conversations/${client.conversationId}/activities`, { text: 'no type' });
    expect(res.status).to.equal(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).to.equal('BAD_REQUEST');
    expect(body.error.message).to.include('type');
  });

  it('writes every message in and out to the transcript, with a BSN masked', async () => {
    const client = await new DirectLineClient(server.app.url).generate();
    await client.start();
    await client.say('mijn bsn is 111222333');
    await client.poll();
    const rows = await server.app.db.transcriptEntry.findMany({ where: { conversationId: client.conversationId }, orderBy: { id: 'asc' } });
    expect(rows.filter((r) => r.direction === 'in')).to.have.length(1);
    expect(rows.filter((r) => r.direction === 'out').length).to.be.greaterThan(1);
    expect(rows.map((r) => r.text ?? '').join(' ')).to.not.include('111222333');
    const stored = await server.app.db.directLineActivity.findMany({ where: { conversationId: client.conversationId } });
    expect(stored.map((r) => r.activity).join(' ')).to.not.include('111222333');
  });
});

describe('Emulator mode (EMULATOR_MODE=true, no app id)', () => {
  const server = useTestApp(sqliteDatabase, { EMULATOR_MODE: 'true' });

  it('POST /api/messages from this machine without auth, replies delivered to the local serviceUrl', async () => {
    const delivered: { url: string; body: { text?: string; replyToId?: string } }[] = [];
    const connector = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        delivered.push({ url: req.url ?? '', body: JSON.parse(raw || '{}') });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `r${delivered.length}` }));
      });
    });
    await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', resolve));
    const serviceUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}`;
    try {
      const res = await fetch(`${server.app.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id: 'emu-1',
          text: 'hallo',
          channelId: 'emulator',
          serviceUrl,
          conversation: { id: 'emu-conv-1' },
          from: { id: 'emu-user', name: 'User' },
          recipient: { id: 'bot', name: 'Bot' },
          locale: 'nl-NL',
        }),
      });
      expect(res.status).to.equal(200);
      expect(delivered.length).to.be.greaterThan(1);
      expect(delivered[0].url).to.equal('/v3/conversations/emu-conv-1/activities/emu-1');
      expect(delivered.map((d) => d.body.text).join(' ')).to.match(GREETING);
    } finally {
      connector.close();
    }
  });
});

describe('server restart keeps Direct Line conversations (SQLite file)', () => {
  it('the same token still works and GET …/activities returns the history', async () => {
    const database = sqliteDatabase();
    let app = await startTestApp(database.url);
    try {
      const client = await new DirectLineClient(app.url).generate();
      await client.start();
      await client.say('Ik zoek werk');
      const before = await client.poll();
      await app.close();
      app = await startTestApp(database.url);
      const again = new DirectLineClient(app.url, client.userId);
      Object.assign(again, { conversationId: client.conversationId, token: client.token });
      const history = await again.poll();
      expect(history.map((a) => a.id)).to.deep.equal(before.map((a) => a.id));
      const res = await again.say('hallo');
      expect(res.status).to.equal(200);
      expect((await again.botReplies()).map((a) => a.text).join(' ')).to.match(GREETING);
    } finally {
      await app.close();
      await database.drop();
    }
  });
});

describe('production authentication (MICROSOFT_APP_ID set)', () => {
  const server = useTestApp(sqliteDatabase, { MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001', MICROSOFT_APP_PASSWORD: 'secret' });

  it('rejects /api/messages without a valid Bot Framework token (401)', async () => {
    const res = await fetch(`${server.app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'hallo', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:9', conversation: { id: 'x' }, from: { id: 'u' }, recipient: { id: 'b' } }),
    });
    expect(res.status).to.equal(401);
  });

  it('still serves the website chat through the local Direct Line', async () => {
    const client = await new DirectLineClient(server.app.url).generate();
    await client.start();
    await client.say('hallo');
    expect((await client.botReplies()).map((a) => a.text).join(' ')).to.match(GREETING);
  });
});

describe('server on PostgreSQL', () => {
  const server = useTestApp(postgresDatabase);

  it('runs a Direct Line round trip', async () => {
    const client = await new DirectLineClient(server.app.url).generate();
    await client.start();
    await client.say('hallo');
    expect((await client.botReplies()).map((a) => a.text).join(' ')).to.match(GREETING);
  });

  it('healthz says 503 while the database refuses connections, and recovers by itself', async function () {
    this.timeout(30_000);
    const name = new URL(server.database.url).pathname.slice(1);
    await admin(async (c) => {
      await c.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`);
      await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
    });
    try {
      const down = await fetch(`${server.app.url}/healthz`);
      expect(down.status).to.equal(503);
      expect(await down.json()).to.deep.include({ status: 'unavailable' });
    } finally {
      await admin((c) => c.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS true`));
    }
    await waitUntil(async () => (await fetch(`${server.app.url}/healthz`)).status === 200, 15_000);
  });
});

async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
