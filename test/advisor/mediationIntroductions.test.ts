// Candidates and introductions through the real server: only seekers with consent 'matching' are
// candidates (pseudonymous), an introduction tells the seeker in their own website chat and the
// employer in theirs (or leaves a "neem contact op" task), the status flow with its codes, groups,
// the dashboard, and two advisors introducing at once → one row (real concurrency on PostgreSQL).
import crypto from 'node:crypto';
import { expect } from 'chai';
import type { App } from '../../src/app';
import { useTestApp } from '../helpers/app';
import { bothProviders } from '../helpers/databases';
import { ALWAYS_OPEN, messagesTo, waitUntil } from './helpers';
import { seekerWithProfile } from './seekerWithProfile';
import { CONTACT, clientFor, codeOf, cookSeeker, publishedVacancy } from './mediationFixtures';

const api = (path: string) => `/advisor/api${path}`;

async function transcriptTexts(app: App, conversationId: string): Promise<string[]> {
  const rows = await app.db.transcriptEntry.findMany({ where: { conversationId, direction: 'out' }, orderBy: { id: 'asc' } });
  return rows.map((r) => r.text ?? '');
}

for (const { name, make } of bothProviders) {
  describe(`bemiddeling API: candidates and introductions (${name})`, function () {
    this.timeout(180_000);
    const server = useTestApp(make, ALWAYS_OPEN);

    it('candidates are only seekers with a granted, not withdrawn consent "matching", by pseudonym', async () => {
      const mediator = await clientFor(server.app, 'Wendy', 'werkgeversadviseur');
      const { vacancyId } = await publishedVacancy(server.app, mediator, 'none');
      const yes = await cookSeeker(server.app, 'granted', false);
      const never = await cookSeeker(server.app, 'none', false);
      const withdrawn = await cookSeeker(server.app, 'withdrawn', false);
      const refused = await cookSeeker(server.app, 'refused', false);
      const res = await mediator.request('GET', api(`/vacancies/${vacancyId}/candidates`));
      const text = await res.text();
      const list = JSON.parse(text) as { seekerId: string; pseudonym: string; score: number; reasons: string[]; requested: boolean }[];
      const ids = list.map((c) => c.seekerId);
      expect(ids).to.include(yes.seekerId);
      for (const other of [never, withdrawn, refused]) expect(ids).not.to.include(other.seekerId);
      const mine = list.find((c) => c.seekerId === yes.seekerId)!;
      expect(mine.pseudonym).to.match(/^Kandidaat [0-9A-F]{4}$/);
      expect(mine.score).to.be.greaterThan(0);
      expect(mine.reasons.length).to.be.greaterThan(0);
      expect(mine.requested).to.equal(false);
      const userKey = (await server.app.db.seeker.findUniqueOrThrow({ where: { id: yes.seekerId } })).userKey;
      expect(text).not.to.include(userKey);
      // Introducing a seeker without consent is refused, whatever the console sends.
      const forced = await mediator.request('POST', api('/introductions'), { vacancyId, seekerId: never.seekerId, why: 'ervaren kok' });
      expect([forced.status, await codeOf(forced)]).to.deep.equal([409, 'SEEKER_NOT_MATCHABLE']);
      expect(await server.app.db.introduction.count({ where: { seekerId: never.seekerId } })).to.equal(0);
    });

    it('introducing tells the seeker in their own chat and the chatting employer in theirs; audited; a second introduction is the same row', async () => {
      const mediator = await clientFor(server.app, 'Wendy Jansen', 'werkgeversadviseur');
      const { vacancyId, employerChat } = await publishedVacancy(server.app, mediator, 'chat');
      const seeker = await cookSeeker(server.app);
      await server.app.db.mediationRequest.create({ data: { seekerId: seeker.seekerId, vacancyId } });
      const requests = await mediator.json('GET', api('/mediation-requests?status=open'));
      expect(requests.find((r: { seekerId: string }) => r.seekerId === seeker.seekerId)).to.deep.include({ vacancy: { id: vacancyId, title: 'Kok' } });
      const candidates = await mediator.json('GET', api(`/vacancies/${vacancyId}/candidates`));
      expect(candidates.find((c: { seekerId: string }) => c.seekerId === seeker.seekerId)).to.include({ requested: true });

      const res = await mediator.request('POST', api('/introductions'), { vacancyId, seekerId: seeker.seekerId, why: 'Acht jaar ervaring als kok, woont dichtbij.' });
      expect(res.status).to.equal(201);
      const body = JSON.parse(await res.text());
      expect(body).to.deep.include({ created: true, notified: { seeker: true, employer: 'chat' } });
      expect(body.introduction).to.include({ status: 'voorgesteld', advisorName: 'Wendy Jansen', seekerId: seeker.seekerId });

      let told: string[] = [];
      await waitUntil(async () => (told = (await messagesTo(seeker.client!)).map((a) => a.text ?? '')).length > 0, 10_000, 'the seeker told');
      expect(told.join('\n')).to.include('Goed nieuws').and.include('Kok in Utrecht').and.include('adviseur neemt').and.not.include('Restaurant De Boog').and.not.include(CONTACT.name);
      expect((await transcriptTexts(server.app, seeker.client!.conversationId)).join('\n')).to.include('Een adviseur heeft je voorgesteld aan een werkgever');
      await waitUntil(async () => (await transcriptTexts(server.app, employerChat!.conversationId)).some((t) => t.includes('Er is een kandidaat voor uw vacature "Kok"')), 10_000, 'the employer told');

      const again = await mediator.request('POST', api('/introductions'), { vacancyId, seekerId: seeker.seekerId, why: 'nogmaals' });
      expect(again.status).to.equal(200);
      expect(await again.json()).to.deep.include({ created: false });
      expect(await server.app.db.introduction.count({ where: { vacancyId } })).to.equal(1);
      expect((await server.app.db.mediationRequest.findFirstOrThrow({ where: { seekerId: seeker.seekerId } })).status).to.equal('handled');
      const actions = (await server.app.db.auditEntry.findMany({ where: { detail: { contains: body.introduction.id } } })).map((e) => e.action);
      expect(actions).to.have.members(['introduction.create', 'introduction.seeker-told', 'introduction.employer-told']);
      const audited = await server.app.db.auditEntry.findMany({ where: { detail: { contains: body.introduction.id } } });
      expect(audited.every((e) => e.actorName === 'Wendy Jansen' && !e.detail!.includes('Acht jaar'))).to.equal(true); // the why stays with the introduction
    });

    it('an employer without a chat: the vacancy shows the advisor a "neem contact op" task until the status moves on', async () => {
      const mediator = await clientFor(server.app, 'Wendy', 'werkgeversadviseur');
      const { vacancyId } = await publishedVacancy(server.app, mediator, 'contact');
      const seeker = await cookSeeker(server.app, 'granted', false);
      const body = JSON.parse(await (await mediator.request('POST', api('/introductions'), { vacancyId, seekerId: seeker.seekerId, why: 'past goed' })).text());
      expect(body.notified).to.deep.equal({ seeker: false, employer: 'task' });
      expect(body.task).to.deep.include({ introductionId: body.introduction.id, organisation: 'Restaurant De Boog', contact: CONTACT });
      const listed = await mediator.json('GET', api(`/introductions?vacancyId=${vacancyId}`));
      expect(listed[0].employerTask.text).to.include(`Neem contact op met ${CONTACT.name}`);
      const detail = await mediator.json('GET', api(`/vacancies/${vacancyId}`));
      expect(detail.tasks).to.have.length(1);
      expect(detail.tasks[0].text).to.include(`Neem contact op met ${CONTACT.name}`).and.include(CONTACT.phone).and.include(CONTACT.email);
      expect(detail.introductions).to.equal(1);
      await mediator.json('PATCH', api(`/introductions/${body.introduction.id}`), { status: 'gesprek' });
      expect((await mediator.json('GET', api(`/vacancies/${vacancyId}`))).tasks).to.have.length(0);
      expect((await mediator.json('GET', api(`/introductions?vacancyId=${vacancyId}`)))[0].employerTask).to.equal(undefined);
    });

    it('status flow: gesprek → aangenomen / niet-aangenomen with a reason; wrong and conflicting moves are refused with codes; dashboard counts', async () => {
      const mediator = await clientFor(server.app, 'Wendy', 'werkgeversadviseur');
      const other = await clientFor(server.app, 'Olaf', 'admin');
      const { vacancyId } = await publishedVacancy(server.app, mediator, 'none');
      const a = await cookSeeker(server.app, 'granted', false);
      const b = await cookSeeker(server.app, 'granted', false);
      const dashboardBefore = await mediator.json('GET', api('/mediation/dashboard'));
      const introA = (JSON.parse(await (await mediator.request('POST', api('/introductions'), { vacancyId, seekerId: a.seekerId, why: 'ervaren' })).text())).introduction;
      const introB = (JSON.parse(await (await mediator.request('POST', api('/introductions'), { vacancyId, seekerId: b.seekerId, why: 'ervaren' })).text())).introduction;
      const skip = await mediator.request('PATCH', api(`/introductions/${introA.id}`), { status: 'aangenomen' });
      expect([skip.status, await codeOf(skip)]).to.deep.equal([409, 'INTRODUCTION_NOT_ALLOWED']);
      // Two advisors move the same introduction at once: one wins, the other gets a code.
      const [one, two] = await Promise.all([mediator.request('PATCH', api(`/introductions/${introA.id}`), { status: 'gesprek' }), other.request('PATCH', api(`/introductions/${introA.id}`), { status: 'gesprek' })]);
      const statuses = [one.status, two.status].sort();
      expect(statuses).to.deep.equal([200, 409]);
      const loser = one.status === 409 ? one : two;
      expect(['INTRODUCTION_CONFLICT', 'INTRODUCTION_NOT_ALLOWED']).to.include(await codeOf(loser));
      const hired = await mediator.json('PATCH', api(`/introductions/${introA.id}`), { status: 'aangenomen', reason: 'start 1 februari' });
      expect(hired.history.map((h: { status: string }) => h.status)).to.deep.equal(['voorgesteld', 'gesprek', 'aangenomen']);
      const noReason = await mediator.request('PATCH', api(`/introductions/${introB.id}`), { status: 'niet-aangenomen' });
      expect([noReason.status, await codeOf(noReason)]).to.deep.equal([400, 'REASON_REQUIRED']);
      const rejected = await other.json('PATCH', api(`/introductions/${introB.id}`), { status: 'niet-aangenomen', reason: 'Geen rijbewijs, bel 0612345678' });
      expect(rejected.outcomeReason).to.include('Geen rijbewijs').and.not.include('0612345678');
      const after = await mediator.request('PATCH', api(`/introductions/${introB.id}`), { status: 'gesprek' });
      expect([after.status, await codeOf(after)]).to.deep.equal([409, 'INTRODUCTION_NOT_ALLOWED']);
      const missing = await mediator.request('PATCH', api('/introductions/nope'), { status: 'gesprek' });
      expect(missing.status).to.equal(404);
      const listed = await mediator.json('GET', api(`/introductions?vacancyId=${vacancyId}&status=aangenomen`));
      expect(listed.map((i: { id: string }) => i.id)).to.deep.equal([introA.id]);
      const moves = await server.app.db.auditEntry.findMany({ where: { action: 'introduction.status', detail: { contains: vacancyId } } });
      // The race's winner moved it to gesprek; Wendy hired A, Olaf turned B down.
      const winner = one.status === 200 ? 'Wendy' : 'Olaf';
      expect(moves.map((m) => m.actorName).sort()).to.deep.equal([winner, 'Wendy', 'Olaf'].sort());
      const dashboard = await mediator.json('GET', api('/mediation/dashboard'));
      const month = (d: { months: { month: string; introductions: number; placements: number }[] }) => d.months[d.months.length - 1];
      expect(dashboard.months).to.have.length(12);
      expect(month(dashboard).introductions - month(dashboardBefore).introductions).to.equal(2);
      expect(month(dashboard).placements - month(dashboardBefore).placements).to.equal(1);
      expect(dashboard.openRequests).to.equal(await server.app.db.mediationRequest.count({ where: { status: 'open' } }));
    });

    it("a chat's detail names its seeker, so any advisor can load the seeker's vacancies beside it", async () => {
      const plain = await clientFor(server.app, 'Piet', 'advisor');
      const { handoffId } = await seekerWithProfile(server.app, false);
      const detail = await plain.json('GET', api(`/handoffs/${handoffId}`));
      const conversation = await server.app.db.handoff.findUniqueOrThrow({ where: { id: handoffId }, select: { conversation: { select: { seekerId: true } } } });
      expect(detail.seekerId).to.be.a('string').and.equal(conversation.conversation.seekerId);
      expect((await plain.request('GET', api(`/seekers/${detail.seekerId}/vacancies`))).status).to.equal(200);
      expect((await plain.request('GET', api('/seekers/nope/vacancies'))).status).to.equal(404);
    });

    it('groups: counts per group and the members\' routes by pseudonym', async () => {
      const admin = await clientFor(server.app, 'Ada', 'admin');
      const employer = await server.app.db.employer.create({ data: { organisation: 'Fabriek Noord', contact: CONTACT } });
      const group = await server.app.db.transitionGroup.create({ data: { employerId: employer.id, code: `T${crypto.randomBytes(3).toString('hex')}`, headcount: 40, work: 'productiewerk', arrangement: { training: true } } });
      const member = await cookSeeker(server.app, 'granted', false);
      await server.app.db.seeker.update({ where: { id: member.seekerId }, data: { groupId: group.id } });
      await server.app.db.proposal.create({ data: { seekerId: member.seekerId, kind: 'job-direction', title: 'Werken als kok', score: 0.8, data: {} } });
      const { vacancyId } = await publishedVacancy(server.app, admin, 'none');
      const intro = JSON.parse(await (await admin.request('POST', api('/introductions'), { vacancyId, seekerId: member.seekerId, why: 'ervaren' })).text()).introduction;
      const list = await admin.json('GET', api('/groups'));
      expect(list.find((g: { id: string }) => g.id === group.id)).to.deep.include({ organisation: 'Fabriek Noord', headcount: 40, started: 1, withProfile: 1, introduced: 1, placed: 0 });
      const detail = await admin.json('GET', api(`/groups/${group.id}`));
      const introductions = [{ id: intro.id, status: 'voorgesteld', title: 'Kok', vacancy: { id: vacancyId, title: 'Kok' } }];
      expect(detail.members).to.deep.equal([{ seekerId: member.seekerId, pseudonym: detail.members[0].pseudonym, situation: 'WW', situationCode: 'ww', proposals: ['Werken als kok'], introductions }]);
      expect(JSON.stringify(detail)).not.to.include(CONTACT.email);
    });
  });
}

