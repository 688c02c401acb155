// Bemiddeling as one story against the real server (issue 17, "whole flows"): an employer leaves a
// vacancy in their chat (website on SQLite, WhatsApp on PostgreSQL), a werkgeversadviseur
// publishes it, a fitting seeker asks to be introduced without learning who the employer is, the
// advisor introduces, both hear of it in their chats, the statuses flow to a placement, and the
// employer's and the seeker's erase take the links with them. A seeker who said "nee" to matching
// is never a candidate. Each step runs only when the steps before it passed.
import { expect } from 'chai';
import type { App } from '../../src/app';
import { startTestApp } from '../helpers/app';
import { bothProviders, type TestDatabase } from '../helpers/databases';
import { expectStoredVacancy, VACANCY_STEPS } from '../helpers/employerVacancy';
import { everyTable, tablesHolding } from '../helpers/everyTable';
import { MockGraph } from '../channels/helpers/mockGraph';
import { whatsAppEnv } from '../channels/helpers/whatsapp';
import { ALWAYS_OPEN, AdvisorClient, createAdvisor } from '../advisor/helpers';
import { EMPLOYER_IDENTITY, FORKLIFT_SEEKER, run, websiteChat, whatsAppChat, type Chat } from './chats';

const api = (path: string) => `/advisor/api${path}`;

