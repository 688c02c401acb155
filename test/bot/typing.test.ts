import { expect } from 'chai';
import { ActivityHandler } from 'botbuilder';
import { WebSocket } from 'ws';
import { loadConfig } from '../../src/config';
import { startApp, type App } from '../../src/app';
import { createLogger } from '../../src/logger';
import { TYPING_DELAY_MS } from '../../src/bot/typing';
import { sqliteDatabase, type TestDatabase } from '../helpers/databases';
import { DirectLineClient, type Activity } from '../helpers/directLine';
import { FakeConnector } from '../channels/helpers/fakeConnector';
import { MockGraph } from '../channels/helpers/mockGraph';
import { payloads, postWebhook, webhookBody, whatsAppEnv } from '../channels/helpers/whatsapp';

// A bot whose turn length the test decides, on the real stack (adapter, middleware, store, stream).
class TimedBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const slow = context.activity.text === 'traag';
      if (slow) await new Promise((resolve) => setTimeout(resolve, TYPING_DELAY_MS * 3));
      await context.sendActivity(slow ? 'traag antwoord' : 'snel antwoord');
      await next();
    });
  }
}

describe('typing indicator on the website (Direct Line stream, SQLite)', () => {
  let app: App;
  let database: TestDatabase;
  before(async () => {
    database = sqliteDatabase();
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: database.url });
    app = await startApp(config, createLogger('silent'), { bot: new TimedBot() });
  });
  after(async () => {
    await app?.close();
    await database?.drop();
  });

  async function streamed(text: string): Promise<{ client: DirectLineClient; received: Activity[] }> {
    const client = await new DirectLineClient(app.url).generate();
    const { streamUrl } = await client.start();
    const received: Activity[] = [];
    const ws = new WebSocket(streamUrl);
    ws.on('message', (data) => {
      if (String(data).trim()) received.push(...(JSON.parse(String(data)) as { activities: Activity[] }).activities);
    });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    await client.say(text);
    await waitUntil(() => received.some((a) => a.type === 'message' && /antwoord/.test(a.text ?? '')));
    ws.close();
    return { client, received };
  }

  it('shows typing before a slow reply, as the bot, and does not store it', async () => {
    const { client, received } = await streamed('traag');
    const typing = received.findIndex((a) => a.type === 'typing');
    const reply = received.findIndex((a) => a.text === 'traag antwoord');
    expect(typing, 'a typing activity arrives').to.be.at.least(0);
    expect(typing).to.be.below(reply);
    expect(received[typing].from).to.include({ role: 'bot' });
    // What the seeker receives exactly once (the stored history) holds the reply, no typing.
    client.watermark = '0';
    const history = await client.poll();
    expect(history.map((a) => a.type)).to.not.include('typing');
    expect(history.filter((a) => a.text === 'traag antwoord')).to.have.length(1);
    // Nor is it in the transcript: the seeker's message and the reply, nothing else.
    const rows = await app.db.transcriptEntry.findMany({ where: { conversationId: client.conversationId }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.direction, r.type, r.text])).to.deep.equal([
      ['in', 'message', 'traag'],
      ['out', 'message', 'traag antwoord'],
    ]);
  });

  it('shows no typing for a quick reply', async () => {
    const { received } = await streamed('snel');
    expect(received.some((a) => a.text === 'snel antwoord')).to.equal(true);
    expect(received.filter((a) => a.type === 'typing')).to.deep.equal([]);
  });
});

async function waitUntil(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// Teams (and every /api/messages channel) goes through the CloudAdapter, which has the same
// middleware: a slow turn posts a typing activity to the conversation before the reply.
describe('typing indicator on Teams (CloudAdapter, fake connector)', () => {
  let app: App;
  let database: TestDatabase;
  let connector: FakeConnector;
  before(async () => {
    database = sqliteDatabase();
    connector = await FakeConnector.start();
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: database.url, EMULATOR_MODE: 'true' });
    app = await startApp(config, createLogger('silent'), { bot: new TimedBot() });
  });
  after(async () => {
    await app?.close();
    await connector?.close();
    await database?.drop();
  });

  async function teamsTurn(text: string, conversationId: string): Promise<Partial<Activity>[]> {
    const res = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message', id: `in-${conversationId}`, text, channelId: 'msteams', serviceUrl: connector.url,
        conversation: { id: conversationId }, from: { id: 'teams-user', name: 'User' }, recipient: { id: 'bot', name: 'Bot' }, locale: 'nl-NL',
      }),
    });
    expect(res.status).to.be.within(200, 299);
    return connector.waitFor(() => (connector.to(conversationId).some((a) => /antwoord/.test(a.text ?? '')) ? connector.to(conversationId) : undefined), 'the reply');
  }

  it('posts typing before a slow reply', async () => {
    const posted = await teamsTurn('traag', 'teams-typing-slow');
    const types = posted.map((a) => (a.type === 'typing' ? 'typing' : a.text));
    expect(types[0]).to.equal('typing');
    expect(types.at(-1)).to.equal('traag antwoord');
  });

  it('posts no typing before a quick reply', async () => {
    const posted = await teamsTurn('snel', 'teams-typing-quick');
    expect(posted.map((a) => a.type)).to.deep.equal(['message']);
  });
});

// WhatsApp: Meta's own indicator, a mark-as-read with typing_indicator for the seeker's message.
describe('typing indicator on WhatsApp (Graph API mock)', () => {
  let app: App;
  let database: TestDatabase;
  let graph: MockGraph;
  before(async () => {
    database = sqliteDatabase();
    graph = await MockGraph.start();
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: database.url, ...whatsAppEnv(graph) });
    app = await startApp(config, createLogger('silent'), { bot: new TimedBot() });
  });
  after(async () => {
    await app?.close();
    await graph?.close();
    await database?.drop();
  });

  async function turn(text: string, phone: string): Promise<{ wamid: string; bodies: Record<string, unknown>[] }> {
    const before = graph.requests.length;
    const message = payloads.text(phone, text);
    const res = await postWebhook(app.url, webhookBody([message]));
    expect(res.status).to.equal(200);
    return { wamid: message.id, bodies: graph.requests.slice(before).map((r) => r.body as unknown as Record<string, unknown>) };
  }

  it('marks the message read with a typing indicator before a slow reply, once', async () => {
    const { wamid, bodies } = await turn('traag', '31611112222');
    expect(bodies.map((b) => (b.status === 'read' ? 'typing' : b.type))).to.deep.equal(['typing', 'text']);
    expect(bodies[0]).to.deep.equal({ messaging_product: 'whatsapp', status: 'read', message_id: wamid, typing_indicator: { type: 'text' } });
  });

  it('sends no indicator before a quick reply', async () => {
    const { bodies } = await turn('snel', '31633334444');
    expect(bodies.map((b) => b.type)).to.deep.equal(['text']);
  });
});
