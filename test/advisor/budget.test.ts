// The regional budget in the console through the real server, on the example region's
// scholingsbudget (content/regions/midden-utrecht/schemes.json: 2.500 euro per person, 250.000 a
// year): every advisor reads, only budgetbeheerders and admins decide (403 FORBIDDEN_ROLE), the
// coded errors (AMOUNT_TOO_HIGH, ALREADY_DECIDED, BUDGET_EXHAUSTED, REASON_REQUIRED, NOT_GRANTED),
// the audit log, and the seeker hearing the decision in their own website chat, in their language.
import crypto from 'node:crypto';
import { expect } from 'chai';
import type { App } from '../../src/app';
import { useTestApp } from '../helpers/app';
import { bothProviders } from '../helpers/databases';
import { DirectLineClient } from '../helpers/directLine';
import { AdvisorClient, ALWAYS_OPEN, createAdvisor, messagesTo, sessionFor, waitUntil } from './helpers';
import type { AdvisorRole } from '../../src/db/advisorStore';

const api = (path: string) => `/advisor/api/budget${path}`;
const REGION = 'midden-utrecht';
const SCHEME = 'scholingsbudget';
const codeOf = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

async function clientFor(app: App, name: string, role: AdvisorRole): Promise<AdvisorClient> {
  const advisor = await createAdvisor(app.db, name, undefined, { role });
  return AdvisorClient.withToken(app.url, await sessionFor(app.db, advisor.id));
}

/** A seeker with a website chat (a stored channel address) and an application for `costEuros`. */
async function applicant(app: App, costEuros: number, locale = 'nl-NL') {
  const seekerId = (await app.db.seeker.create({ data: { channel: 'directline', userKey: crypto.randomBytes(16).toString('hex'), locale: locale.slice(0, 2) } })).id;
  const chat = await new DirectLineClient(app.url).generate();
  await chat.start();
  await chat.say(locale.startsWith('en') ? 'hello' : 'hallo', { locale });
  await waitUntil(async () => Boolean((await app.db.conversation.findUnique({ where: { id: chat.conversationId } }))?.reference), 10_000, 'a stored reference');
  await app.db.conversation.update({ where: { id: chat.conversationId }, data: { seekerId } });
  await chat.poll();
  const data = { training: 'Heftruckcertificaat', provider: 'Opleider Midden', costEuros, start: '1 maart' };
  const { id } = await app.db.budgetApplication.create({ data: { seekerId, regionId: REGION, schemeId: SCHEME, data, costCents: costEuros * 100 } });
  return { seekerId, chat, id };
}

async function told(chat: DirectLineClient, what: string): Promise<string> {
  let texts = '';
  await waitUntil(async () => (texts += (await messagesTo(chat)).map((a) => a.text ?? '').join('\n')).includes(what), 10_000, `the seeker told "${what}"`);
  return texts;
}

