// MediationStore on both databases: what seekers may be shown (published, not past its date), the
// idempotent "stel me voor", one introduction when two advisors introduce at once, the status flow
// as compare-and-set, group codes, and erase on either side taking the links with it.
import { expect } from 'chai';
import { createDb, type Db } from '../../src/db/client';
import { migrate } from '../../src/db/migrate';
import { MediationStore, newGroupCode, normaliseGroupCode } from '../../src/db/mediationStore';
import { VacancyDataSchema } from '../../src/mediation/vacancy';
import { bothProviders, type TestDatabase } from '../helpers/databases';

const data = VacancyDataSchema.parse({ words: 'heftruckchauffeur in ons magazijn', postcode: '3542', hoursPerWeek: { min: 32, max: 32 } });
const contact = { name: 'P. de Vries', email: 'p.devries@example.nl' };
const day = 86_400_000;

for (const { name, make } of bothProviders) {
  describe(`MediationStore (${name})`, () => {
    let database: TestDatabase;
    let db: Db;
    let store: MediationStore;
    let n = 0;
    const seeker = async () => (await db.seeker.create({ data: { channel: 'directline', userKey: `u-${++n}` } })).id;
    const vacancy = async (input: { closesAt?: Date } = {}) => {
      const employer = await store.createEmployer({ organisation: `Bedrijf ${++n}`, contact, userKey: `employer-${n}`, consentVersion: 'v1' });
      return { employer, vacancy: await store.createVacancy({ employerId: employer.id, title: 'Heftruckchauffeur', data, source: 'chat', ...input }) };
    };

    before(async () => {
      database = await make();
      await migrate(database.url);
      db = createDb(database.url);
      store = new MediationStore(db);
    });
    after(async () => {
      await db.$disconnect();
      await database.drop();
    });

    it('shows seekers only published vacancies before their closing date', async () => {
      const now = new Date();
      const { vacancy: draft } = await vacancy();
      const { vacancy: open } = await vacancy({ closesAt: new Date(now.getTime() + day) });
      const { vacancy: soon } = await vacancy({ closesAt: new Date(now.getTime() + day) });
      const { vacancy: closed } = await vacancy();
      for (const v of [open, soon, closed]) expect(await store.publish(v.id, 'Anna', now)).to.equal(true);
      expect(await store.close(closed.id, 'Anna', 'vervuld')).to.equal(true);
      expect(await store.close(closed.id, 'Anna', 'vervuld'), 'closing twice').to.equal(false);
      expect(await store.publish(open.id, 'Anna'), 'publishing twice').to.equal(false);
      const shown = (await store.openVacancies(now)).map((v) => v.id);
      expect(shown).to.include.members([open.id, soon.id]).and.not.include.members([draft.id, closed.id]);
      expect((await store.openVacancies(new Date(now.getTime() + 2 * day))).map((v) => v.id)).to.not.include.members([open.id, soon.id]);
      expect(await store.updateVacancy(closed.id, { title: 'Nieuw' }), 'a closed vacancy is not edited').to.equal(undefined);
    });

    it('a seeker asking twice for the same vacancy is one request', async () => {
      const s = await seeker();
      const { vacancy: v } = await vacancy();
      const [a, b] = await Promise.all([store.requestMediation(s, v.id), store.requestMediation(s, v.id)]);
      expect(a.id).to.equal(b.id);
      expect([a.created, b.created].filter(Boolean)).to.have.length(1);
      expect(await db.mediationRequest.count({ where: { seekerId: s } })).to.equal(1);
    });

    it('two advisors introducing the same candidate at once make one introduction', async () => {
      for (let round = 0; round < 5; round++) {
        const s = await seeker();
        const { vacancy: v } = await vacancy();
        await store.requestMediation(s, v.id);
        const results = await Promise.all(['Anna', 'Bram'].map((advisorName, i) => store.introduce({ vacancyId: v.id, seekerId: s, advisorId: `a${i}`, advisorName, why: 'Ervaring met heftruck' })));
        expect(results.filter((r) => r.created), `round ${round}`).to.have.length(1);
        expect(results[0].introduction.id).to.equal(results[1].introduction.id);
        expect(await db.introduction.count({ where: { seekerId: s } })).to.equal(1);
        expect((await store.mediationRequests({ seekerId: s }))[0].status).to.equal('handled');
      }
    });

    it('moves an introduction along its flow once; a reason is needed to close it negatively', async () => {
      const s = await seeker();
      const { vacancy: v } = await vacancy();
      const { introduction } = await store.introduce({ vacancyId: v.id, seekerId: s, advisorId: 'a', advisorName: 'Anna', why: 'past goed' });
      expect(await store.move(introduction.id, 'aangenomen', 'Anna')).to.equal('not-allowed');
      expect(await store.move(introduction.id, 'niet-aangenomen', 'Anna', '  ')).to.equal('needs-reason');
      const moves = await Promise.all([store.move(introduction.id, 'gesprek', 'Anna'), store.move(introduction.id, 'gesprek', 'Bram')]);
      expect(moves.filter((m) => typeof m === 'object')).to.have.length(1);
      const done = await store.move(introduction.id, 'niet-aangenomen', 'Anna', 'Rijbewijs ontbreekt');
      expect(done).to.include({ status: 'niet-aangenomen', outcomeReason: 'Rijbewijs ontbreekt' });
      expect(typeof done === 'object' && done.history.map((h) => h.status)).to.deep.equal(['voorgesteld', 'gesprek', 'niet-aangenomen']);
      expect(await store.move('nope', 'gesprek', 'Anna')).to.equal('not-found');
    });

    it('group codes are read back however they are typed, and members are counted, never listed', async () => {
      const { employer } = await vacancy();
      const group = await store.createGroup({ employerId: employer.id, headcount: 12, work: 'productiemedewerker', arrangement: { trainingPaid: true } });
      expect(group.code).to.match(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
      const typed = group.code.toLowerCase().replace('-', ' ');
      expect((await store.groupByCode(typed))?.id).to.equal(group.id);
      expect(await store.groupByCode('ABCD-EFG')).to.equal(null);
      const s = await seeker();
      await store.joinGroup(s, group.id);
      expect(await store.groupProgress(group.id)).to.deep.equal({ started: 1, withProfile: 0, introduced: 0, placed: 0 });
    });

    it('erasing an employer removes their vacancies, groups, requests and introductions; members stay, untagged', async () => {
      const s = await seeker();
      const { employer, vacancy: v } = await vacancy();
      const group = await store.createGroup({ employerId: employer.id, headcount: 3, work: 'kassamedewerker', arrangement: {} });
      await store.joinGroup(s, group.id);
      await store.requestMediation(s, v.id);
      await store.introduce({ vacancyId: v.id, seekerId: s, advisorId: 'a', advisorName: 'Anna', why: 'past' });
      expect(await store.eraseEmployer({ userKey: `employer-${n}` })).to.equal(true);
      expect(await db.vacancy.count({ where: { id: v.id } })).to.equal(0);
      expect(await db.transitionGroup.count({ where: { id: group.id } })).to.equal(0);
      expect(await db.introduction.count({ where: { seekerId: s } })).to.equal(0);
      expect(await db.mediationRequest.count({ where: { seekerId: s } })).to.equal(0);
      expect((await db.seeker.findUniqueOrThrow({ where: { id: s } })).groupId).to.equal(null);
    });

    it('erasing a seeker removes their requests and introductions; the vacancy stays', async () => {
      const s = await seeker();
      const { vacancy: v } = await vacancy();
      await store.requestMediation(s, v.id);
      await store.introduce({ vacancyId: v.id, seekerId: s, advisorId: 'a', advisorName: 'Anna', why: 'past' });
      await db.seeker.delete({ where: { id: s } });
      expect(await db.introduction.count({ where: { seekerId: s } })).to.equal(0);
      expect(await db.mediationRequest.count({ where: { seekerId: s } })).to.equal(0);
      expect(await store.vacancy(v.id)).to.not.equal(undefined);
    });
  });
}

describe('group codes', () => {
  it('are drawn from an alphabet without look-alikes and normalised from what people type', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newGroupCode()));
    expect(codes.size).to.equal(200);
    for (const code of codes) expect(normaliseGroupCode(` ${code.toLowerCase().replace('-', '')} `)).to.equal(code);
    expect(normaliseGroupCode('OIL0-1234')).to.equal(undefined);
    expect(normaliseGroupCode('')).to.equal(undefined);
  });
});
