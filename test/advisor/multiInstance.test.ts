import { expect } from 'chai';
import { WebSocket } from 'ws';
import { useTwoTestApps } from '../helpers/app';
import { postgresDatabase } from '../helpers/databases';
import { DirectLineClient, type Activity } from '../helpers/directLine';
import { ALWAYS_OPEN, AdvisorClient, createAdvisor, waitUntil } from './helpers';

describe('two server instances on one PostgreSQL database', function () {
  this.timeout(60_000);
  const two = useTwoTestApps(postgresDatabase, ALWAYS_OPEN);

  it('advisor on A, seeker on B over WebSocket: queue, claim, messages both ways, hand back', async () => {
    const anna = await createAdvisor(two.a.db, 'Anna');
    const advisor = new AdvisorClient(two.a.url);
    expect((await advisor.login(anna.email)).status).to.equal(200);
    const events = await advisor.events();
    await events.ready;

    // The seeker's page talks to B only; its stream is a WebSocket on B.
    const seeker = await new DirectLineClient(two.b.url).generate();
    const { streamUrl } = await seeker.start();
    expect(streamUrl).to.include(`:${two.b.port}/`);
    const pushed: Activity[] = [];
    const ws = new WebSocket(streamUrl);
    ws.on('message', (data) => pushed.push(...(JSON.parse(String(data)) as { activities: Activity[] }).activities));
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const seen = (text: string) => pushed.filter((p) => p.text === text).length;

    try {
      await seeker.say('ik wil een mens spreken');
      const created = await events.waitFor((e) => e.type === 'created', 'created event from instance B on A');
      const queue = await advisor.json<{ id: string }[]>('GET', '/advisor/api/handoffs?status=waiting');
      expect(queue.map((h) => h.id)).to.include(created.handoffId);

      await advisor.json('POST', `/advisor/api/handoffs/${created.handoffId}/claim`);
      await waitUntil(() => seen('Je praat nu met Anna, adviseur van het Werkcentrum.') === 1, 10_000, 'claim notice on B');

      // The advisor types on A: the typing indicator (never stored) reaches the stream on B.
      await advisor.json('POST', `/advisor/api/handoffs/${created.handoffId}/typing`);
      await waitUntil(() => pushed.some((p) => p.type === 'typing' && (p.from as { name?: string }).name === 'Anna, adviseur'), 10_000, 'advisor typing on B');

      await advisor.json('POST', `/advisor/api/handoffs/${created.handoffId}/messages`, { text: 'Hallo vanaf instantie A' });
      await waitUntil(() => seen('Hallo vanaf instantie A') === 1, 10_000, 'advisor message on B');

      // Too large for a NOTIFY payload: B loads it from the database by watermark.
      const long = 'é'.repeat(3900);
      await advisor.json('POST', `/advisor/api/handoffs/${created.handoffId}/messages`, { text: long });
      await waitUntil(() => seen(long) === 1, 10_000, 'large advisor message on B');

      await seeker.say('Dank je, ik heb een vraag over scholing');
      await events.waitFor((e) => e.type === 'message' && e.handoffId === created.handoffId, 'seeker message event on A');
      const detail = await advisor.json<{ transcript: { text: string; sender: string }[] }>('GET', `/advisor/api/handoffs/${created.handoffId}`);
      expect(detail.transcript.filter((l) => l.text === 'Dank je, ik heb een vraag over scholing').map((l) => l.sender)).to.deep.equal(['seeker']);
      expect(detail.transcript.filter((l) => l.text === 'Hallo vanaf instantie A').map((l) => l.sender)).to.deep.equal(['advisor']);

      await advisor.json('POST', `/advisor/api/handoffs/${created.handoffId}/release`);
      await waitUntil(() => seen('Je praat weer met Werkloket, de digitale hulp. We gaan verder waar we waren.') === 1, 10_000, 'release notice on B');
      await events.waitFor((e) => e.type === 'released', 'released event');
      await seeker.say('hallo');
      await waitUntil(() => pushed.some((p) => /Ik ben Werkloket/.test(p.text ?? '') && p.timestamp! > pushed.find((q) => q.text === 'hallo')!.timestamp!), 10_000, 'the bot answering on B');

      const ids = pushed.map((p) => p.id);
      expect(new Set(ids).size).to.equal(ids.length); // nothing pushed twice
    } finally {
      ws.close();
      events.close();
    }
  });
});
