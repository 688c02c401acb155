// The website's Direct Line, inbound: what a visitor posts is reduced to an allow-list, the server
// decides where replies go and who is speaking, and malformed watermarks and ids are a coded 400.
// Against the real server, on SQLite and PostgreSQL.
import { expect } from 'chai';
import { ActivityHandler, type Activity as BotActivity } from 'botbuilder';
import { startApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { useTestApp } from '../helpers/app';
import { bothProviders, sqliteDatabase, type TestDatabase } from '../helpers/databases';
import { DirectLineClient } from '../helpers/directLine';
import { claimsOf, upgradeStatus } from '../helpers/directLineSecurity';

const LIMITS = { DIRECTLINE_REQUESTS_PER_MINUTE: '100000', DIRECTLINE_MESSAGES_PER_MINUTE: '100000', DIRECTLINE_TOKENS_PER_MINUTE: '10000' };
const EVIL_URL = 'http://127.0.0.1:9/evil';

/** An activity that tries to set everything the server must set itself. */
const hostile = (conversationId: string) => ({
  type: 'message',
  text: 'hallo',
  serviceUrl: EVIL_URL,
  channelId: 'msteams',
  conversation: { id: 'someone-else', tenantId: 'x' },
  recipient: { id: 'other-bot', role: 'bot' },
  from: { id: 'chosen-by-client', name: 'Eve', role: 'bot', aadObjectId: 'x' },
  id: `${conversationId}|forged`,
  replyToId: 'x',
  entities: [{ type: 'mention', text: 'x' }],
  name: 'handoff.status',
  channelData: { clientActivityID: 'client-1', postBack: true, werkloketSender: 'advisor', tenant: { id: 'x' } },
  attachments: [{ contentType: 'text/plain', name: 'cv.txt', contentUrl: 'http://evil.example/cv.txt', content: 'x'.repeat(100) }],
});

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

for (const { name, make } of bothProviders) {
  describe(`Direct Line inbound: allow-list and server-set fields (${name})`, function () {
    this.timeout(60_000);
    const server = useTestApp(make, LIMITS);

    it('a posted serviceUrl, channelId, conversation, recipient or from never reaches the stored conversation reference', async () => {
      const client = await new DirectLineClient(server.app.url).generate();
      await client.start();
      const res = await client.request('POST', `/v3/directline/conversations/${client.conversationId}/activities`, hostile(client.conversationId));
      expect(res.status).to.equal(200);
      await client.poll();
      const stored = await server.app.db.conversation.findUniqueOrThrow({ where: { id: client.conversationId } });
      const reference = stored.reference as { serviceUrl: string; channelId: string; conversation: { id: string }; user: { id: string }; bot: { id: string } };
      expect(reference.serviceUrl).to.equal('urn:werkloket:directline');
      expect(reference.channelId).to.equal('directline');
      expect(reference.conversation).to.deep.equal({ id: client.conversationId });
      expect(reference.user.id).to.equal(client.userId).and.not.equal('chosen-by-client');
      expect(reference.bot.id).to.equal('werkloket');
      expect(JSON.stringify(reference)).to.not.include('evil').and.not.include('someone-else').and.not.include('chosen-by-client');
      expect(await server.app.db.conversation.count({ where: { id: 'someone-else' } })).to.equal(0);
    });

    it('the stored echo holds only allow-listed fields: text, clientActivityID, attachment names', async () => {
      const client = await new DirectLineClient(server.app.url).generate();
      await client.start();
      const res = await client.request('POST', `/v3/directline/conversations/${client.conversationId}/activities`, hostile(client.conversationId));
      const { id } = (await res.json()) as { id: string };
      expect(id).to.not.equal(`${client.conversationId}|forged`);
      const echo = (await client.poll()).find((a) => a.id === id)!;
      expect(echo.from).to.deep.equal({ id: client.userId, role: 'user' });
      expect(echo.channelData).to.deep.equal({ clientActivityID: 'client-1' });
      expect(echo.attachments).to.deep.equal([{ contentType: 'text/plain', name: 'cv.txt' }]);
      for (const field of ['entities', 'name', 'replyToId']) expect(echo, field).to.not.have.property(field);
      const transcript = await server.app.db.transcriptEntry.findMany({ where: { conversationId: client.conversationId, direction: 'in' } });
      expect(JSON.stringify(transcript)).to.not.include('evil.example');
    });

    it('refuses activity types other than message with a coded 400, and stores nothing of them', async () => {
      const client = await new DirectLineClient(server.app.url).generate();
      await client.start();
      await client.poll();
      for (const body of [
        { type: 'event', name: 'handoff.status', value: { state: 'completed' } },
        { type: 'event', name: 'continueConversation' },
        { type: 'conversationUpdate', membersAdded: [{ id: 'x' }] },
        { type: 'typing' },
        { type: 'invoke', name: 'x' },
        { type: 'endOfConversation' },
      ]) {
        const res = await client.request('POST', `/v3/directline/conversations/${client.conversationId}/activities`, body);
        expect(res.status, body.type).to.equal(400);
        const error = (await res.json()) as { error: { code: string; message: string } };
        expect(error.error.code).to.equal('BAD_REQUEST');
        expect(error.error.message).to.include('message');
      }
      expect(await client.poll()).to.deep.equal([]);
    });

    it('value and channelData: 5 levels and 16 kB pass; deeper or larger is a coded 400', async () => {
      const client = await new DirectLineClient(server.app.url).generate();
      await client.start();
      const post = (extra: Record<string, unknown>) =>
        client.request('POST', `/v3/directline/conversations/${client.conversationId}/activities`, { type: 'message', text: 'hallo', ...extra });
      expect((await post({ value: nested(5) })).status).to.equal(200);
      expect((await post({ value: { s: 'x'.repeat(15_000) } })).status).to.equal(200);
      for (const [label, extra] of Object.entries({
        'value 6 deep': { value: nested(6) },
        'value 17 kB': { value: { s: 'x'.repeat(17_000) } },
        'channelData 6 deep': { channelData: { clientActivityID: 'c', x: nested(5) } },
        'channelData 17 kB': { channelData: { clientActivityID: 'c', x: 'x'.repeat(17_000) } },
        'value as deep array': { value: JSON.parse('['.repeat(500) + ']'.repeat(500)) },
        '6 attachments': { attachments: Array.from({ length: 6 }, () => ({ contentType: 'text/plain' })) },
        'attachment without type': { attachments: [{ contentUrl: 'http://x' }] },
        'clientActivityID too long': { channelData: { clientActivityID: 'c'.repeat(101) } },
      })) {
        const res = await post(extra);
        expect(res.status, label).to.equal(400);
        const error = (await res.json()) as { error: { code: string; message: string } };
        expect(error.error.code, label).to.equal('BAD_REQUEST');
      }
    });

    it('malformed or out-of-range watermarks are a coded 400, never a 500 (query, reconnect and stream)', async () => {
      const client = await new DirectLineClient(server.app.url).generate();
      const { streamUrl } = await client.start();
      for (const watermark of ['abc', '-1', '1e309', '99999999999999999999', '2147483648', '1.5', '0x10', ' 1', '1&watermark=2']) {
        const q = watermark.includes('&') ? watermark : encodeURIComponent(watermark);
        for (const path of [`/v3/directline/conversations/${client.conversationId}/activities?watermark=${q}`, `/v3/directline/conversations/${client.conversationId}?watermark=${q}`]) {
          const res = await client.request('GET', path);
          expect(res.status, `${path}`).to.equal(400);
          expect(((await res.json()) as { error: { code: string } }).error.code).to.equal('WATERMARK_INVALID');
        }
        const url = new URL(streamUrl);
        url.searchParams.set('watermark', watermark);
        expect(await upgradeStatus(url.toString()), `stream ${watermark}`).to.equal(400);
      }
      for (const watermark of ['0', '2147483647', '']) {
        expect((await client.request('GET', `/v3/directline/conversations/${client.conversationId}/activities?watermark=${watermark}`)).status).to.equal(200);
      }
      expect((await fetch(`${server.app.url}/healthz`)).status).to.equal(200);
    });

    it('malformed conversation ids are a coded 400, also on the stream path (no crash on %E0)', async () => {
      const client = await new DirectLineClient(server.app.url).generate();
      const { streamUrl } = await client.start();
      for (const id of ['a.b', 'x'.repeat(65), 'a%20b', "a'b", '%E0']) {
        const res = await client.request('GET', `/v3/directline/conversations/${id}/activities`);
        // restify's router cannot decode %E0 and answers a coded 404 before any handler runs.
        expect(res.status, id).to.equal(id === '%E0' ? 404 : 400);
        expect(((await res.json()) as { error: { code: string } }).error.code).to.equal(id === '%E0' ? 'NOT_FOUND' : 'CONVERSATION_ID_INVALID');
        const stream = streamUrl.replace(`/conversations/${client.conversationId}/`, `/conversations/${id}/`);
        expect(await upgradeStatus(stream), `stream ${id}`).to.equal(400);
      }
      expect((await fetch(`${server.app.url}/healthz`)).status).to.equal(200);
    });

    it('the user id is the server\'s: a user.id in tokens/generate and a from.id in activities are ignored', async () => {
      const res = await fetch(`${server.app.url}/v3/directline/tokens/generate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user: { id: 'victim-user-id', name: 'Victim' } }),
      });
      expect(res.status).to.equal(200);
      const body = (await res.json()) as { conversationId: string; token: string; userId: string };
      expect(body.userId).to.match(/^s-[A-Za-z0-9_-]{22}$/);
      expect(claimsOf(body.token).u).to.equal(body.userId);
      const client = Object.assign(new DirectLineClient(server.app.url, body.userId), { token: body.token, conversationId: body.conversationId });
      await client.start();
      await client.request('POST', `/v3/directline/conversations/${client.conversationId}/activities`, { type: 'message', text: 'hallo', from: { id: 'victim-user-id' } });
      const all = await client.poll();
      expect(JSON.stringify(all)).to.not.include('victim-user-id');
      const row = await server.app.db.directLineConversation.findUniqueOrThrow({ where: { id: body.conversationId } });
      expect(row.userId).to.equal(body.userId);
    });
  });
}

describe('Direct Line inbound: what the bot\'s turn sees (SQLite)', function () {
  this.timeout(60_000);
  let database: TestDatabase;
  let app: App;
  const seen: Partial<BotActivity>[] = [];

  before(async () => {
    database = sqliteDatabase();
    const bot = new ActivityHandler();
    bot.onMessage(async (context, next) => {
      seen.push(JSON.parse(JSON.stringify(context.activity)) as Partial<BotActivity>);
      await context.sendActivity('ok');
      await next();
    });
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: database.url, ...LIMITS });
    app = await startApp(config, createLogger('silent'), { bot });
  });
  after(async () => {
    await app?.close();
    await database?.drop();
  });

  it('only server values for serviceUrl, channelId, conversation, recipient and from', async () => {
    const client = await new DirectLineClient(app.url).generate();
    await client.start();
    const res = await client.request('POST', `/v3/directline/conversations/${client.conversationId}/activities`, hostile(client.conversationId));
    expect(res.status).to.equal(200);
    expect(seen).to.have.length(1);
    const turn = seen[0];
    expect(turn.serviceUrl).to.equal('urn:werkloket:directline');
    expect(turn.channelId).to.equal('directline');
    expect(turn.conversation).to.deep.equal({ id: client.conversationId });
    expect(turn.recipient).to.deep.equal({ id: 'werkloket', name: 'Werkloket', role: 'bot' });
    expect(turn.from).to.deep.equal({ id: client.userId, role: 'user' });
    expect(turn.channelData).to.deep.equal({ clientActivityID: 'client-1' });
    expect(turn).to.not.have.property('entities');
    expect(turn).to.not.have.property('name');
    expect(turn.text).to.equal('hallo');
  });
});
