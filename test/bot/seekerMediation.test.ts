// The seeker side's port on both databases: the open vacancies are cached in process, yet a
// vacancy closed or expired while cached is never offered nor requested; the offer carries no
// employer identity, even when the title names the employer; consent states and withdrawal.
import { expect } from 'chai';
import { createSeekerMediation } from '../../src/bot/composeMediation';
import type { Db } from '../../src/db/client';
import { MediationStore } from '../../src/db/mediationStore';
import { searchOccupations, type Catalogue } from '../../src/matching';
import { VacancyDataSchema } from '../../src/mediation/vacancy';
import { openDatabase, sharedCatalogue } from '../helpers/conversation';
import { bothProviders, type TestDatabase } from '../helpers/databases';
import type { IntakeAnswers } from '../../src/dialogs/intakeAnswers';

const day = 86_400_000;

for (const { name, make } of bothProviders) {
  describe(`seeker mediation port (${name})`, function () {
    this.timeout(60_000);
    let database: TestDatabase;
    let db: Db;
    let store: MediationStore;
    let catalogue: Catalogue;
    let answers: IntakeAnswers;
    let uri: string;
    let n = 0;

    const seeker = async () => (await db.seeker.create({ data: { channel: 'test', userKey: `k-${++n}` } })).id;
    const published = async (title: string, closesAt?: Date) => {
      const employer = await store.createEmployer({ organisation: 'Van Dijk Transport', contact: { name: 'Kees', email: 'kees@vandijk.example' }, consentVersion: 'v1' });
      const v = await store.createVacancy({ employerId: employer.id, title, source: 'console', closesAt, data: VacancyDataSchema.parse({ words: title, postcode: '3542', hoursPerWeek: { max: 38 } }) });
      expect(await store.publish(v.id, 'Anna')).to.equal(true);
      return v.id;
    };

    before(async () => {
      database = await make();
      db = await openDatabase(database.url);
      store = new MediationStore(db);
      catalogue = await sharedCatalogue();
      uri = searchOccupations(catalogue, 'heftruckchauffeur', { limit: 1 })[0].uri;
      answers = { situation: 'ww', jobs: [{ text: 'heftruckchauffeur', occupation: { uri, label: 'heftruckchauffeur' }, confirmed: true, years: 8 }], postcode: '3511', hours: { min: 32, max: 38 } } as IntakeAnswers;
    });
    after(async () => {
      await db.$disconnect();
      await database.drop();
    });

    it('never offers or requests a vacancy closed or expired while the open list is cached; no employer name in the offer', async () => {
      const mediation = createSeekerMediation(db, catalogue, { userKey: (c, u) => `${c}:${u}`, cacheMs: 3_600_000 });
      const s = await seeker();
      const now = new Date();
      const a = await published('Heftruckchauffeur bij Van Dijk Transport');
      const b = await published('Heftruckchauffeur', new Date(now.getTime() + day));
      for (const id of [a, b]) await db.vacancy.update({ where: { id }, data: { data: { ...VacancyDataSchema.parse({ words: 'heftruck', postcode: '3542', occupationUri: uri }) } } });
      await db.vacancy.updateMany({ where: { id: { in: [a, b] } }, data: { title: 'Heftruckchauffeur bij Van Dijk Transport' } });
      const first = await mediation.vacancies(s, answers, 'nl', now);
      expect(first.map((o) => o.vacancyId).sort()).to.deep.equal([a, b].sort());
      expect(JSON.stringify(first)).to.not.match(/Van Dijk|Kees|vandijk/);

      await store.close(a, 'Anna', 'vervuld');
      const later = new Date(now.getTime() + 2 * day); // b has expired by then
      expect(await mediation.vacancies(s, answers, 'nl', now), 'closed while cached').to.have.length(1);
      expect(await mediation.vacancies(s, answers, 'nl', later), 'expired while cached').to.deep.equal([]);

      await mediation.setConsent(s, true);
      expect(await mediation.request(s, a, now)).to.equal('closed');
      expect(await mediation.request(s, b, later)).to.equal('closed');
      expect(await mediation.request(s, b, now)).to.equal('created');
      expect(await mediation.request(s, b, now)).to.equal('again');
      expect(await db.mediationRequest.count({ where: { seekerId: s } })).to.equal(1);
    });

    it('consent: not asked, refused, granted (a grant replaces a refusal), withdrawn with the open requests', async () => {
      const mediation = createSeekerMediation(db, catalogue, { userKey: (c, u) => `${c}:${u}` });
      const s = await seeker();
      const v = await published('Heftruckchauffeur');
      expect(await mediation.consent(s)).to.equal(undefined);
      expect(await mediation.request(s, v, new Date()), 'no request without consent').to.equal('no-consent');
      expect(await mediation.withdraw(s)).to.equal(false);
      await mediation.setConsent(s, false);
      expect(await mediation.consent(s)).to.equal('refused');
      await mediation.setConsent(s, true);
      expect(await mediation.consent(s)).to.equal('granted');
      expect(await mediation.request(s, v, new Date())).to.equal('created');
      expect(await mediation.withdraw(s)).to.equal(true);
      expect(await mediation.consent(s)).to.equal('refused');
      expect(await db.mediationRequest.count({ where: { seekerId: s } })).to.equal(0);
      const active = await db.consent.findMany({ where: { seekerId: s, purpose: 'matching', withdrawnAt: null } });
      expect(active.map((c) => c.granted)).to.deep.equal([false]);
    });
  });
}
