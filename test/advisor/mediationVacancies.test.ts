// Bemiddeling in the console through the real server: who may do what (401/403, no contact data
// for plain advisors), vacancies' life (draft → published → closed, expiry) and the CSV/JSON import
// with per-row errors and re-import, on SQLite and PostgreSQL.
import { expect } from 'chai';
import { useTestApp } from '../helpers/app';
import { bothProviders } from '../helpers/databases';
import { ALWAYS_OPEN, AdvisorClient, createAdvisor, sessionFor } from './helpers';
import { CONTACT, VACANCY_DATA, clientFor, codeOf, cookSeeker, publishedVacancy } from './mediationFixtures';

const CSV_HEADER = 'externalId;title;occupationUri;hoursMin;hoursMax;postcode;place;closesAt;dutch;drivingLicence;support;organisation;contactName;contactEmail;contactPhone';
const csvRow = (id: string, title: string, extra = '') => `${id};${title};http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e;24;32;3511 AB;Utrecht;2099-12-31;B1;nee;jobcoach|proefplaatsing;Hotel Zon;Jan Zon;jan@hotelzon.example;${extra}`;

for (const { name, make } of bothProviders) {
  describe(`bemiddeling API: vacancies (${name})`, function () {
    this.timeout(120_000);
    const server = useTestApp(make, ALWAYS_OPEN);
    const api = (path: string) => `/advisor/api${path}`;

    it('no session → 401; a plain advisor → 403 on every mediator endpoint and never sees contact data', async () => {
      const mediator = await clientFor(server.app, 'Wendy', 'werkgeversadviseur');
      const { vacancyId } = await publishedVacancy(server.app, mediator);
      const { seekerId } = await cookSeeker(server.app, 'granted', false);
      const anonymous = new AdvisorClient(server.app.url);
      const none = await anonymous.request('GET', api('/vacancies'));
      expect([none.status, await codeOf(none)]).to.deep.equal([401, 'UNAUTHENTICATED']);
      const plain = await clientFor(server.app, 'Piet', 'advisor');
      const mediatorOnly: [string, string, unknown?][] = [
        ['GET', '/vacancies'],
        ['POST', '/vacancies', { title: 'X', data: VACANCY_DATA }],
        ['GET', `/vacancies/${vacancyId}`],
        ['PATCH', `/vacancies/${vacancyId}`, { title: 'Y' }],
        ['POST', `/vacancies/${vacancyId}/publish`],
        ['POST', `/vacancies/${vacancyId}/close`, { reason: 'vervuld' }],
        ['POST', '/vacancies/import', []],
        ['GET', `/vacancies/${vacancyId}/candidates`],
        ['GET', '/mediation-requests'],
        ['POST', '/introductions', { vacancyId, seekerId, why: 'past goed' }],
        ['PATCH', '/introductions/x', { status: 'gesprek' }],
        ['GET', '/introductions'],
        ['GET', '/groups'],
        ['GET', '/groups/x'],
        ['GET', '/mediation/dashboard'],
      ];
      for (const [method, path, body] of mediatorOnly) {
        const res = await plain.request(method, api(path), body);
        expect([res.status, await codeOf(res)], `${method} ${path}`).to.deep.equal([403, 'FORBIDDEN_ROLE']);
      }
      // What a plain advisor may see: a seeker's vacancies, titles and places only.
      const res = await plain.request('GET', api(`/seekers/${seekerId}/vacancies`));
      expect(res.status).to.equal(200);
      const text = await res.text();
      const list = JSON.parse(text) as { vacancyId: string; title: string; place: string }[];
      expect(list.map((v) => [v.vacancyId, v.title, v.place])).to.deep.include([vacancyId, 'Kok', 'Utrecht']);
      for (const secret of [CONTACT.name, CONTACT.email, CONTACT.phone, 'Restaurant De Boog']) expect(text).not.to.include(secret);
      expect(await server.app.db.vacancy.count({ where: { title: { in: ['X', 'Y'] } } })).to.equal(0);
      expect((await server.app.db.vacancy.findUniqueOrThrow({ where: { id: vacancyId } })).status).to.equal('published');
    });

    it('an admin gives an advisor the role werkgeversadviseur (and takes it back): the mediator endpoints follow; audited', async () => {
      const ada = await createAdvisor(server.app.db, 'Ada', undefined, { role: 'admin' });
      const admin = AdvisorClient.withToken(server.app.url, await sessionFor(server.app.db, ada.id));
      const self = await admin.request('POST', api(`/admin/advisors/${ada.id}`), { role: 'werkgeversadviseur' });
      expect([self.status, await codeOf(self)]).to.deep.equal([409, 'CANNOT_CHANGE_SELF']);
      const advisor = await createAdvisor(server.app.db, 'Rob');
      const rob = AdvisorClient.withToken(server.app.url, await sessionFor(server.app.db, advisor.id));
      expect((await rob.request('GET', api('/vacancies'))).status).to.equal(403);
      const changed = await admin.json('POST', api(`/admin/advisors/${advisor.id}`), { role: 'werkgeversadviseur' });
      expect(changed.role).to.equal('werkgeversadviseur');
      expect((await rob.request('GET', api('/vacancies'))).status).to.equal(200);
      expect((await rob.request('GET', api('/admin/advisors'))).status).to.equal(403);
      await admin.json('POST', api(`/admin/advisors/${advisor.id}`), { role: 'advisor' });
      expect((await rob.request('GET', api('/vacancies'))).status).to.equal(403);
      const entries = await server.app.db.auditEntry.findMany({ where: { action: 'advisor.update', detail: { contains: advisor.id } } });
      expect(entries.map((e) => e.detail)).to.satisfy((d: string[]) => d.some((x) => x.includes('role=werkgeversadviseur')));
      const bad = await admin.request('POST', api(`/admin/advisors/${advisor.id}`), { role: 'root' });
      expect(bad.status).to.equal(400);
    });

    it('draft → published → closed with a reason; edits, double publish and closed vacancies are refused with codes; all audited', async () => {
      const admin = await clientFor(server.app, 'Ada', 'admin');
      const created = await admin.request('POST', api('/vacancies'), { title: 'Kok', data: VACANCY_DATA, closesAt: '2099-06-30', employer: { organisation: 'Eethuis', contact: CONTACT } });
      expect(created.status).to.equal(201);
      const vacancy = JSON.parse(await created.text());
      expect(vacancy).to.deep.include({ status: 'draft', expired: false, source: 'console', place: 'Utrecht', introductions: 0 });
      expect(vacancy.employer).to.deep.include({ organisation: 'Eethuis', contact: CONTACT });
      expect((await admin.json('GET', api('/vacancies?status=draft'))).map((v: { id: string }) => v.id)).to.include(vacancy.id);
      const listed = (await admin.json('GET', api('/vacancies'))).find((v: { id: string }) => v.id === vacancy.id);
      expect(listed.employer).to.deep.equal({ id: vacancy.employer.id, organisation: 'Eethuis' }); // no contact in the list
      const edited = await admin.json('PATCH', api(`/vacancies/${vacancy.id}`), { title: 'Kok (32 uur)', data: { ...VACANCY_DATA, place: 'Nieuwegein' } });
      expect(edited).to.deep.include({ title: 'Kok (32 uur)', place: 'Nieuwegein' });
      const published = await admin.json('POST', api(`/vacancies/${vacancy.id}/publish`));
      expect(published.status).to.equal('published');
      const again = await admin.request('POST', api(`/vacancies/${vacancy.id}/publish`));
      expect([again.status, await codeOf(again)]).to.deep.equal([409, 'VACANCY_NOT_DRAFT']);
      const noReason = await admin.request('POST', api(`/vacancies/${vacancy.id}/close`), {});
      expect([noReason.status, await codeOf(noReason)]).to.deep.equal([400, 'BAD_REQUEST']);
      const closed = await admin.json('POST', api(`/vacancies/${vacancy.id}/close`), { reason: 'vervuld via eigen netwerk' });
      expect(closed.status).to.equal('closed');
      expect(closed.history.map((h: { status: string }) => h.status)).to.deep.equal(['draft', 'published', 'closed']);
      expect(closed.history[2].reason).to.include('vervuld via eigen netwerk');
      for (const [method, path, body] of [['PATCH', `/vacancies/${vacancy.id}`, { title: 'Z' }], ['POST', `/vacancies/${vacancy.id}/close`, { reason: 'nogmaals' }]] as const) {
        const res = await admin.request(method, api(path), body);
        expect([res.status, await codeOf(res)], `${method} ${path}`).to.deep.equal([409, 'VACANCY_CLOSED']);
      }
      const missing = await admin.request('GET', api('/vacancies/nope'));
      expect([missing.status, await codeOf(missing)]).to.deep.equal([404, 'NOT_FOUND']);
      const actions = (await server.app.db.auditEntry.findMany({ where: { detail: { contains: vacancy.id } } })).map((e) => e.action);
      expect(actions).to.include.members(['vacancy.create', 'vacancy.update', 'vacancy.publish', 'vacancy.close']);
    });

    it('a vacancy past its closing date cannot be published, shows as expired, is not shown to seekers and takes no introductions', async () => {
      const mediator = await clientFor(server.app, 'Wim', 'werkgeversadviseur');
      const past = JSON.parse(await (await mediator.request('POST', api('/vacancies'), { title: 'Kok', data: VACANCY_DATA, closesAt: '2020-01-31' })).text());
      const refused = await mediator.request('POST', api(`/vacancies/${past.id}/publish`));
      expect([refused.status, await codeOf(refused)]).to.deep.equal([409, 'VACANCY_EXPIRED']);

      const { vacancyId } = await publishedVacancy(server.app, mediator, 'none', 'Kok die verloopt');
      const { seekerId } = await cookSeeker(server.app, 'granted', false);
      const before = await mediator.json('GET', api(`/seekers/${seekerId}/vacancies`));
      expect(before.map((v: { vacancyId: string }) => v.vacancyId)).to.include(vacancyId);
      await mediator.json('PATCH', api(`/vacancies/${vacancyId}`), { closesAt: new Date(Date.now() - 1000).toISOString() });
      const detail = await mediator.json('GET', api(`/vacancies/${vacancyId}`));
      expect(detail).to.include({ status: 'published', expired: true });
      expect(detail.history.map((h: { status: string }) => h.status)).to.deep.equal(['draft', 'published', 'expired']);
      const after = await mediator.json('GET', api(`/seekers/${seekerId}/vacancies`));
      expect(after.map((v: { vacancyId: string }) => v.vacancyId)).not.to.include(vacancyId);
      const introduce = await mediator.request('POST', api('/introductions'), { vacancyId, seekerId, why: 'ervaren kok' });
      expect([introduce.status, await codeOf(introduce)]).to.deep.equal([409, 'VACANCY_NOT_OPEN']);
      const dashboard = await mediator.json('GET', api('/mediation/dashboard'));
      const open = await server.app.db.vacancy.count({ where: { status: 'published', OR: [{ closesAt: null }, { closesAt: { gt: new Date() } }] } });
      expect(dashboard.openVacancies).to.equal(open);
    });

    it('imports CSV (";", with bad rows named) and JSON; a re-import updates by externalId and never duplicates', async () => {
      const mediator = await clientFor(server.app, 'Ilse', 'werkgeversadviseur');
      const tag = `${name}-${Date.now()}`;
      const csv = [CSV_HEADER, csvRow(`${tag}-1`, 'Kok'), csvRow(`${tag}-2`, 'Hulpkok', '06-12345678'), `${tag}-3;;;;;;;;;;;;;;`, csvRow(`${tag}-4`, 'Afwasser').replace('2099-12-31', '31-12-2099'), csvRow(`${tag}-5`, 'Kok').replace(';24;32;', ';40;32;')].join('\n');
      const res = await mediator.request('POST', api('/vacancies/import'), undefined, { 'content-type': 'text/csv' });
      expect(res.status).to.equal(422); // an empty body: nothing to import
      const first = await fetch(`${server.app.url}${api('/vacancies/import')}`, { method: 'POST', headers: { cookie: mediator.cookie, 'content-type': 'text/csv' }, body: csv });
      expect(first.status, await first.clone().text()).to.equal(200);
      const result = JSON.parse(await first.text());
      expect(result).to.deep.include({ created: 2, updated: 0 });
      expect(result.skipped.map((s: { row: number }) => s.row)).to.deep.equal([3, 4, 5]);
      expect(result.skipped[0].reason).to.include('title');
      expect(result.skipped[1].reason).to.include('closesAt');
      expect(result.skipped[2].reason).to.match(/min must be <= max/);
      const rows = await server.app.db.vacancy.findMany({ where: { externalId: { startsWith: tag } }, include: { employer: true } });
      expect(rows.map((r) => [r.externalId, r.status, r.source, r.postcode])).to.have.deep.members([[`${tag}-1`, 'draft', 'import', '3511'], [`${tag}-2`, 'draft', 'import', '3511']]);
      expect(rows[0].employer?.organisation).to.equal('Hotel Zon');
      expect(rows[0].employerId).to.equal(rows[1].employerId); // one employer per organisation

      const json = [
        { externalId: `${tag}-1`, title: 'Kok (nieuw)', occupationUri: VACANCY_DATA.occupationUri, hoursMin: 32, postcode: '3511', learnOnTheJob: ['bbl'], drivingLicence: true },
        { externalId: `${tag}-6`, title: 'Zelfstandig werkend kok', words: 'kok', support: ['loonkostensubsidie'] },
        { externalId: `${tag}-7`, title: 'Kok', support: ['geen-idee'] },
        'geen object',
      ];
      const second = await mediator.json('POST', api('/vacancies/import'), json);
      expect(second).to.deep.include({ created: 1, updated: 1 });
      expect(second.skipped.map((s: { row: number }) => s.row)).to.deep.equal([3, 4]);
      expect(await server.app.db.vacancy.count({ where: { externalId: { startsWith: tag } } })).to.equal(3);
      const updated = await server.app.db.vacancy.findUniqueOrThrow({ where: { externalId: `${tag}-1` } });
      expect(updated.title).to.equal('Kok (nieuw)');
      expect((updated.data as { learnOnTheJob: string[] }).learnOnTheJob).to.deep.equal(['bbl']);

      const bad = await mediator.request('POST', api('/vacancies/import'), [{ title: 'zonder id' }, { externalId: 'x' }]);
      expect(bad.status).to.equal(422);
      const body = JSON.parse(await bad.text());
      expect(body.error.code).to.equal('IMPORT_INVALID');
      expect(body.skipped.map((s: { row: number; reason: string }) => s.row)).to.deep.equal([1, 2]);
      expect(body.skipped[0].reason).to.include('externalId');
      const form = await mediator.request('POST', api('/vacancies/import'), undefined, { 'content-type': 'text/plain' });
      expect(form.status).to.equal(415);
      // CSV is taken on the import only, and only from this site.
      const csvElsewhere = await fetch(`${server.app.url}${api('/vacancies')}`, { method: 'POST', headers: { cookie: mediator.cookie, 'content-type': 'text/csv' }, body: csv });
      expect(csvElsewhere.status).to.equal(415);
      const foreign = await fetch(`${server.app.url}${api('/vacancies/import')}`, { method: 'POST', headers: { cookie: mediator.cookie, 'content-type': 'text/csv', origin: 'https://evil.example' }, body: csv });
      expect([foreign.status, await codeOf(foreign)]).to.deep.equal([403, 'FORBIDDEN_ORIGIN']);
    });
  });
}
