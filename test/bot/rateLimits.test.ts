// Rate limits per conversation and per IP address: a clear 429 on the API and a kind line in the chat.
import { expect } from 'chai';
import { WebSocket } from 'ws';
import type { App } from '../../src/app';
import { startTestApp } from '../helpers/app';
import { sqliteDatabase, type TestDatabase } from '../helpers/databases';
import { DirectLineClient, type Activity } from '../helpers/directLine';

describe('rate limits on the website chat', () => {
  let database: TestDatabase;
  let app: App;
  afterEach(async () => {
    await app?.close();
    await database?.drop();
  });

  it('per conversation: the 4th message in a minute gets 429 RATE_LIMITED and a kind notice in the chat', async () => {
    database = sqliteDatabase();
    app = await startTestApp(database.url, { DIRECTLINE_MESSAGES_PER_MINUTE: '3' });
    const seeker = await new DirectLineClient(app.url).generate();
    const { streamUrl } = await seeker.start();
    const pushed: Activity[] = [];
    const ws = new WebSocket(streamUrl);
    ws.on('message', (data) => pushed.push(...(JSON.parse(String(data)) as { activities: Activity[] }).activities));
    await new Promise((resolve) => ws.once('open', resolve));
    try {
      for (const text of ['hallo', 'hoi', 'hey']) expect((await seeker.say(text)).status).to.equal(200);
      const limited = await seeker.say('nog een');
      expect(limited.status).to.equal(429);
      expect(((await limited.json()) as { error: { code: string } }).error.code).to.equal('RATE_LIMITED');
      const end = Date.now() + 5_000;
      while (!pushed.some((a) => /berichten snel achter elkaar/.test(a.text ?? '')) && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
      expect(pushed.map((a) => a.text).join('\n')).to.match(/Wacht even en probeer het dan opnieuw/);
      // Another conversation is not affected.
      const other = await new DirectLineClient(app.url).generate();
      await other.start();
      expect((await other.say('hallo')).status).to.equal(200);
    } finally {
      ws.close();
    }
  });

  it('per IP address: requests over the limit get 429 with a clear error', async () => {
    database = sqliteDatabase();
    app = await startTestApp(database.url, { DIRECTLINE_REQUESTS_PER_MINUTE: '5' });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await fetch(`${app.url}/v3/directline/tokens/generate`, { method: 'POST' });
      statuses.push(res.status);
      if (res.status === 429) expect(await res.json()).to.deep.equal({ error: { code: 'RATE_LIMITED', message: 'Too many requests. Please wait a moment and try again.' } });
    }
    expect(statuses).to.deep.equal([200, 200, 200, 200, 200, 429, 429]);
  });
});
