// Request bodies: JSON only, read in memory with a byte limit; multipart and forms are refused
// before a byte is read (nothing lands on disk), and malformed requests are a coded 4xx.
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import restify from 'restify';
import type { AddressInfo } from 'node:net';
import { jsonBodyParser } from '../../src/bot/bodyParser';
import { createLogger } from '../../src/logger';
import { useTestApp } from '../helpers/app';
import { sqliteDatabase } from '../helpers/databases';
import { DirectLineClient } from '../helpers/directLine';
import { ALWAYS_OPEN, AdvisorClient, createAdvisor, sessionFor } from '../advisor/helpers';
import { leaks, startLoggedApp } from '../helpers/logCapture';
import type { App } from '../../src/app';
import { MockGraph } from '../channels/helpers/mockGraph';
import { payloads, postWebhook, webhookBody, whatsAppEnv } from '../channels/helpers/whatsapp';

type Coded = { error: { code: string } };
const codeOf = async (res: Response) => ((await res.json()) as Coded).error.code;

/** Files (not folders) directly in the temp folder whose content holds `marker`. */
function tempFilesHolding(marker: string): string[] {
  const found: string[] = [];
  for (const name of fs.readdirSync(os.tmpdir())) {
    const file = path.join(os.tmpdir(), name);
    try {
      const stat = fs.statSync(file);
      if (stat.isFile() && stat.size < 1_000_000 && fs.readFileSync(file).includes(marker)) found.push(file);
    } catch {
      // Another process removed it meanwhile.
    }
  }
  return found;
}

/** One raw HTTP/1.1 exchange: what the server answered (status line and all), or '' when it just closed. */
function rawExchange(port: number, request: string, waitMs = 3_000): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    const done = () => {
      socket.destroy();
      resolve(answer);
    };
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('end', done);
    socket.on('error', done);
    socket.setTimeout(waitMs, done);
    socket.write(request, 'latin1');
  });
}
const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);