describe('bemiddeling API: two advisors introduce the same candidate at once (postgresql)', function () {
  this.timeout(180_000);
  const server = useTestApp(bothProviders[1].make, ALWAYS_OPEN);

  it('exactly one introduction row and one notice, every time', async () => {
    const anna = await clientFor(server.app, 'Anna', 'werkgeversadviseur');
    const bram = await clientFor(server.app, 'Bram', 'admin');
    for (let round = 0; round < 6; round++) {
      const { vacancyId } = await publishedVacancy(server.app, anna, 'none', `Kok ${round}`);
      const seeker = await cookSeeker(server.app);
      const answers = await Promise.all([anna, bram].map((c) => c.request('POST', api('/introductions'), { vacancyId, seekerId: seeker.seekerId, why: `ronde ${round}` })));
      expect(answers.map((r) => r.status).sort(), `round ${round}`).to.deep.equal([200, 201]);
      const bodies = (await Promise.all(answers.map(async (r) => JSON.parse(await r.text()) as { introduction: { id: string } })));
      expect(new Set(bodies.map((b) => b.introduction.id)).size).to.equal(1);
      expect(await server.app.db.introduction.count({ where: { vacancyId, seekerId: seeker.seekerId } })).to.equal(1);
      await waitUntil(async () => (await transcriptTexts(server.app, seeker.client!.conversationId)).some((t) => t.includes('Goed nieuws')), 10_000, 'the seeker told');
      const notices = (await transcriptTexts(server.app, seeker.client!.conversationId)).filter((t) => t.includes('Goed nieuws'));
      expect(notices, `round ${round}`).to.have.length(1);
    }
  });
});
