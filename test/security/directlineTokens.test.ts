// Direct Line tokens and streams: a stream URL carries a short-lived stream-only token, tokens stop
// being renewed after a maximum lifetime, and open streams are capped per conversation and address.
import crypto from 'node:crypto';
import { expect } from 'chai';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import { Heartbeat } from '../../src/channels/directline/streamCaps';
import { TokenService, STREAM_TOKEN_SECONDS } from '../../src/channels/directline/tokens';
import { loadConfig } from '../../src/config';
import { useTestApp } from '../helpers/app';
import { sqliteDatabase } from '../helpers/databases';
import { DirectLineClient } from '../helpers/directLine';
import { claimsOf, upgradeStatus } from '../helpers/directLineSecurity';

const SECRET = 'a-direct-line-secret-of-at-least-32-characters';
const ENV = { DIRECTLINE_SECRET: SECRET, DIRECTLINE_REQUESTS_PER_MINUTE: '100000', DIRECTLINE_TOKENS_PER_MINUTE: '10000' };
const HOUR = 3600;

describe('Direct Line tokens (TokenService)', () => {
  it('a stream token lives at most 120 s and is accepted only as a stream token', () => {
    let now = 1_800_000_000_000;
    const tokens = new TokenService(SECRET, HOUR, 24 * HOUR, () => now);
    const stream = tokens.issue('c1', 'u1', undefined, 'stream')!;
    expect(stream.expires_in).to.equal(STREAM_TOKEN_SECONDS);
    expect(tokens.verify(stream.token, 'stream')?.c).to.equal('c1');
    expect(tokens.verify(stream.token, 'rest')).to.equal(undefined);
    const rest = tokens.issue('c1', 'u1')!;
    expect(tokens.verify(rest.token, 'stream')).to.equal(undefined);
    now += (STREAM_TOKEN_SECONDS + 1) * 1000;
    expect(tokens.verify(stream.token, 'stream')).to.equal(undefined);
    expect(tokens.verify(rest.token, 'rest')?.u).to.equal('u1');
  });

  it('a chain of refreshes ends at the maximum lifetime; the last token expires with it', () => {
    let now = 1_800_000_000_000;
    const tokens = new TokenService(SECRET, HOUR, 24 * HOUR, () => now);
    let claims = tokens.verify(tokens.issue('c1', 'u1')!.token)!;
    const origin = claims.o;
    for (let hour = 1; hour < 24; hour++) {
      now += HOUR * 1000 - 60_000;
      const next = tokens.issue(claims.c, claims.u, claims.o)!;
      claims = tokens.verify(next.token)!;
      expect(claims.o).to.equal(origin);
      expect(claims.exp).to.be.at.most(origin + 24 * HOUR);
    }
    now = (origin + 24 * HOUR) * 1000;
    expect(tokens.issue(claims.c, claims.u, claims.o)).to.equal(undefined);
  });

  it('refuses tokens without a server-issued user id (the old format) and forged ones', () => {
    const tokens = new TokenService(SECRET, HOUR);
    const sign = (claims: object) => {
      const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
      return `${body}.${crypto.createHmac('sha256', SECRET).update(body).digest('base64url')}`;
    };
    const exp = Math.floor(Date.now() / 1000) + 600;
    expect(tokens.verify(sign({ c: 'c1', exp }))).to.equal(undefined);
    expect(tokens.verify(sign({ c: 'c1', u: 'u1', exp, o: exp - 600 }))?.u).to.equal('u1');
    expect(tokens.verify(sign({ c: 'c1', u: 'u1', exp, o: exp - 600 }) + 'x')).to.equal(undefined);
  });

  it('DIRECTLINE_TOKEN_MAX_LIFETIME: default 24 h; a bad value stops start-up with its name', () => {
    expect(loadConfig({}).directLine.tokenMaxLifetimeSeconds).to.equal(86_400);
    expect(loadConfig({ DIRECTLINE_TOKEN_MAX_LIFETIME: '7200' }).directLine.tokenMaxLifetimeSeconds).to.equal(7200);
    expect(() => loadConfig({ DIRECTLINE_TOKEN_MAX_LIFETIME: 'abc' })).to.throw(/DIRECTLINE_TOKEN_MAX_LIFETIME/);
    expect(() => loadConfig({ DIRECTLINE_STREAMS_PER_ADDRESS: '0' })).to.throw(/DIRECTLINE_STREAMS_PER_ADDRESS/);
  });
});

