import { expect } from 'chai';
import { ActivityHandler } from 'botbuilder';
import { WebSocket } from 'ws';
import { loadConfig } from '../../src/config';
import { startApp, type App } from '../../src/app';
import { createLogger } from '../../src/logger';
import { TYPING_DELAY_MS } from '../../src/bot/typing';
import { sqliteDatabase, type TestDatabase } from '../helpers/databases';
import { DirectLineClient, type Activity } from '../helpers/directLine';

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
