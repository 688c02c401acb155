// Employers and seekers in one queue: an employer's handoff is marked as such, the console API
// filters on ?audience=employer|seeker, and the employer's summary shows the business facts
// (not a seeker profile). Real app, Direct Line, SQLite and PostgreSQL.
import { expect } from 'chai';
import { useTestApp } from '../helpers/app';
import { bothProviders } from '../helpers/databases';
import { DirectLineClient } from '../helpers/directLine';
import { ALWAYS_OPEN, AdvisorClient, createAdvisor, seekerAsksForHuman, waitUntil } from './helpers';

/** Says something and waits until a bot reply matches `expected`. */
async function sayAndWait(client: DirectLineClient, text: string, expected: RegExp): Promise<void> {
  expect((await client.say(text)).status).to.equal(200);
  let seen = '';
  await waitUntil(async () => {
    // Proposals come as cards without text; their speech reads the same.
    seen += (await client.botReplies()).map((a) => a.text ?? (typeof a.speak === 'string' ? a.speak : '')).join('\n');
    return expected.test(seen);
  }, 10_000, `a reply matching ${expected} to "${text}"`);
}

for (const provider of bothProviders) {
  describe(`advisor console: seekers and employers (${provider.name})`, function () {
    this.timeout(60_000);
    const server = useTestApp(provider.make, ALWAYS_OPEN);

    it("filters the queue on seekers / employers and shows the employer's business facts", async () => {
      const seeker = await seekerAsksForHuman(server.app);

      const employer = await new DirectLineClient(server.app.url).generate();
      await employer.start();
      await employer.poll();
      await sayAndWait(employer, 'Ik ben werkgever', /Waar kan ik je bedrijf mee helpen/);
      await sayAndWait(employer, 'Personeel dreigt ontslag', /sector/);
      await sayAndWait(employer, 'fabriek', /postcode/);
      await sayAndWait(employer, '7511', /Hoeveel mensen/);
      await sayAndWait(employer, '250 of meer', /dreigen hun baan te verliezen/);
      await sayAndWait(employer, '30', /Collectief ontslag melden/);
      await sayAndWait(employer, 'Praten met een werkgeversadviseur', /adviseur/);
      await waitUntil(async () => (await server.app.db.handoff.count({ where: { conversationId: employer.conversationId } })) === 1, 10_000, "the employer's handoff");

      const anna = await createAdvisor(server.app.db, 'Anna');
      const console_ = new AdvisorClient(server.app.url);
      await console_.login(anna.email);
      const all = await console_.json<{ id: string; audience: string; summary: string; position: number }[]>('GET', '/advisor/api/handoffs?status=waiting');
      const employers = await console_.json<typeof all>('GET', '/advisor/api/handoffs?status=waiting&audience=employer');
      const seekers = await console_.json<typeof all>('GET', '/advisor/api/handoffs?audience=seeker');

      const employerItem = all.find((h) => h.audience === 'employer')!;
      expect(employers.map((h) => h.id)).to.deep.equal([employerItem.id]);
      expect(seekers.map((h) => h.id)).to.include(seeker.handoffId).and.not.include(employerItem.id);
      // One queue: the employer keeps its place behind the seeker who asked first.
      expect(employers[0].position).to.equal(all.find((h) => h.id === employerItem.id)!.position);
      expect(employers[0].position).to.be.greaterThan(all.find((h) => h.id === seeker.handoffId)!.position);

      const detail = await console_.json<{ audience: string; summary: string; transcript: { text: string }[] }>('GET', `/advisor/api/handoffs/${employerItem.id}`);
      expect(detail.audience).to.equal('employer');
      expect(detail.summary).to.match(/^Vraagt om een adviseur \(werkgever · Personeel dreigt ontslag · sector: Industrie en techniek · postcode 7511 · 250 of meer medewerkers · 30 medewerkers met kans op ontslag\)/);
      expect(detail.summary).to.not.match(/inkomen:|opleiding:/);
      expect(detail.transcript.map((l) => l.text).join('\n')).to.include('Collectief ontslag melden bij UWV');

      const bad = await console_.request('GET', '/advisor/api/handoffs?audience=werkgever');
      expect(bad.status).to.equal(400);
    });
  });
}