for (const { name, make } of bothProviders) {
  describe(`budget API (${name})`, function () {
    this.timeout(180_000);
    const server = useTestApp(make, ALWAYS_OPEN);

    it('every advisor reads applications and budgets; only budgetbeheerders and admins decide', async () => {
      const { id } = await applicant(server.app, 1000);
      const plain = await clientFor(server.app, 'Piet', 'advisor');
      const mediator = await clientFor(server.app, 'Wendy', 'werkgeversadviseur');
      const list = await plain.json('GET', api('/applications?status=requested'));
      const mine = list.find((a: { id: string }) => a.id === id);
      expect(mine).to.deep.include({ regionId: REGION, schemeId: SCHEME, status: 'requested', costCents: 100_000, maxGrantCents: 100_000 });
      expect(mine.pseudonym).to.match(/^Kandidaat [0-9A-F]{4}$/);
      expect(mine.scheme.title.nl).to.equal('Regionaal scholingsbudget Midden-Utrecht');
      const detail = await plain.json('GET', api(`/applications/${id}`));
      expect(detail.data).to.deep.equal({ training: 'Heftruckcertificaat', provider: 'Opleider Midden', costEuros: 1000, start: '1 maart' });
      expect(detail.budget).to.deep.include({ totalCents: 25_000_000 });
      expect(await server.app.db.auditEntry.count({ where: { action: 'budget.read', detail: { contains: id } } })).to.equal(1);
      expect((await plain.json('GET', api('/budgets'))).schemes.map((s: { schemeId: string }) => s.schemeId)).to.include(SCHEME);
      for (const [who, path, body] of [[plain, 'grant', { amountEuros: 100 }], [mediator, 'refuse', { reason: 'nee' }], [plain, 'pay', { amountEuros: 1 }], [plain, 'withdraw', { reason: 'gestopt' }]] as const) {
        const res = await who.request('POST', api(`/applications/${id}/${path}`), body);
        expect([res.status, await codeOf(res)], path).to.deep.equal([403, 'FORBIDDEN_ROLE']);
      }
      const anonymous = await new AdvisorClient(server.app.url).request('GET', api('/applications'));
      expect(anonymous.status).to.equal(401);
      expect((await server.app.db.budgetApplication.findUniqueOrThrow({ where: { id } })).status).to.equal('requested');
    });

    it('a grant: limits per cost and person, the seeker hears it in their chat, a second decision is refused, payments up to the grant', async () => {
      const manager = await clientFor(server.app, 'Bea Budget', 'budgetbeheerder');
      const { id, chat, seekerId } = await applicant(server.app, 3000);
      const over = await manager.request('POST', api(`/applications/${id}/grant`), { amountEuros: 2500.01 });
      expect([over.status, await codeOf(over)]).to.deep.equal([400, 'AMOUNT_TOO_HIGH']);
      const bad = await manager.request('POST', api(`/applications/${id}/grant`), { amountEuros: -5 });
      expect([bad.status, await codeOf(bad)]).to.deep.equal([400, 'BAD_REQUEST']);
      const granted = await manager.json('POST', api(`/applications/${id}/grant`), { amountEuros: 2500 });
      expect(granted.application).to.deep.include({ status: 'granted', grantedCents: 250_000, decidedBy: 'Bea Budget' });
      expect(granted.notified).to.equal(true);
      const text = await told(chat, 'Goed nieuws');
      expect(text).to.include('Je aanvraag voor het regionaal scholingsbudget Midden-Utrecht is goedgekeurd').and.include('Je krijgt 2.500 euro').and.include('De opleiding kost 3.000 euro');
      const again = await manager.request('POST', api(`/applications/${id}/grant`), { amountEuros: 10 });
      expect([again.status, await codeOf(again)]).to.deep.equal([409, 'ALREADY_DECIDED']);
      const late = await manager.request('POST', api(`/applications/${id}/refuse`), { reason: 'toch niet' });
      expect([late.status, await codeOf(late)]).to.deep.equal([409, 'ALREADY_DECIDED']);

      expect((await manager.json('POST', api(`/applications/${id}/pay`), { amountEuros: 2000 })).application).to.deep.include({ status: 'granted', paidCents: 200_000 });
      const tooMuch = await manager.request('POST', api(`/applications/${id}/pay`), { amountEuros: 500.01 });
      expect([tooMuch.status, await codeOf(tooMuch)]).to.deep.equal([400, 'AMOUNT_TOO_HIGH']);
      expect((await manager.json('POST', api(`/applications/${id}/pay`), { amountEuros: 500 })).application).to.deep.include({ status: 'paid', paidCents: 250_000 });
      const done = await manager.request('POST', api(`/applications/${id}/pay`), { amountEuros: 1 });
      expect([done.status, await codeOf(done)]).to.deep.equal([409, 'NOT_GRANTED']);

      const audit = await server.app.db.auditEntry.findMany({ where: { detail: { contains: id } }, orderBy: { id: 'asc' } });
      expect(audit.map((e) => e.action)).to.deep.equal(['budget.grant', 'budget.seeker-told', 'budget.pay', 'budget.pay']);
      expect(audit[0]).to.deep.include({ actorName: 'Bea Budget', detail: `application=${id} scheme=${REGION}/${SCHEME} amountCents=250000` });
      expect(audit.find((e) => e.action === 'budget.seeker-told')!.detail).to.include(seekerId);
      const detail = await manager.json('GET', api(`/applications/${id}`));
      expect(detail.ledger.map((e: { kind: string; amountCents: number }) => [e.kind, e.amountCents])).to.deep.equal([['grant', 250_000], ['pay', 200_000], ['pay', 50_000]]);
      const budgets = (await manager.json('GET', api(`/budgets?regionId=${REGION}&months=3`))).schemes;
      const scheme = budgets.find((s: { schemeId: string }) => s.schemeId === SCHEME);
      expect(scheme.months).to.have.length(3);
      expect(scheme.months[2].grantedCents).to.be.at.least(250_000);
      expect(scheme.grantedCents + scheme.remainingCents).to.equal(scheme.totalCents);
    });

    it('a refusal needs a reason; the seeker hears it with the reason in their language', async () => {
      const admin = await clientFor(server.app, 'Ada', 'admin');
      const { id, chat } = await applicant(server.app, 800, 'en-GB');
      const empty = await admin.request('POST', api(`/applications/${id}/refuse`), { reason: '  ' });
      expect([empty.status, await codeOf(empty)]).to.deep.equal([400, 'REASON_REQUIRED']);
      const res = await admin.json('POST', api(`/applications/${id}/refuse`), { reason: 'Deze cursus staat niet op de lijst van het Werkcentrum.' });
      expect(res.application).to.deep.include({ status: 'refused', reason: 'Deze cursus staat niet op de lijst van het Werkcentrum.' });
      const text = await told(chat, 'has not been approved');
      expect(text).to.include('Your application for the regional training budget Midden-Utrecht has not been approved').and.include('The reason: Deze cursus staat niet op de lijst van het Werkcentrum.').and.include('I want to talk to an advisor');
      const audit = await server.app.db.auditEntry.findMany({ where: { detail: { contains: id } } });
      expect(audit.map((e) => e.action)).to.have.members(['budget.refuse', 'budget.seeker-told']);
      expect(audit.every((e) => !e.detail!.includes('Werkcentrum')), 'the reason is not in the audit log').to.equal(true);
      expect((await admin.request('POST', api('/applications/nope/refuse'), { reason: 'x' })).status).to.equal(404);
    });

    it('a grant above what is left of this year\'s budget: 409 BUDGET_EXHAUSTED, nothing booked, the seeker not told', async () => {
      const manager = await clientFor(server.app, 'Bea', 'budgetbeheerder');
      const { id, chat } = await applicant(server.app, 2000);
      const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date()));
      // The rest of the year's 250.000 euro went to others: 150 euro left.
      const where = { regionId_schemeId_year: { regionId: REGION, schemeId: SCHEME, year } };
      await server.app.db.schemeBudget.upsert({ where, create: { regionId: REGION, schemeId: SCHEME, year, totalCents: 25_000_000, grantedCents: 24_985_000 }, update: { grantedCents: 24_985_000 } });
      const res = await manager.request('POST', api(`/applications/${id}/grant`), { amountEuros: 150.01 });
      expect(res.status).to.equal(409);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).to.equal('BUDGET_EXHAUSTED');
      expect(body.error.message).to.include('€150 is left');
      expect((await server.app.db.budgetApplication.findUniqueOrThrow({ where: { id } })).status).to.equal('requested');
      expect((await server.app.db.schemeBudget.findUniqueOrThrow({ where })).grantedCents).to.equal(24_985_000);
      expect(await server.app.db.budgetLedgerEntry.count({ where: { applicationId: id } })).to.equal(0);
      expect((await messagesTo(chat)).length).to.equal(0);
      expect((await manager.json('POST', api(`/applications/${id}/grant`), { amountEuros: 150 })).application.status).to.equal('granted');
      expect((await server.app.db.schemeBudget.findUniqueOrThrow({ where })).grantedCents).to.equal(25_000_000);
      // The seeker stops: withdrawn, the 150 euro go back to this year's budget.
      const empty = await manager.request('POST', api(`/applications/${id}/withdraw`), {});
      expect([empty.status, await codeOf(empty)]).to.deep.equal([400, 'REASON_REQUIRED']);
      expect((await manager.json('POST', api(`/applications/${id}/withdraw`), { reason: 'Niet begonnen' })).application).to.deep.include({ status: 'withdrawn', reason: 'Niet begonnen' });
      expect((await server.app.db.schemeBudget.findUniqueOrThrow({ where })).grantedCents).to.equal(24_985_000);
      expect((await server.app.db.auditEntry.findFirstOrThrow({ where: { action: 'budget.withdraw', detail: { contains: id } } })).detail).to.include('releasedCents=15000');
      const twice = await manager.request('POST', api(`/applications/${id}/withdraw`), { reason: 'nog eens' });
      expect([twice.status, await codeOf(twice)]).to.deep.equal([409, 'ALREADY_DECIDED']);
    });
  });
}
