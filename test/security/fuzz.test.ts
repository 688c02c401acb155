// Thousands of random and hostile messages and requests against the real server: no crash, every
// message gets a reply or a clear 4xx, nothing half-written, no BSN stored.
import { expect } from 'chai';
import fc from 'fast-check';
import { findPii } from '../../src/language';
import { useTestApp } from '../helpers/app';
import { sqliteDatabase } from '../helpers/databases';
import { DirectLineClient } from '../helpers/directLine';

const HOSTILE = [
  '', ' ', '\u0000', '\u0007\u0008\u001b[31m', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE \"Seeker\"; --", '1 OR 1=1', '${process.exit()}', '{{7*7}}', '../../etc/passwd', '\u202eRTL\u202c',
  '🙂'.repeat(500), 'a'.repeat(1001), 'x'.repeat(25_000), 'mijn bsn is 123456782', 'NL91ABNA0417164300', '\ud800', 'null', 'undefined',
  JSON.stringify({ type: 'message' }), '%00%0d%0a', '\r\n\r\nHTTP/1.1 200 OK', 'ik ' .repeat(2000),
];

/** Messages as people and attackers might send them. */
const textArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 4, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 2, arbitrary: fc.constantFrom('ja', 'nee', 'ww', 'bijstand', 'terug', 'opnieuw', 'help', 'English please', '3511', '32 uur', 'tot 1 maart') },
);

/** Activity bodies, from valid to malformed (wrong types, missing fields, odd values). */
const activityArb = fc.oneof(
  { weight: 6, arbitrary: textArb.map((text) => ({ type: 'message', text })) },
  { weight: 1, arbitrary: fc.record({ type: fc.constantFrom('message', 'typing', 'event', 'conversationUpdate', 'x'.repeat(60), ''), text: fc.anything() }) },
  { weight: 1, arbitrary: fc.jsonValue() },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('message'), attachments: fc.array(fc.anything(), { maxLength: 12 }), value: fc.anything(), channelData: fc.anything() }) },
);

