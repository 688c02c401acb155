import { expect } from 'chai';
import { useTestApp } from '../helpers/app';
import { bothProviders } from '../helpers/databases';
import { ALWAYS_OPEN, AdvisorClient, createAdvisor, messagesTo, seekerAsksForHuman, sessionFor } from './helpers';

for (const { name, make } of bothProviders) {
  describe(`who reads which chat, and the audit log (${name})`, function () {
    this.timeout(60_000);
    const server = useTestApp(make, ALWAYS_OPEN);
    const clientOf = async (advisor: { id: string }) => AdvisorClient.withToken(server.app.url, await sessionFor(server.app.db, advisor.id));

    it('an open chat is readable by every advisor; a closed one only by its holder, the holder’s team and admins (403 otherwise)', async () => {
      const db = server.app.db;
      const [holder, teammate, stranger, loner, admin] = await Promise.all([
        createAdvisor(db, 'Holder', undefined, { team: 'Noord' }),
        createAdvisor(db, 'Teammate', undefined, { team: 'Noord' }),
        createAdvisor(db, 'Stranger', undefined, { team: 'Zuid' }),
        createAdvisor(db, 'Loner'),
        createAdvisor(db, 'Admin', undefined, { role: 'admin' }),
      ]);
      const [h, t, s, l, a] = await Promise.all([holder, teammate, stranger, loner, admin].map(clientOf));
      const { seeker, handoffId } = await seekerAsksForHuman(server.app);
      const path = `/advisor/api/handoffs/${handoffId}`;
      for (const c of [h, t, s, l, a]) expect((await c.request('GET', path)).status).to.equal(200); // waiting
      await h.json('POST', `${path}/claim`);
      for (const c of [h, t, s, l, a]) expect((await c.request('GET', path)).status).to.equal(200); // active
      await h.json('POST', `${path}/close`, { outcome: 'Vraag beantwoord' });
      await messagesTo(seeker);
      const statuses = await Promise.all([h, t, s, l, a].map(async (c) => (await c.request('GET', path)).status));
      expect(statuses).to.deep.equal([200, 200, 403, 403, 200]);
      const refused = await s.request('GET', path);
      expect(((await refused.json()) as { error: { code: string } }).error.code).to.equal('CHAT_FORBIDDEN');
      // The list of closed chats shows only those the reader may open.
      const closedIds = async (c: AdvisorClient) => (await c.json<{ id: string }[]>('GET', '/advisor/api/handoffs?status=closed')).map((x) => x.id);
      expect(await closedIds(t)).to.include(handoffId);
      expect(await closedIds(s)).to.not.include(handoffId);
      expect(await closedIds(a)).to.include(handoffId);
    });

    it('every read of a chat is in the audit log (actor, action, chat; no chat text), refused reads too', async () => {
      const db = server.app.db;
      const reader = await createAdvisor(db, 'Reader');
      const other = await createAdvisor(db, 'Other');
      const c = await clientOf(reader);
      const { handoffId } = await seekerAsksForHuman(server.app, 'ik wil een mens spreken over mijn schulden');
      await c.json('GET', `/advisor/api/handoffs/${handoffId}`);
      await c.json('GET', `/advisor/api/handoffs/${handoffId}`);
      await c.json('POST', `/advisor/api/handoffs/${handoffId}/claim`);
      await c.json('POST', `/advisor/api/handoffs/${handoffId}/close`, { outcome: 'Doorverwezen: schuldhulpverlening' });
      expect((await (await clientOf(other)).request('GET', `/advisor/api/handoffs/${handoffId}`)).status).to.equal(403);
      const rows = await db.auditEntry.findMany({ where: { handoffId }, orderBy: { id: 'asc' } });
      expect(rows.map((r) => [r.actorId, r.actorName, r.action])).to.deep.equal([
        [reader.id, 'Reader', 'handoff.read'],
        [reader.id, 'Reader', 'handoff.read'],
        [other.id, 'Other', 'handoff.read-refused'],
      ]);
      expect(JSON.stringify(rows)).to.not.include('schulden');
    });

    it('notes and outcomes are masked like the transcript before they are stored', async () => {
      const db = server.app.db;
      const anna = await createAdvisor(db, 'Anna');
      const c = await clientOf(anna);
      const { seeker, handoffId } = await seekerAsksForHuman(server.app);
      await c.json('POST', `/advisor/api/handoffs/${handoffId}/claim`);
      await messagesTo(seeker);
      const note = await c.json<{ text: string }>('POST', `/advisor/api/handoffs/${handoffId}/notes`, {
        text: 'BSN 111222333, IBAN NL91ABNA0417164300, bel 06-12345678 of mail jan.jansen@example.nl',
      });
      expect(note.text).to.equal('BSN [BSN], IBAN [IBAN], bel [telefoonnummer] of mail [e-mail]');
      await c.json('POST', `/advisor/api/handoffs/${handoffId}/close`, { outcome: 'Teruggebeld op 0612345678' });
      const stored = JSON.stringify([await db.note.findMany({ where: { handoffId } }), await db.handoff.findUniqueOrThrow({ where: { id: handoffId } })]);
      for (const secret of ['111222333', 'NL91ABNA0417164300', '12345678', 'jan.jansen@example.nl']) expect(stored).to.not.include(secret);
      expect((await db.handoff.findUniqueOrThrow({ where: { id: handoffId } })).outcome).to.equal('Teruggebeld op [telefoonnummer]');
    });
  });
}
