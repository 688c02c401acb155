// Canned answers through the real server, on SQLite and PostgreSQL: admins manage them (advisors
// 403, JSON from this site, coded errors, audit entries), placeholders are filled per chat on the
// server, a gap is shown as "[invullen: …]" and refused on send; the chat's detail has the readable
// profile and which proposals the seeker saw.
import { expect } from 'chai';
import { useTestApp } from '../helpers/app';
import { bothProviders } from '../helpers/databases';
import { ALWAYS_OPEN, AdvisorClient, createAdvisor, messagesTo, sessionFor } from './helpers';
import { seekerWithProfile } from './seekerWithProfile';

const SNIPPETS = '/advisor/api/admin/snippets';
const codeOf = async (res: Response) => [res.status, ((await res.json()) as { error: { code: string } }).error.code];

for (const provider of bothProviders) {
  describe(`advisor API: canned answers (${provider.name})`, function () {
    this.timeout(60_000);
    const server = useTestApp(provider.make, { ...ALWAYS_OPEN, ORGANISATION_NAME: 'Werkplein Utrecht' });
    const clientFor = async (name: string, role: 'advisor' | 'admin' = 'advisor') => {
      const advisor = await createAdvisor(server.app.db, name, undefined, { role });
      return { advisor, client: AdvisorClient.withToken(server.app.url, await sessionFor(server.app.db, advisor.id)) };
    };

    it('only admins manage them, as JSON from this site, with coded errors and an audit entry per change', async () => {
      const { client: advisor } = await clientFor('Bram');
      const { client: admin, advisor: adminRow } = await clientFor('Anna de Vries', 'admin');
      const body = { title: 'Welkom', text: 'Hoi, ik ben {voornaam-adviseur} van {organisatie}.' };
      expect(await codeOf(await new AdvisorClient(server.app.url).request('POST', SNIPPETS, body))).to.deep.equal([401, 'UNAUTHENTICATED']);
      expect(await codeOf(await advisor.request('POST', SNIPPETS, body))).to.deep.equal([403, 'FORBIDDEN_ROLE']);
      expect(await codeOf(await admin.request('POST', SNIPPETS, body, { origin: 'https://evil.example' }))).to.deep.equal([403, 'FORBIDDEN_ORIGIN']);
      expect(await codeOf(await admin.request('POST', SNIPPETS, body, { 'content-type': 'text/plain' }))).to.deep.equal([415, 'UNSUPPORTED_MEDIA_TYPE']);
      expect(await codeOf(await admin.request('POST', SNIPPETS, { title: '', text: 'x' }))).to.deep.equal([400, 'BAD_REQUEST']);
      expect(await codeOf(await admin.request('POST', SNIPPETS, { title: 'Fout', text: 'Hoi {naam}' }))).to.deep.equal([400, 'SNIPPET_PLACEHOLDER_UNKNOWN']);
      expect(await server.app.db.snippet.count()).to.equal(0);

      const created = await admin.json('POST', SNIPPETS, body);
      expect(created).to.include({ title: 'Welkom', updatedBy: 'Anna de Vries' });
      expect(await codeOf(await admin.request('POST', SNIPPETS, body))).to.deep.equal([409, 'SNIPPET_TITLE_TAKEN']);
      expect(await codeOf(await advisor.request('POST', `${SNIPPETS}/${created.id}`, { text: 'x' }))).to.deep.equal([403, 'FORBIDDEN_ROLE']);
      const edited = await admin.json('POST', `${SNIPPETS}/${created.id}`, { text: 'Goedemiddag, ik ben {voornaam-adviseur}.' });
      expect(edited.text).to.equal('Goedemiddag, ik ben {voornaam-adviseur}.');
      expect(await codeOf(await admin.request('POST', `${SNIPPETS}/nope`, { text: 'x' }))).to.deep.equal([404, 'NOT_FOUND']);

      // Advisors list them (unfilled, with the known placeholders).
      const list = await advisor.json('GET', '/advisor/api/snippets');
      expect(list.snippets.map((s: { title: string }) => s.title)).to.deep.equal(['Welkom']);
      expect(Object.keys(list.placeholders)).to.include.members(['voornaam-adviseur', 'eerste-stap', 'organisatie']);

      expect(await codeOf(await advisor.request('DELETE', `${SNIPPETS}/${created.id}`))).to.deep.equal([403, 'FORBIDDEN_ROLE']);
      expect(await admin.json('DELETE', `${SNIPPETS}/${created.id}`)).to.deep.equal({ ok: true });
      expect(await codeOf(await admin.request('DELETE', `${SNIPPETS}/${created.id}`))).to.deep.equal([404, 'NOT_FOUND']);

      const audit = await server.app.db.auditEntry.findMany({ where: { action: { startsWith: 'snippet.' } }, orderBy: { id: 'asc' } });
      expect(audit.map((a) => a.action)).to.deep.equal(['snippet.create', 'snippet.update', 'snippet.delete']);
      expect(audit.every((a) => a.actorId === adminRow.id && a.detail === `snippet=${created.id} title=Welkom`)).to.equal(true);
    });

    it('fills placeholders per chat on the server; a gap is shown and refused on send; a filled one reaches the seeker', async () => {
      const { client: admin } = await clientFor('Carla', 'admin');
      await admin.json('POST', SNIPPETS, { title: 'Eerste stap', text: 'Ik ben {voornaam-adviseur} van {organisatie}. Uw eerste stap: {eerste-stap}' });
      const { client } = await clientFor('Anna de Vries');
      const { seeker, handoffId } = await seekerWithProfile(server.app);
      const bare = await seekerWithProfile(server.app, false);

      const filled = (await client.json('GET', `/advisor/api/handoffs/${handoffId}/snippets`)).snippets.find((s: { title: string }) => s.title === 'Eerste stap');
      expect(filled).to.deep.equal({ id: filled.id, title: 'Eerste stap', text: 'Ik ben Anna van Werkplein Utrecht. Uw eerste stap: Vraag je werkcoach van UWV naar scholing.', missing: [] });
      const gap = (await client.json('GET', `/advisor/api/handoffs/${bare.handoffId}/snippets`)).snippets.find((s: { title: string }) => s.title === 'Eerste stap');
      expect(gap).to.include({ text: 'Ik ben Anna van Werkplein Utrecht. Uw eerste stap: [invullen: eerste stap]' });
      expect(gap.missing).to.deep.equal(['eerste-stap']);
      expect(await codeOf(await client.request('GET', '/advisor/api/handoffs/nope/snippets'))).to.deep.equal([404, 'NOT_FOUND']);

      await client.json('POST', `/advisor/api/handoffs/${handoffId}/claim`);
      for (const text of [gap.text, 'Groeten van {organisatie}']) {
        expect(await codeOf(await client.request('POST', `/advisor/api/handoffs/${handoffId}/messages`, { text }))).to.deep.equal([400, 'PLACEHOLDER_UNFILLED']);
      }
      await client.json('POST', `/advisor/api/handoffs/${handoffId}/messages`, { text: filled.text });
      const texts = (await messagesTo(seeker)).map((a) => a.text);
      expect(texts).to.include(filled.text);
      expect(texts.join('\n')).to.not.match(/\{|invullen/);
    });

    it('the chat detail has the profile as labelled Dutch lines and marks the proposals the seeker saw', async () => {
      const { client } = await clientFor('Dirk');
      const { handoffId } = await seekerWithProfile(server.app);
      const detail = await client.json('GET', `/advisor/api/handoffs/${handoffId}`);
      expect(detail.profile.version).to.equal(2);
      expect(detail.profile.lines).to.deep.include({ label: 'Inkomen', value: 'WW tot 1 september 2027, ongeveer € 1.900 netto per maand' });
      expect(detail.profile.lines).to.deep.include({ label: 'Werk', value: 'orderpicker, 20 jaar' });
      expect(JSON.stringify(detail.profile)).to.not.match(/monthlyAmount|benefitEnd|mbo-2|\[object Object\]|2027-09/);
      const seen = Object.fromEntries(detail.proposals.map((p: { title: string; shownAt: string | null }) => [p.title, p.shownAt !== null]));
      expect(seen).to.deep.equal({ 'Scholing met WW': true, 'Werken als chauffeur': false });
    });
  });
}