describe('request bodies: JSON only, with limits (real server, SQLite)', function () {
  this.timeout(30_000);
  const server = useTestApp(sqliteDatabase, ALWAYS_OPEN);
  let client: DirectLineClient;

  before(async () => {
    client = await new DirectLineClient(server.app.url).generate();
    await client.start();
  });

  it('a multipart upload to a chat and to the advisor log-in gets 415, and no file appears in the temp folder', async () => {
    const marker = `werkloket-upload-${crypto.randomBytes(8).toString('hex')}`;
    for (const [route, headers] of [
      [`/v3/directline/conversations/${client.conversationId}/activities`, { authorization: `Bearer ${client.token}` }],
      ['/advisor/api/login', { origin: server.app.url }],
    ] as const) {
      const form = new FormData();
      form.append('type', 'message');
      form.append('text', 'hallo');
      form.append('upload', new Blob([`${marker}\n`.repeat(2000)], { type: 'application/octet-stream' }), 'cv.pdf');
      const res = await fetch(`${server.app.url}${route}`, { method: 'POST', headers, body: form });
      expect(res.status, route).to.equal(415);
      expect(await codeOf(res)).to.equal('UNSUPPORTED_MEDIA_TYPE');
    }
    expect(tempFilesHolding(marker)).to.deep.equal([]);
  });

  it('url-encoded, plain-text and XML bodies get 415 on every POST route', async () => {
    const routes: [string, Record<string, string>][] = [
      ['/v3/directline/tokens/generate', {}],
      ['/v3/directline/tokens/refresh', { authorization: `Bearer ${client.token}` }],
      ['/v3/directline/conversations', { authorization: `Bearer ${client.token}` }],
      [`/v3/directline/conversations/${client.conversationId}/activities`, { authorization: `Bearer ${client.token}` }],
      ['/api/messages', {}],
      ['/api/whatsapp', {}],
      ['/advisor/api/login', { origin: server.app.url }],
      ['/advisor/api/logout', {}],
    ];
    const bodies: [string, string][] = [
      ['application/x-www-form-urlencoded', 'type=message&text=hallo'],
      ['text/plain', '{"type":"message","text":"hallo"}'],
      ['application/xml', '<activity type="message"/>'],
      ['application/octet-stream', '\u0000\u0001'],
    ];
    for (const [route, headers] of routes) {
      for (const [type, body] of bodies) {
        const res = await fetch(`${server.app.url}${route}`, { method: 'POST', headers: { ...headers, 'content-type': type }, body });
        expect(res.status, `${route} ${type}`).to.equal(415);
        expect(await codeOf(res)).to.equal('UNSUPPORTED_MEDIA_TYPE');
      }
      // A body without any Content-Type is not JSON either.
      const untyped = await fetch(`${server.app.url}${route}`, { method: 'POST', headers, body: new Uint8Array(Buffer.from('{"a":1}')) });
      expect(untyped.status, `${route} without a type`).to.equal(415);
    }
  });

  it('an empty body still works where the route accepts one: tokens, conversations, refresh, advisor log-out', async () => {
    const generated = await fetch(`${server.app.url}/v3/directline/tokens/generate`, { method: 'POST' });
    expect(generated.status).to.equal(200);
    const { token } = (await generated.json()) as { token: string };
    const auth = { authorization: `Bearer ${token}` };
    expect((await fetch(`${server.app.url}/v3/directline/conversations`, { method: 'POST', headers: auth })).status).to.be.oneOf([200, 201]);
    expect((await fetch(`${server.app.url}/v3/directline/tokens/refresh`, { method: 'POST', headers: auth })).status).to.equal(200);
    // Empty with a JSON type (as fetch clients often send it) works too.
    const typed = await fetch(`${server.app.url}/v3/directline/tokens/generate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '' });
    expect(typed.status).to.equal(200);
    const advisor = AdvisorClient.withToken(server.app.url, await sessionFor(server.app.db, (await createAdvisor(server.app.db, 'Lotte')).id));
    const logout = await fetch(`${server.app.url}/advisor/api/logout`, { method: 'POST', headers: { cookie: advisor.cookie, 'content-type': 'application/json' } });
    expect(logout.status).to.equal(200);
  });

  it('too large → 413 PAYLOAD_TOO_LARGE; invalid JSON → 400 INVALID_JSON; compressed → 415', async () => {
    const url = `${server.app.url}/v3/directline/conversations/${client.conversationId}/activities`;
    const headers = { authorization: `Bearer ${client.token}`, 'content-type': 'application/json' };
    const large = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ type: 'message', text: 'x'.repeat(300 * 1024) }) });
    expect(large.status).to.equal(413);
    expect(await codeOf(large)).to.equal('PAYLOAD_TOO_LARGE');
    // Without a Content-Length (chunked), the limit holds while reading.
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 40; i++) controller.enqueue(new TextEncoder().encode(`"${'y'.repeat(10_000)}",`));
        controller.close();
      },
    });
    const streamed = await fetch(url, { method: 'POST', headers, body: chunks, duplex: 'half' } as RequestInit);
    expect(streamed.status).to.equal(413);
    const invalid = await fetch(url, { method: 'POST', headers, body: '{"type": "message", "text": ' });
    expect(invalid.status).to.equal(400);
    expect(await codeOf(invalid)).to.equal('INVALID_JSON');
    const notUtf8 = await fetch(url, { method: 'POST', headers, body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]) });
    expect(notUtf8.status).to.equal(400);
    const gzip = await fetch(url, { method: 'POST', headers: { ...headers, 'content-encoding': 'gzip' }, body: '{}' });
    expect(gzip.status).to.equal(415);
    // The chat still works afterwards.
    expect((await client.say('hallo')).status).to.equal(200);
  });

  it('a Content-Length that does not match the body, or is not a number, is a 4xx, never a 500', async () => {
    const port = server.app.port;
    const target = `/v3/directline/conversations/${client.conversationId}/activities`;
    const head = (extra: string) => `POST ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${client.token}\r\nContent-Type: application/json\r\n${extra}\r\n`;
    // Longer body than announced: the rest is read as a next request, which is garbage.
    const longer = await rawExchange(port, `${head('Content-Length: 2\r\n')}{}{"type":"message","text":"x"}`);
    expect(statusOf(longer)).to.be.within(400, 499);
    for (const bad of ['Content-Length: abc\r\n', 'Content-Length: -1\r\n', 'Content-Length: 5\r\nContent-Length: 6\r\n', 'Content-Length: 2\r\nTransfer-Encoding: chunked\r\n']) {
      const answer = await rawExchange(port, `${head(bad)}{}`);
      expect(statusOf(answer), bad).to.be.within(400, 499);
    }
    // Shorter body than announced and the client gives up: no answer is owed, and nothing broke.
    await rawExchange(port, `${head('Content-Length: 500\r\n')}{"type":`, 300);
    expect((await fetch(`${server.app.url}/healthz`)).status).to.equal(200);
  });
});

describe('jsonBodyParser on its own', () => {
  it('answers 408 when a body does not arrive in time (a slow sender holds no request open)', async () => {
    const app = restify.createServer({ log: createLogger('silent') as never });
    app.use(jsonBodyParser({ maxBytes: 1024, timeoutMs: 200 }));
    app.post('/x', async (_req, res) => {
      res.send(200, { ok: true });
    });
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
    try {
      const port = (app.address() as AddressInfo).port;
      const started = Date.now();
      const answer = await rawExchange(port, 'POST /x HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"a":', 5_000);
      expect(statusOf(answer)).to.equal(408);
      expect(answer).to.include('BODY_TIMEOUT');
      expect(Date.now() - started).to.be.below(3_000);
    } finally {
      app.close();
    }
  });
});

describe('no route hands restify a value to log (every level captured)', function () {
  this.timeout(60_000);
  const PHONE = '31687650001';
  const SECRET = 'Mijn BSN staat op de achterkant van mijn pas Vermeulen';

  it('website chat, Bot Framework, advisor log-in and WhatsApp (signed, unsigned, odd): no number, text or address in any log line', async () => {
    const graph = await MockGraph.start();
    const database = sqliteDatabase();
    let app: App | undefined;
    try {
      const started = await startLoggedApp(database.url, { ...whatsAppEnv(graph), ...ALWAYS_OPEN });
      app = started.app;
      const chat = await new DirectLineClient(app.url).generate();
      await chat.start();
      expect((await chat.say(`${SECRET}, bel 0687650001`)).status).to.equal(200);
      await chat.say('', { type: 'message', text: 42 });
      const json = { 'content-type': 'application/json' };
      await fetch(`${app.url}/api/messages`, { method: 'POST', headers: json, body: JSON.stringify({ text: SECRET }) });
      await fetch(`${app.url}/advisor/api/login`, { method: 'POST', headers: { ...json, origin: app.url }, body: JSON.stringify({ email: 'vermeulen@example.org', password: SECRET }) });
      await postWebhook(app.url, webhookBody([payloads.text(PHONE, SECRET)]), null);
      await postWebhook(app.url, webhookBody([payloads.text(PHONE, SECRET)]));
      await postWebhook(app.url, { object: 'whatsapp_business_account', entry: 'not a list', note: SECRET, from: PHONE });
      await postWebhook(app.url, webhookBody([{ ...payloads.text(PHONE, SECRET), type: ['x'] }]));
      const needles = ['87650001', 'Vermeulen', 'achterkant', 'vermeulen@example.org'];
      expect(leaks(started.lines, needles)).to.deep.equal([]);
      expect(started.lines.filter((l) => l.includes('Discarded returned value'))).to.deep.equal([]);
      expect(started.lines.length).to.be.greaterThan(5);
    } finally {
      await app?.close();
      await database.drop();
      await graph.close();
    }
  });
});

describe('malformed headers on Direct Line routes: a 4xx, never a 500', function () {
  this.timeout(30_000);
  const server = useTestApp(sqliteDatabase);

  it('junk in Authorization, duplicate and over-long headers', async () => {
    const client = await new DirectLineClient(server.app.url).generate();
    await client.start();
    const id = client.conversationId;
    const routes: [string, string][] = [
      ['POST', '/v3/directline/tokens/refresh'],
      ['POST', '/v3/directline/conversations'],
      ['GET', `/v3/directline/conversations/${id}`],
      ['POST', `/v3/directline/conversations/${id}/activities`],
      ['GET', `/v3/directline/conversations/${id}/activities?watermark=7`],
    ];
    const [body, signature] = client.token.split('.');
    const authorizations = [
      'Bearer',
      'Bearer ',
      'Bearer a b',
      'Bearer .',
      'Bearer ..',
      `Bearer ${body}.`,
      `Bearer .${signature}`,
      `Bearer ${body}.${signature}.x`,
      `Bearer ${Buffer.from('null').toString('base64url')}.${signature}`,
      `Bearer ${'A'.repeat(12_000)}`,
      'Basic dXNlcjpwYXNz',
      `bearer   ${client.token}x`,
      '\t',
    ];
    for (const [method, route] of routes) {
      for (const authorization of authorizations) {
        const res = await fetch(`${server.app.url}${route}`, {
          method,
          headers: { authorization, ...(method === 'POST' ? { 'content-type': 'application/json' } : {}) },
          body: method === 'POST' ? JSON.stringify({ type: 'message', from: { id: 'x' }, text: 'hoi' }) : undefined,
        });
        expect(res.status, `${method} ${route} ${authorization.slice(0, 40)}`).to.be.oneOf([401, 403]);
        expect(((await res.json()) as Coded).error.code).to.be.oneOf(['TOKEN_MISSING', 'TOKEN_INVALID']);
      }
    }
    const port = server.app.port;
    const raw = (headers: string, method = 'GET', target = `/v3/directline/conversations/${id}/activities`) =>
      rawExchange(port, `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}Content-Length: 0\r\nConnection: close\r\n\r\n`);
    // Bytes that are not text, two Authorization headers, a header over Node's 16 KB limit.
    for (const headers of [
      'Authorization: Bearer \xff\xfe\x00junk\r\n',
      `Authorization: Bearer ${client.token}\r\nAuthorization: Bearer ${client.token}\r\n`,
      `Authorization: Bearer ${client.token}\r\nX-Padding: ${'p'.repeat(20_000)}\r\n`,
      `Authorization: Bearer ${client.token}\r\nX-Forwarded-For: ${'1.1.1.1, '.repeat(500)}x\r\n`,
    ]) {
      const status = statusOf(await raw(headers));
      expect(status, headers.slice(0, 60)).to.be.within(200, 499);
    }
    expect(statusOf(await raw(`Authorization: Bearer ${client.token}\r\nX-Padding: ${'p'.repeat(20_000)}\r\n`))).to.equal(431);
    expect(statusOf(await raw('Authorization: Bearer \u00e9\r\n', 'POST', '/v3/directline/tokens/refresh'))).to.be.oneOf([401, 403]);
    expect((await fetch(`${server.app.url}/healthz`)).status).to.equal(200);
  });
});