for (const { name, make } of bothProviders) {
  const employerChannel = name === 'sqlite' ? 'website' : 'whatsapp';
  describe(`bemiddeling, the whole story (${name}; the employer on ${employerChannel})`, function () {
    this.timeout(180_000);
    let graph: MockGraph;
    let database: TestDatabase;
    let app: App;
    let broken = false;
    // What the steps hand on to each other.
    let employer: Chat;
    let mediator: AdvisorClient;
    let vacancyId: string;
    let seeker: Awaited<ReturnType<typeof websiteChat>>;
    let seekerId: string;
    const seekerConversations: string[] = [];
    let introductionId: string;

    const seekerOf = async (conversationId: string) => (await app.db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).seekerId!;

    before(async () => {
      graph = await MockGraph.start();
      database = await make();
      app = await startTestApp(database.url, { ...ALWAYS_OPEN, ...whatsAppEnv(graph) });
    });
    after(async () => {
      await app?.close();
      await database?.drop();
      await graph?.close();
    });
    beforeEach(function () {
      if (broken) this.skip();
    });
    afterEach(function () {
      if (this.currentTest?.state === 'failed') broken = true;
    });

    it('1. the employer leaves a vacancy in their chat: a draft with consent and contact', async () => {
      employer = employerChannel === 'website' ? await websiteChat(app) : whatsAppChat(app, graph, '31611111111');
      await run(employer, VACANCY_STEPS);
      await expectStoredVacancy(app.db);
      const row = await app.db.employer.findFirstOrThrow();
      expect(row.channel).to.equal(employerChannel === 'website' ? 'directline' : 'whatsapp');
      expect(row.conversationId, 'the chat to tell them in later').to.be.a('string');
    });

    it('2. a werkgeversadviseur logs in, finds the draft and publishes it', async () => {
      const account = await createAdvisor(app.db, 'Wendy Jansen', undefined, { role: 'werkgeversadviseur' });
      mediator = new AdvisorClient(app.url);
      expect((await mediator.login(account.email)).status).to.equal(200);
      const drafts = await mediator.json('GET', api('/vacancies?status=draft'));
      expect(drafts).to.have.length(1);
      expect(drafts[0]).to.deep.include({ title: 'heftruckchauffeur', status: 'draft', source: 'chat', postcode: '3512' });
      expect(drafts[0].employer).to.deep.include({ organisation: 'Magazijn Noord BV' });
      vacancyId = drafts[0].id;
      const published = await mediator.json('POST', api(`/vacancies/${vacancyId}/publish`));
      expect(published.status).to.equal('published');
      expect(published.employer.contact).to.deep.equal({ name: 'Sanne de Boer', email: 'sanne@magazijnnoord.nl' });
      expect((await mediator.json('GET', api('/vacancies?status=published'))).map((v: { id: string }) => v.id)).to.deep.equal([vacancyId]);
    });

    it('3. a fitting seeker does the intake, agrees to be matched, sees the vacancy without the employer and asks to be introduced', async () => {
      seeker = await websiteChat(app);
      const replies = await run(seeker, FORKLIFT_SEEKER);
      const shown = await seeker.say('ja, dat mag');
      expect(shown.text).to.match(/Een werkgever bij jou in de buurt zoekt een heftruckchauffeur, 24 uur per week\.\nWil je dat een adviseur je voorstelt\?/);
      expect(shown.raw).to.include('Vacature: heftruckchauffeur');
      const asked = await seeker.say('ja, stel me voor');
      expect(asked.text).to.match(/geef het door aan een adviseur/).and.match(/Pas dan hoort de werkgever je naam/);
      for (const reply of [...replies, shown, asked]) expect(reply.raw, 'no bot message names the employer').to.not.match(EMPLOYER_IDENTITY);

      seekerId = await seekerOf(seeker.client.conversationId);
      const requests = await mediator.json('GET', api('/mediation-requests?status=open'));
      expect(requests.map((r: { seekerId: string; vacancy: { id: string } }) => [r.seekerId, r.vacancy.id])).to.deep.equal([[seekerId, vacancyId]]);
    });

    it('6. a seeker who says "nee" to matching is never a candidate, with the very same fit', async () => {
      const other = await websiteChat(app);
      await run(other, FORKLIFT_SEEKER);
      const no = await other.say('nee, liever niet');
      expect(no.text).to.match(/ik vraag het niet opnieuw/).and.not.match(/Vacature:/);
      const otherId = await seekerOf(other.client.conversationId);
      const candidates = await mediator.json('GET', api(`/vacancies/${vacancyId}/candidates`));
      const ids = candidates.map((c: { seekerId: string }) => c.seekerId);
      expect(ids, 'the one who said yes is a candidate').to.include(seekerId);
      expect(ids).to.not.include(otherId);
      const forced = await mediator.request('POST', api('/introductions'), { vacancyId, seekerId: otherId, why: 'past precies' });
      expect(forced.status).to.equal(409);
      expect(await app.db.introduction.count({ where: { seekerId: otherId } })).to.equal(0);
    });

    it('4. the candidate is pseudonymous; the advisor introduces; both are told in their chats; statuses flow to a placement', async () => {
      const res = await mediator.request('GET', api(`/vacancies/${vacancyId}/candidates`));
      const text = await res.text();
      const candidate = (JSON.parse(text) as { seekerId: string; pseudonym: string; requested: boolean }[]).find((c) => c.seekerId === seekerId)!;
      expect(candidate).to.deep.include({ requested: true });
      expect(candidate.pseudonym).to.match(/^Kandidaat [0-9A-F]{4}$/);
      const userKey = (await app.db.seeker.findUniqueOrThrow({ where: { id: seekerId } })).userKey;
      for (const secret of [userKey, seeker.client.userId, seeker.client.conversationId]) expect(text).to.not.include(secret);

      const made = await mediator.request('POST', api('/introductions'), { vacancyId, seekerId, why: 'Tien jaar heftruckervaring, woont in de buurt.' });
      expect(made.status).to.equal(201);
      const body = (await made.json()) as { introduction: { id: string }; created: boolean };
      expect(body).to.deep.include({ created: true, notified: { seeker: true, employer: 'chat' } });
      expect(body.introduction).to.include({ status: 'voorgesteld', advisorName: 'Wendy Jansen' });
      introductionId = body.introduction.id;
      const toSeeker = await seeker.awaitNotice(/Goed nieuws! Een adviseur heeft je voorgesteld aan een werkgever/);
      expect(toSeeker).to.include('heftruckchauffeur').and.not.match(EMPLOYER_IDENTITY);
      await employer.awaitNotice(/Er is een kandidaat voor uw vacature "heftruckchauffeur"/);
      expect((await mediator.json('GET', api('/mediation-requests?status=open')))).to.deep.equal([]);

      await mediator.json('PATCH', api(`/introductions/${introductionId}`), { status: 'gesprek' });
      const hired = await mediator.json('PATCH', api(`/introductions/${introductionId}`), { status: 'aangenomen', reason: 'begint 1 februari' });
      expect(hired.history.map((h: { status: string }) => h.status)).to.deep.equal(['voorgesteld', 'gesprek', 'aangenomen']);
      const dashboard = await mediator.json('GET', api('/mediation/dashboard'));
      expect(dashboard.months.at(-1)).to.include({ introductions: 1, placements: 1 });
      expect(dashboard.openVacancies).to.equal(1);
    });

    it('5a. the employer erases their data: the vacancy, the introduction and the request go, in the database and the API', async () => {
      await run(employer, [
        ['verwijder mijn gegevens', /verwijder/i],
        ['ja', /gegevens van je organisatie zijn verwijderd/],
      ]);
      expect(await app.db.employer.count()).to.equal(0);
      expect(await app.db.vacancy.count({ where: { id: vacancyId } })).to.equal(0);
      expect(await app.db.introduction.count({ where: { id: introductionId } })).to.equal(0);
      expect(await app.db.mediationRequest.count({ where: { vacancyId } })).to.equal(0);
      expect((await mediator.request('GET', api(`/vacancies/${vacancyId}`))).status).to.equal(404);
      expect((await mediator.request('GET', api(`/vacancies/${vacancyId}/candidates`))).status).to.equal(404);
      expect(await mediator.json('GET', api('/vacancies'))).to.deep.equal([]);
      expect(await mediator.json('GET', api(`/introductions?seekerId=${seekerId}`))).to.deep.equal([]);
      for (const status of ['open', 'handled']) expect(await mediator.json('GET', api(`/mediation-requests?status=${status}`))).to.deep.equal([]);
      expect((await mediator.request('PATCH', api(`/introductions/${introductionId}`), { status: 'niet-aangenomen', reason: 'weg' })).status).to.equal(404);
      // The seeker keeps their own data; the vacancy is no longer among their proposals.
      expect(await app.db.seeker.count({ where: { id: seekerId } })).to.equal(1);
      const userId = seeker.client.userId;
      seekerConversations.push(seeker.client.conversationId);
      await seeker.client.generate(); // back another day: a new conversation, the same seeker (cookie)
      await seeker.client.start();
      expect(seeker.client.userId).to.equal(userId);
      await run(seeker, [['Ik zoek werk', /Welkom terug/]]);
      const proposals = await seeker.say('Mijn voorstellen bekijken');
      expect(proposals.text).to.match(/Dit zijn mijn voorstellen/).and.not.match(/zoekt een heftruckchauffeur/);
      expect(proposals.raw).to.not.include('Vacature:');
    });

    it('5b. the seeker erases their data: no row holds them any more', async () => {
      const userKey = (await app.db.seeker.findUniqueOrThrow({ where: { id: seekerId } })).userKey;
      const before = await everyTable(app.db, name);
      expect(tablesHolding(seekerId, before)).to.include.members(['Seeker', 'Profile', 'Consent']);
      for (const id of seekerConversations) expect(tablesHolding(id, before)).to.include.members(['Conversation', 'TranscriptEntry']);
      await run(seeker, [
        ['verwijder mijn gegevens', /verwijder/i],
        ['ja, verwijder alles', /zijn verwijderd/],
      ]);
      const after = await everyTable(app.db, name);
      // The audit log outlives an erase by design (README, "Bemiddeling in de console"): ids and
      // statuses only, never text about the person.
      expect(tablesHolding(seekerId, after).filter((t) => t !== 'AuditEntry'), 'tables still holding the seeker id').to.deep.equal([]);
      const audited = (after.get('AuditEntry') ?? []).filter((r) => r.includes(seekerId)).map((r) => JSON.parse(r) as { action: string; detail: string });
      for (const { action, detail } of audited) expect(detail, action).to.match(/^(\w+=[\w-]+ ?)+$/);
      expect(tablesHolding(userKey, after), 'tables still holding the seeker key').to.deep.equal([]);
      expect(tablesHolding(seeker.client.userId, after), 'tables still holding the chat user id').to.deep.equal([]);
      // Only the website chat's own bare rows (its token still works) and the "verwijderd" message.
      for (const id of [...seekerConversations, seeker.client.conversationId]) expect(tablesHolding(id, after).filter((t) => !t.startsWith('DirectLine')), id).to.deep.equal([]);
    });
  });
}