describe('stream heartbeat', () => {
  it('keeps a stream that answers pings, drops one that does not (so dead peers stop counting)', async () => {
    const heartbeat = new Heartbeat(100);
    const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    wss.on('connection', (ws) => heartbeat.watch(ws));
    await new Promise((resolve) => wss.once('listening', resolve));
    const url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
    try {
      const live = new WebSocket(url);
      const dead = new WebSocket(url, { autoPong: false });
      await Promise.all([live, dead].map((ws) => new Promise((resolve) => ws.once('open', resolve))));
      const deadClosed = new Promise<number>((resolve) => dead.once('close', (code) => resolve(code)));
      expect(await deadClosed).to.equal(1006);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(live.readyState).to.equal(WebSocket.OPEN);
      live.close();
    } finally {
      heartbeat.stop();
      wss.close();
    }
  });
});

describe('Direct Line tokens and streams against the real server (SQLite)', function () {
  this.timeout(60_000);
  const server = useTestApp(sqliteDatabase, { ...ENV, DIRECTLINE_STREAMS_PER_ADDRESS: '4', TRUST_PROXY: '127.0.0.1' });

  it('the streamUrl carries a short-lived stream-only token: the REST endpoints refuse it, the stream refuses a REST token', async () => {
    const client = await new DirectLineClient(server.app.url).generate();
    const { streamUrl } = (await client.start()) as { streamUrl: string };
    const streamToken = new URL(streamUrl).searchParams.get('t')!;
    const claims = claimsOf(streamToken);
    expect(claims.k).to.equal('s');
    expect(claims.exp - Math.floor(Date.now() / 1000)).to.be.within(STREAM_TOKEN_SECONDS - 5, STREAM_TOKEN_SECONDS);
    const id = client.conversationId;
    for (const [method, path] of [
      ['GET', `/v3/directline/conversations/${id}/activities`],
      ['POST', `/v3/directline/conversations/${id}/activities`],
      ['GET', `/v3/directline/conversations/${id}`],
      ['POST', '/v3/directline/conversations'],
      ['POST', '/v3/directline/tokens/refresh'],
      ['POST', '/v3/directline/session/end'],
    ]) {
      const res = await client.request(method, path, method === 'POST' ? { type: 'message', text: 'hallo' } : undefined, streamToken);
      expect(res.status, `${method} ${path}`).to.equal(403);
    }
    const withRest = new URL(streamUrl);
    withRest.searchParams.set('t', client.token);
    expect(await upgradeStatus(withRest.toString())).to.equal(403);
    expect(await upgradeStatus(streamUrl)).to.equal(101);
  });

  it('a refresh past DIRECTLINE_TOKEN_MAX_LIFETIME is refused with 403 TOKEN_TOO_OLD; near it, tokens expire with the chain', async () => {
    const client = await new DirectLineClient(server.app.url).generate();
    await client.start();
    const minted = (hoursAgo: number) => new TokenService(SECRET, 3 * 24 * HOUR, 30 * 24 * HOUR, () => Date.now() - hoursAgo * HOUR * 1000).issue(client.conversationId, client.userId)!.token;
    const old = minted(25);
    expect((await client.request('GET', `/v3/directline/conversations/${client.conversationId}/activities`, undefined, old)).status).to.equal(200);
    for (const [method, path] of [['POST', '/v3/directline/tokens/refresh'], ['GET', `/v3/directline/conversations/${client.conversationId}`], ['POST', '/v3/directline/conversations']]) {
      const res = await client.request(method, path, undefined, old);
      expect(res.status, path).to.equal(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).to.equal('TOKEN_TOO_OLD');
    }
    // One token, so its origin is compared with itself (two minted a moment apart can straddle a second).
    const nearlyOld = minted(23.5);
    const nearly = await client.request('POST', '/v3/directline/tokens/refresh', undefined, nearlyOld);
    expect(nearly.status).to.equal(200);
    const body = (await nearly.json()) as { token: string; expires_in: number };
    expect(body.expires_in).to.be.within(1700, 1800);
    expect(claimsOf(body.token).o).to.equal(claimsOf(nearlyOld).o);
    // A normal refresh keeps the chain's origin.
    const fresh = (await (await client.request('POST', '/v3/directline/tokens/refresh')).json()) as { token: string };
    expect(claimsOf(fresh.token).o).to.equal(claimsOf(client.token).o);
  });

  it('per conversation: a fourth stream closes the oldest (4001); the newest three stay open', async () => {
    const client = await new DirectLineClient(server.app.url).generate();
    await client.start();
    const sockets: WebSocket[] = [];
    const codes: (number | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await client.request('GET', `/v3/directline/conversations/${client.conversationId}`);
      const { streamUrl } = (await res.json()) as { streamUrl: string };
      const ws = new WebSocket(streamUrl, { headers: { 'x-forwarded-for': '10.1.0.1' } });
      codes.push(undefined);
      ws.on('close', (code) => (codes[i] = code));
      await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
      sockets.push(ws);
    }
    await waitUntil(() => codes[0] !== undefined);
    expect(codes).to.deep.equal([4001, undefined, undefined, undefined]);
    expect(sockets.slice(1).map((ws) => ws.readyState)).to.deep.equal([WebSocket.OPEN, WebSocket.OPEN, WebSocket.OPEN]);
    for (const ws of sockets) ws.close();
  });

  it('per client address (behind a trusted proxy): the extra stream gets 429 before upgrading; other addresses are not affected', async () => {
    const open: WebSocket[] = [];
    const streamFor = async () => {
      const client = await new DirectLineClient(server.app.url).generate();
      return ((await client.start()) as { streamUrl: string }).streamUrl;
    };
    for (let i = 0; i < 4; i++) {
      const ws = new WebSocket(await streamFor(), { headers: { 'x-forwarded-for': '10.2.0.1' } });
      await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
      open.push(ws);
    }
    const refused = await new Promise<{ status?: number; body: string }>((resolve) => {
      void streamFor().then((url) => {
        const ws = new WebSocket(url, { headers: { 'x-forwarded-for': '10.2.0.1' } });
        ws.on('unexpected-response', (_req, res) => {
          let body = '';
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode, body }));
        });
        ws.on('open', () => resolve({ status: 101, body: '' }));
      });
    });
    expect(refused.status).to.equal(429);
    expect(JSON.parse(refused.body)).to.deep.equal({ error: { code: 'TOO_MANY_STREAMS', message: 'Too many open chat streams from this address.' } });
    expect(await upgradeStatus(await streamFor(), { 'x-forwarded-for': '10.2.0.2' })).to.equal(101);
    // One closes: room for one more.
    open[0].close();
    await waitUntil(async () => (await upgradeStatus(await streamFor(), { 'x-forwarded-for': '10.2.0.1' })) === 101);
    for (const ws of open) ws.close();
  });
});

