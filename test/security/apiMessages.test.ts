// Nobody outside decides where the bot sends messages: /api/messages is off without an app id
// (EMULATOR_MODE: this machine only), takes no website or WhatsApp activities, no serviceUrl off
// the allow-list and no other channel's conversation id, and is rate limited; advisor messages go
// by the conversation's own stored channel, never where a stored reference points.
import { expect } from 'chai';
import os from 'node:os';
import { ActivityHandler, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify from 'restify';
import { registerApiMessages } from '../../src/bot/apiMessages';
import { WerkloketCloudAdapter } from '../../src/bot/cloudAdapter';
import { serviceUrlPolicy } from '../../src/channels/serviceUrls';
import { parseTrustedProxies } from '../../src/clientAddress';
import { createRateLimits, type RateLimits } from '../../src/db/rateLimits';
import { createLogger } from '../../src/logger';
import type { App } from '../../src/app';
import { ConversationChannelMismatch } from '../../src/db/conversations';
import { PrismaHandoffRepository } from '../../src/db/handoffStore';
import { TranscriptStore } from '../../src/db/transcriptStore';
import { startTestApp, useTestApp } from '../helpers/app';
import { openDatabase } from '../helpers/conversation';
import { bothProviders, sqliteDatabase, type TestDatabase } from '../helpers/databases';
import { DirectLineClient } from '../helpers/directLine';
import { ALWAYS_OPEN, AdvisorClient, createAdvisor, messagesTo, seekerAsksForHuman, sessionFor, waitUntil } from '../advisor/helpers';
import { FakeConnector } from '../channels/helpers/fakeConnector';

type Json = Record<string, unknown>;

function activity(conversationId: string, serviceUrl: string, extra: Json = {}): Json {
  return {
    type: 'message',
    id: `m-${Math.random().toString(36).slice(2)}`,
    text: 'hallo',
    channelId: 'emulator',
    serviceUrl,
    conversation: { id: conversationId },
    from: { id: 'user-1' },
    recipient: { id: 'bot' },
    locale: 'nl-NL',
    ...extra,
  };
}

function post(baseUrl: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

async function errorOf(res: Response): Promise<{ code: string; message: string }> {
  return ((await res.json()) as { error: { code: string; message: string } }).error;
}

/** An advisor with a session, without the scrypt log-in. */
async function advisorFor(app: App): Promise<AdvisorClient> {
  const advisor = await createAdvisor(app.db, 'Anna');
  return AdvisorClient.withToken(app.url, await sessionFor(app.db, advisor.id));
}

function nonLoopbackAddress(): string | undefined {
  return Object.values(os.networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
}

describe('/api/messages: who may post', function () {
  this.timeout(30_000);
  let connector: FakeConnector;
  before(async () => (connector = await FakeConnector.start()));
  after(() => connector.close());

  describe('without MICROSOFT_APP_ID and without EMULATOR_MODE', () => {
    const server = useTestApp(sqliteDatabase);

    it('is off: 503 BOT_ENDPOINT_OFF telling the operator what to set; nothing runs, nothing is sent', async () => {
      const res = await post(server.app.url, activity('off-1', connector.url));
      expect(res.status).to.equal(503);
      const error = await errorOf(res);
      expect(error.code).to.equal('BOT_ENDPOINT_OFF');
      expect(error.message).to.include('MICROSOFT_APP_ID').and.to.include('EMULATOR_MODE=true');
      expect(await server.app.db.conversation.count()).to.equal(0);
      expect(connector.to('off-1')).to.deep.equal([]);
    });
  });

  describe('with MICROSOFT_APP_ID: Bot Framework JWT', () => {
    const server = useTestApp(sqliteDatabase, { MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001', MICROSOFT_APP_PASSWORD: 'secret', EMULATOR_MODE: 'true' });

    it('a request without a valid token gets 401 BOT_TOKEN_INVALID, also from this machine in EMULATOR_MODE', async () => {
      for (const headers of [{}, { authorization: 'Bearer not.a.token' }] as Record<string, string>[]) {
        const res = await post(server.app.url, activity('jwt-1', connector.url), headers);
        expect(res.status).to.equal(401);
        expect((await errorOf(res)).code).to.equal('BOT_TOKEN_INVALID');
      }
      // Also for the website's channel: nobody learns more before authenticating.
      expect((await post(server.app.url, activity('jwt-2', connector.url, { channelId: 'directline' }))).status).to.equal(401);
      expect(await server.app.db.conversation.count()).to.equal(0);
      expect(connector.posts).to.deep.equal([]);
    });
  });

  describe('EMULATOR_MODE without an app id: loopback callers only', () => {
    let database: TestDatabase;
    let app: App;
    const address = nonLoopbackAddress();

    before(async function () {
      if (!address) this.skip();
      database = sqliteDatabase();
      // Listening on every interface, and trusting this machine's address as a proxy: X-Forwarded-For
      // must still not make a remote caller look local.
      app = await startTestApp(database.url, { EMULATOR_MODE: 'true', HOST: '0.0.0.0', TRUST_PROXY: `${address}, 127.0.0.1` });
    });
    after(async () => {
      await app?.close();
      await database?.drop();
    });

    it('refuses a caller whose socket address is not loopback (403 EMULATOR_LOOPBACK_ONLY), whatever X-Forwarded-For says', async () => {
      const remote = `http://${address}:${app.port}`;
      for (const headers of [{}, { 'x-forwarded-for': '127.0.0.1' }] as Record<string, string>[]) {
        const res = await post(remote, activity('remote-1', connector.url), headers);
        expect(res.status).to.equal(403);
        expect((await errorOf(res)).code).to.equal('EMULATOR_LOOPBACK_ONLY');
      }
      expect(await app.db.conversation.count()).to.equal(0);
      expect(connector.to('remote-1')).to.deep.equal([]);

      const local = await post(`http://127.0.0.1:${app.port}`, activity('local-1', connector.url));
      expect(local.status).to.equal(200);
      expect(connector.to('local-1')).to.not.be.empty;
    });
  });
});

describe('/api/messages: what it accepts (EMULATOR_MODE)', function () {
  this.timeout(60_000);
  const server = useTestApp(sqliteDatabase, { ...ALWAYS_OPEN, EMULATOR_MODE: 'true' });
  let connector: FakeConnector;
  let outsider: FakeConnector;
  before(async () => {
    connector = await FakeConnector.start();
    outsider = await FakeConnector.start();
  });
  after(async () => {
    await connector.close();
    await outsider.close();
  });
  /** The outsider's port under an address the allow-list does not know (it reaches this machine). */
  const offList = () => outsider.url.replace('127.0.0.1', '0.0.0.0');

  it('never takes website or WhatsApp activities (403 CHANNEL_NOT_ALLOWED), not even for an existing website chat', async () => {
    const seeker = await new DirectLineClient(server.app.url).generate();
    await seeker.start();
    await seeker.say('hallo');
    const before = await server.app.db.conversation.findUniqueOrThrow({ where: { id: seeker.conversationId } });
    const entries = await server.app.db.transcriptEntry.count({ where: { conversationId: seeker.conversationId } });
    for (const channelId of ['directline', 'whatsapp', 'DirectLine', ' WhatsApp ']) {
      for (const conversationId of [seeker.conversationId, `new-${channelId}`]) {
        const res = await post(server.app.url, activity(conversationId, connector.url, { channelId }));
        expect(res.status, channelId).to.equal(403);
        expect((await errorOf(res)).code).to.equal('CHANNEL_NOT_ALLOWED');
      }
    }
    expect(await server.app.db.conversation.findUniqueOrThrow({ where: { id: seeker.conversationId } })).to.deep.equal(before);
    expect(await server.app.db.transcriptEntry.count({ where: { conversationId: seeker.conversationId } })).to.equal(entries);
    expect(await server.app.db.conversation.count({ where: { id: { startsWith: 'new-' } } })).to.equal(0);
    expect(connector.posts).to.deep.equal([]);
  });

  it('refuses a serviceUrl off the allow-list before the turn (403 SERVICE_URL_NOT_ALLOWED); nothing is POSTed there', async () => {
    for (const serviceUrl of ['https://evil.example/', offList(), 'https://smba.trafficmanager.net.evil.example/', 'urn:werkloket:directline']) {
      const res = await post(server.app.url, activity('elsewhere-1', serviceUrl));
      expect(res.status, serviceUrl).to.equal(403);
      expect((await errorOf(res)).code).to.equal('SERVICE_URL_NOT_ALLOWED');
    }
    expect(await server.app.db.conversation.count({ where: { id: 'elsewhere-1' } })).to.equal(0);
    expect(outsider.posts).to.deep.equal([]);
  });

  it('refuses a malformed activity with 400 BAD_REQUEST', async () => {
    for (const body of [{ text: 'no type' }, { type: 'message', channelId: 'emulator', conversation: { id: 'x' } }, { ...activity('x', connector.url), conversation: 'x' }, [1, 2]]) {
      const res = await post(server.app.url, body);
      expect(res.status, JSON.stringify(body)).to.equal(400);
      expect((await errorOf(res)).code).to.equal('BAD_REQUEST');
    }
  });

  it("another channel's conversation id is refused (409 CONVERSATION_CHANNEL_MISMATCH); the website chat's reference stays as it was", async () => {
    const seeker = await new DirectLineClient(server.app.url).generate();
    await seeker.start();
    await seeker.say('hallo');
    const before = await server.app.db.conversation.findUniqueOrThrow({ where: { id: seeker.conversationId } });
    expect(before.channel).to.equal('directline');
    const entries = await server.app.db.transcriptEntry.count({ where: { conversationId: seeker.conversationId } });

    const res = await post(server.app.url, activity(seeker.conversationId, connector.url, { text: 'ik wil een mens spreken' }));
    expect(res.status).to.equal(409);
    expect((await errorOf(res)).code).to.equal('CONVERSATION_CHANNEL_MISMATCH');
    expect(await server.app.db.conversation.findUniqueOrThrow({ where: { id: seeker.conversationId } })).to.deep.equal(before);
    expect(await server.app.db.transcriptEntry.count({ where: { conversationId: seeker.conversationId } })).to.equal(entries);
    expect(await server.app.db.handoff.count({ where: { conversationId: seeker.conversationId } })).to.equal(0);
    expect(connector.to(seeker.conversationId)).to.deep.equal([]);
  });

  it("an advisor's message to a website chat goes through Direct Line, even when its stored reference was changed to point elsewhere", async () => {
    const { seeker, handoffId } = await seekerAsksForHuman(server.app);
    const row = await server.app.db.conversation.findUniqueOrThrow({ where: { id: seeker.conversationId } });
    // A tampered reference: another channel and a service URL the CloudAdapter would even accept.
    const tampered = { ...(row.reference as Json), channelId: 'msteams', serviceUrl: connector.url, conversation: { id: 'a:elsewhere' } };
    await server.app.db.conversation.update({ where: { id: seeker.conversationId }, data: { reference: tampered } });

    const advisor = await advisorFor(server.app);
    expect((await advisor.request('POST', `/advisor/api/handoffs/${handoffId}/claim`)).status).to.equal(200);
    const sent = await advisor.request('POST', `/advisor/api/handoffs/${handoffId}/messages`, { text: 'Hoi, ik ben Anna.' });
    expect(sent.status).to.equal(200);
    let texts: string[] = [];
    await waitUntil(async () => (texts = texts.concat((await messagesTo(seeker)).map((a) => a.text ?? ''))).includes('Hoi, ik ben Anna.'), 10_000, "the advisor's message");
    expect(connector.posts).to.deep.equal([]);
  });

  it("an advisor's message to a Teams chat whose stored serviceUrl is off the allow-list is refused (502) and never POSTed", async () => {
    const say = async (text: string) => expect((await post(server.app.url, activity('a:teams-seeker', connector.url, { channelId: 'msteams', text }))).status).to.equal(200);
    await say('hallo');
    await say('ik wil een mens spreken');
    const handoff = await server.app.db.handoff.findFirstOrThrow({ where: { conversationId: 'a:teams-seeker' } });
    const row = await server.app.db.conversation.findUniqueOrThrow({ where: { id: 'a:teams-seeker' } });
    expect((row.reference as Json).serviceUrl).to.equal(connector.url);
    await server.app.db.conversation.update({ where: { id: 'a:teams-seeker' }, data: { reference: { ...(row.reference as Json), serviceUrl: offList() } } });

    const advisor = await advisorFor(server.app);
    expect((await advisor.request('POST', `/advisor/api/handoffs/${handoff.id}/claim`)).status).to.equal(200);
    const sent = await advisor.request('POST', `/advisor/api/handoffs/${handoff.id}/messages`, { text: 'Hoi, ik ben Anna.' });
    expect(sent.status).to.equal(502);
    expect((await errorOf(sent)).code).to.equal('SEEKER_UNREACHABLE');
    expect(outsider.posts).to.deep.equal([]);
  });
});

describe('/api/messages with authentication on: the same refusals after a token is accepted', function () {
  this.timeout(30_000);
  // A real Bot Framework token cannot be minted offline: this adapter's validator accepts every
  // request (auth disabled inside botbuilder) while the route treats it as authenticated.
  let database: TestDatabase;
  let db: Awaited<ReturnType<typeof openDatabase>>;
  let server: restify.Server;
  let url: string;
  let rateLimits: RateLimits;
  const turns: string[] = [];

  before(async () => {
    database = sqliteDatabase();
    db = await openDatabase(database.url);
    const adapter = new WerkloketCloudAdapter(new ConfigurationBotFrameworkAuthentication({}), true, serviceUrlPolicy({ allowLoopback: false }), createLogger('silent'));
    const bot = new ActivityHandler().onMessage(async (context, next) => {
      turns.push(context.activity.conversation.id);
      await next();
    });
    server = restify.createServer({ log: createLogger('silent') as unknown as restify.ServerOptions['log'] });
    server.use(restify.plugins.bodyParser({ mapParams: false }));
    rateLimits = createRateLimits(database.url);
    registerApiMessages(server, { adapter, bot, db, rateLimits, trustedProxies: parseTrustedProxies(''), emulatorMode: false, limits: { messagesPerMinute: 100, requestsPerMinute: 100 } });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  after(async () => {
    server.close();
    await rateLimits.close();
    await db.$disconnect();
    await database.drop();
  });

  it('refuses website and WhatsApp activities and off-list serviceUrls; no turn runs', async () => {
    for (const channelId of ['directline', 'whatsapp']) {
      const res = await post(url, activity(`auth-${channelId}`, 'https://smba.trafficmanager.net/emea/', { channelId }));
      expect(res.status).to.equal(403);
      expect((await errorOf(res)).code).to.equal('CHANNEL_NOT_ALLOWED');
    }
    for (const serviceUrl of ['http://127.0.0.1:9/', 'https://evil.example/']) {
      const res = await post(url, activity('auth-elsewhere', serviceUrl, { channelId: 'msteams' }));
      expect(res.status).to.equal(403);
      expect((await errorOf(res)).code).to.equal('SERVICE_URL_NOT_ALLOWED');
    }
    expect(turns).to.deep.equal([]);
  });
});

for (const { name, make } of bothProviders) {
  describe(`/api/messages rate limits (${name})`, function () {
    this.timeout(60_000);
    let connector: FakeConnector;
    before(async () => (connector = await FakeConnector.start()));
    after(() => connector.close());

    it('per conversation, across instances on one database: the 3rd activity in a minute gets 429 RATE_LIMITED', async () => {
      const database = await make();
      const env = { EMULATOR_MODE: 'true', BOT_MESSAGES_PER_MINUTE: '2' };
      const first = await startTestApp(database.url, env);
      // PostgreSQL: a second instance shares the counters. SQLite is one instance by design.
      const second = name === 'postgresql' ? await startTestApp(database.url, env) : first;
      try {
        expect((await post(first.url, activity('limited-1', connector.url))).status).to.equal(200);
        expect((await post(second.url, activity('limited-1', connector.url))).status).to.equal(200);
        const limited = await post(second.url, activity('limited-1', connector.url));
        expect(limited.status).to.equal(429);
        expect(Number(limited.headers.get('retry-after'))).to.be.within(1, 60);
        expect((await errorOf(limited)).code).to.equal('RATE_LIMITED');
        expect(await first.db.transcriptEntry.count({ where: { conversationId: 'limited-1', direction: 'in' } })).to.equal(2);
        expect((await post(first.url, activity('limited-2', connector.url))).status).to.equal(200);
      } finally {
        if (second !== first) await second.close();
        await first.close();
        await database.drop();
      }
    });

    it('per client address: requests over the limit get 429 RATE_LIMITED, before anything else is read', async () => {
      const database = await make();
      const app = await startTestApp(database.url, { EMULATOR_MODE: 'true', BOT_REQUESTS_PER_MINUTE: '3' });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 5; i++) {
          const res = await post(app.url, { text: `not an activity ${i}` });
          statuses.push(res.status);
          if (res.status === 429) expect((await errorOf(res)).code).to.equal('RATE_LIMITED');
          else await res.arrayBuffer();
        }
        expect(statuses).to.deep.equal([400, 400, 400, 429, 429]);
      } finally {
        await app.close();
        await database.drop();
      }
    });
  });

  describe(`a conversation belongs to its channel (${name}, stores)`, () => {
    let database: TestDatabase;
    let db: Awaited<ReturnType<typeof openDatabase>>;
    before(async () => {
      database = await make();
      db = await openDatabase(database.url);
    });
    after(async () => {
      await db.$disconnect();
      await database.drop();
    });

    const record = (channel: string, reference: Json) => ({ conversationId: 'shared-id', channel, activityId: `a-${Math.random()}`, direction: 'in' as const, sender: 'seeker' as const, type: 'message', text: 'hallo', reference });

    it('the transcript refuses a write from another channel and keeps the reference; so does a new handoff', async () => {
      const website = { channelId: 'directline', serviceUrl: 'urn:werkloket:directline', conversation: { id: 'shared-id' } };
      const intruder = { channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', conversation: { id: 'shared-id' } };
      const warm = new TranscriptStore(db);
      await warm.append(record('directline', website));
      // A warm store (the id cached) and a cold one (another instance) refuse alike.
      for (const store of [warm, new TranscriptStore(db)]) {
        let refused: unknown;
        await store.append(record('msteams', intruder)).catch((error: unknown) => (refused = error));
        expect(refused).to.be.instanceOf(ConversationChannelMismatch);
      }
      const row = await db.conversation.findUniqueOrThrow({ where: { id: 'shared-id' } });
      expect([row.channel, row.reference]).to.deep.equal(['directline', website]);
      expect(await db.transcriptEntry.count({ where: { conversationId: 'shared-id' } })).to.equal(1);

      const handoffs = new PrismaHandoffRepository(db);
      let refused: unknown;
      await handoffs.create({ conversationId: 'shared-id', seekerId: null, channel: 'msteams', reason: 'human', priority: 1, summary: '' }).catch((error: unknown) => (refused = error));
      expect(refused).to.be.instanceOf(ConversationChannelMismatch);
      expect(await db.handoff.count()).to.equal(0);
    });
  });
}