describe('fuzz: random and hostile input against the real server (SQLite)', function () {
  this.timeout(300_000);
  const server = useTestApp(sqliteDatabase, { DIRECTLINE_REQUESTS_PER_MINUTE: '1000000', DIRECTLINE_MESSAGES_PER_MINUTE: '1000000', DIRECTLINE_TOKENS_PER_MINUTE: '100000', EMULATOR_MODE: 'true' });

  it('website chat: 2,000 messages in 10 conversations; each gets a reply or a clear 4xx; all recorded once', async () => {
    const accepted = new Map<string, number>();
    const conversations = await Promise.all(Array.from({ length: 10 }, async (_, i) => {
      const client = await new DirectLineClient(server.app.url).generate();
      await client.start();
      await client.poll();
      const bodies = fc.sample(activityArb, { numRuns: 200, seed: 1000 + i });
      for (const body of bodies) {
        const res = await client.request('POST', `/v3/directline/conversations/${client.conversationId}/activities`, body);
        const isMessage = typeof body === 'object' && body !== null && (body as { type?: unknown }).type === 'message';
        if (res.status === 200) {
          const replies = await client.botReplies();
          if (isMessage) {
            accepted.set(client.conversationId, (accepted.get(client.conversationId) ?? 0) + 1);
            expect(replies, `no reply to ${JSON.stringify(body).slice(0, 80)}`).to.not.be.empty;
          }
        } else {
          expect(res.status, JSON.stringify(body).slice(0, 80)).to.be.within(400, 499);
          const error = (await res.json()) as { error?: { code?: string; message?: string } };
          expect(error.error?.code).to.be.a('string');
          expect(error.error?.message).to.be.a('string').and.not.empty;
        }
      }
      return client;
    }));
    expect((await fetch(`${server.app.url}/healthz`)).status).to.equal(200);

    for (const client of conversations) {
      const recorded = await server.app.db.transcriptEntry.count({ where: { conversationId: client.conversationId, direction: 'in', type: 'message' } });
      expect(recorded, 'each accepted message recorded exactly once').to.equal(accepted.get(client.conversationId) ?? 0);
    }
    // Nothing half-written: every stored document parses.
    for (const row of await server.app.db.directLineActivity.findMany({ select: { activity: true } })) expect(() => JSON.parse(row.activity)).to.not.throw();
    for (const row of await server.app.db.botState.findMany({ select: { data: true } })) expect(() => JSON.parse(row.data)).to.not.throw();
  });

  it('every endpoint: invalid JSON, wrong types and wrong content types get a clear 4xx, never a 5xx', async () => {
    const client = await new DirectLineClient(server.app.url).generate();
    await client.start();
    const endpoints: [string, string, Record<string, string>][] = [
      ['POST', '/v3/directline/tokens/generate', {}],
      ['POST', '/v3/directline/tokens/refresh', { authorization: `Bearer ${client.token}` }],
      ['POST', '/v3/directline/conversations', { authorization: `Bearer ${client.token}` }],
      ['POST', `/v3/directline/conversations/${client.conversationId}/activities`, { authorization: `Bearer ${client.token}` }],
      ['GET', `/v3/directline/conversations/${client.conversationId}/activities?watermark=abc`, { authorization: `Bearer ${client.token}` }],
      ['POST', '/api/messages', {}],
      ['POST', '/advisor/api/login', { origin: server.app.url }],
      ['POST', '/advisor/api/logout', {}],
      ['GET', '/advisor/api/handoffs?status=%00', {}],
      ['POST', '/advisor/api/handoffs/x/claim', {}],
      ['POST', '/advisor/api/handoffs/x/messages', {}],
      ['POST', '/v3/directline/conversations/%2e%2e/activities', { authorization: 'Bearer x.y' }],
      ['GET', '/does-not-exist', {}],
    ];
    const bodies = fc.sample(
      fc.oneof(
        fc.constantFrom('{', '[1,2', 'null', '"text"', '{"type":', '\u0000', '<xml/>', 'a=1&b=2', ''),
        fc.jsonValue().map((v) => JSON.stringify(v)),
        fc.string({ maxLength: 200 }),
      ),
      { numRuns: 60, seed: 7 },
    );
    const contentTypes = ['application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/xml'];
    let requests = 0;
    for (const [method, path, headers] of endpoints) {
      for (const [i, body] of bodies.entries()) {
        const res = await fetch(`${server.app.url}${path}`, {
          method,
          headers: { ...headers, 'content-type': contentTypes[i % contentTypes.length] },
          body: method === 'GET' ? undefined : body,
        });
        requests++;
        expect(res.status, `${method} ${path} ${JSON.stringify(body).slice(0, 60)}`).to.be.below(500);
        if (res.status >= 400) {
          const text = await res.text();
          expect(() => JSON.parse(text), `${method} ${path}: ${text.slice(0, 80)}`).to.not.throw();
        } else await res.arrayBuffer();
      }
    }
    expect(requests).to.be.greaterThan(700);
    expect((await fetch(`${server.app.url}/healthz`)).status).to.equal(200);
  });

  it('no BSN is stored anywhere after all of this', async () => {
    // What people wrote: the transcript and the chat history's texts (ids are UUIDs: not scanned).
    const written = [
      ...(await server.app.db.transcriptEntry.findMany({ select: { text: true } })).map((r) => r.text ?? ''),
      ...(await server.app.db.directLineActivity.findMany({ select: { activity: true } })).map((r) => String((JSON.parse(r.activity) as { text?: unknown }).text ?? '')),
    ];
    const bsns = written.flatMap((t) => findPii(t, ['bsn']).map((m) => t.slice(Math.max(0, m.start - 30), m.end + 10)));
    expect(bsns, JSON.stringify(bsns.slice(0, 6))).to.deep.equal([]);
    // And the BSN the fuzz sent appears in no stored document at all (state included).
    const documents = [
      ...written,
      ...(await server.app.db.botState.findMany({ select: { data: true } })).map((r) => r.data),
      ...(await server.app.db.directLineActivity.findMany({ select: { activity: true } })).map((r) => r.activity),
    ];
    expect(documents.filter((d) => d.includes('123456782'))).to.deep.equal([]);
  });
});