async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('Direct Line tokens: a checked token remembered', () => {
  const SECRET_2 = 'r'.repeat(32);

  it('answers as a fresh check would: kind, expiry and a changed byte are checked on every use', () => {
    let now = 1_800_000_000_000;
    const tokens = new TokenService(SECRET_2, 600, 86_400, () => now);
    const rest = tokens.issue('c1', 'u1')!.token;
    const first = tokens.verify(rest)!;
    expect(tokens.verify(rest)).to.deep.equal(first);
    expect(tokens.verify(rest, 'stream')).to.equal(undefined);
    expect(tokens.verify(`${rest.slice(0, -1)}${rest.endsWith('A') ? 'B' : 'A'}`)).to.equal(undefined);
    expect(() => ((first as { c: string }).c = 'c2')).to.throw(TypeError);
    expect(tokens.verify(rest)?.c).to.equal('c1');
    now += 601_000;
    expect(tokens.verify(rest)).to.equal(undefined);
    expect(new TokenService('x'.repeat(32), 600, 86_400, () => now - 601_000).verify(rest)).to.equal(undefined);
  });

  it('stays bounded: past its size the oldest are checked again, and still accepted', () => {
    const tokens = new TokenService(SECRET_2, 600);
    const issued = Array.from({ length: 10_050 }, (_, i) => tokens.issue(`c${i}`, 'u')!.token);
    for (const token of issued) expect(tokens.verify(token)).to.not.equal(undefined);
    expect(tokens.verify(issued[0])?.c).to.equal('c0');
    expect((tokens as unknown as { verified: Map<string, unknown> }).verified.size).to.be.at.most(10_000);
  });
});
