// The advisor types in the console; the seeker on the website sees a typing indicator on their
// Direct Line stream (never stored). Only the advisor who holds the chat may send it.
import { expect } from 'chai';
import { useTestApp } from '../helpers/app';
import { sqliteDatabase } from '../helpers/databases';
import { openStream } from '../helpers/directLine';
import { ALWAYS_OPEN, AdvisorClient, createAdvisor, messagesTo, seekerAsksForHuman, waitUntil } from './helpers';

describe('advisor typing reaches the seeker (HTTP + Direct Line stream, SQLite)', function () {
  this.timeout(60_000);
  const server = useTestApp(sqliteDatabase, ALWAYS_OPEN);

  it('the holder sends typing: the stream shows it from "Eva, adviseur", not stored; others get 403', async () => {
    const app = server.app;
    const eva = await createAdvisor(app.db, 'Eva de Vries');
    const bram = await createAdvisor(app.db, 'Bram');
    const holder = new AdvisorClient(app.url);
    const other = new AdvisorClient(app.url);
    expect((await holder.login(eva.email)).status).to.equal(200);
    expect((await other.login(bram.email)).status).to.equal(200);
    const { seeker, handoffId } = await seekerAsksForHuman(app);
    const typingPath = `/advisor/api/handoffs/${handoffId}/typing`;

    // Nobody holds it yet: nobody may show typing.
    const early = await holder.request('POST', typingPath);
    expect([early.status, ((await early.json()) as { error: { code: string } }).error.code]).to.deep.equal([403, 'TYPING_FORBIDDEN']);

    await holder.json('POST', `/advisor/api/handoffs/${handoffId}/claim`);
    // The join notice: first name and role, like the advisor's messages (never "Eva de Vries").
    expect((await messagesTo(seeker)).map((a) => a.text)).to.deep.equal(['Je praat nu met Eva, adviseur van het Werkcentrum.']);

    // The seeker's stream (as Web Chat opens it).
    const { streamUrl } = await seeker.start();
    const { received, close } = await openStream(streamUrl);
    try {
      expect(await holder.json('POST', typingPath)).to.deep.equal({ ok: true, sent: true });
      await waitUntil(() => received.some((a) => a.type === 'typing'), 10_000, 'a typing activity on the stream');
      const typing = received.find((a) => a.type === 'typing')!;
      expect(typing.from).to.deep.include({ name: 'Eva, adviseur', role: 'bot' });
      expect(typing.conversation).to.deep.equal({ id: seeker.conversationId });

      // Another advisor, and a request from another site, are refused.
      const refused = await other.request('POST', typingPath);
      expect([refused.status, ((await refused.json()) as { error: { code: string } }).error.code]).to.deep.equal([403, 'TYPING_FORBIDDEN']);
      const crossSite = await holder.request('POST', typingPath, {}, { origin: 'https://evil.example' });
      expect(crossSite.status).to.equal(403);
      const anonymous = await new AdvisorClient(app.url).request('POST', typingPath);
      expect(anonymous.status).to.equal(401);
    } finally {
      close();
    }

    // Shown, never kept: not in the seeker's history, not in the transcript.
    seeker.watermark = '0';
    expect((await seeker.poll()).map((a) => a.type)).to.not.include('typing');
    const rows = await app.db.transcriptEntry.findMany({ where: { conversationId: seeker.conversationId } });
    expect(rows.map((r) => r.type)).to.not.include('typing');
  });
});
