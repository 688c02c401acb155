// The finished intake is stored as one unit: complete answers and their proposals, or neither.
import { expect } from 'chai';
import { createDb, type Db } from '../../src/db/client';
import { migrate } from '../../src/db/migrate';
import { SeekerStore } from '../../src/db/seekerStore';
import { bothProviders, type TestDatabase } from '../helpers/databases';

const who = { channel: 'test', userId: 'seeker-1', conversationId: 'conv-1' };
const proposal = (title: string, score: number) => ({ kind: 'instrument', title, score, reasons: ['Omdat je WW hebt.'], provider: 'UWV' });

// A proposal titled 'boom' fails inside the database, after the profile was written in the same
// transaction: the fault the transaction must undo.
const FAIL_ON_BOOM = {
  sqlite: [`CREATE TRIGGER proposal_boom BEFORE INSERT ON "Proposal" WHEN NEW."title" = 'boom' BEGIN SELECT RAISE(ABORT, 'boom'); END`],
  postgresql: [
    `CREATE FUNCTION proposal_boom() RETURNS trigger AS $$ BEGIN IF NEW."title" = 'boom' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
    `CREATE TRIGGER proposal_boom BEFORE INSERT ON "Proposal" FOR EACH ROW EXECUTE FUNCTION proposal_boom()`,
  ],
};

for (const { name, make } of bothProviders) {
  describe(`seeker store: the intake's result (${name})`, () => {
    let database: TestDatabase;
    let db: Db;
    let store: SeekerStore;
    let seekerId: string;
    before(async () => {
      database = await make();
      await migrate(database.url);
      db = createDb(database.url);
      for (const sql of FAIL_ON_BOOM[name]) await db.$executeRawUnsafe(sql);
      store = new SeekerStore(db, 'k'.repeat(32));
      seekerId = await store.giveConsent(who, 'nl', 'consent-v1');
    });
    after(async () => {
      await db.$disconnect();
      await database.drop();
    });

    it('saves the answers as complete with their proposals, replacing the earlier ones', async () => {
      await store.saveAnswers(seekerId, { situation: 'ww' });
      expect((await store.find(who))?.complete).to.equal(false);

      await store.saveResult(seekerId, { situation: 'ww', education: 'mbo-2' }, [proposal('Werkfit', 0.9), proposal('Scholing', 0.5)]);
      await store.saveResult(seekerId, { situation: 'ww', education: 'mbo-3' }, [proposal('Sollicitatietraining', 0.7)]);

      const found = await store.find(who);
      expect(found).to.include({ complete: true });
      expect(found?.answers).to.deep.equal({ situation: 'ww', education: 'mbo-3' });
      const stored = await db.proposal.findMany({ where: { seekerId }, select: { title: true, score: true } });
      expect(stored).to.deep.equal([{ title: 'Sollicitatietraining', score: 0.7 }]);
    });

    it('keeps neither the answers nor the proposals when storing a proposal fails', async () => {
      const before = await db.profile.findUniqueOrThrow({ where: { seekerId } });
      let failure: unknown;
      try {
        await store.saveResult(seekerId, { situation: 'bijstand' }, [proposal('Werkfit', 0.9), proposal('boom', 0.1)]);
      } catch (error) {
        failure = error;
      }
      // The database refused the second proposal.
      expect(String((failure as Error | undefined)?.message)).to.match(/boom/);
      const after = await db.profile.findUniqueOrThrow({ where: { seekerId } });
      expect(after.version).to.equal(before.version);
      expect(after.data).to.deep.equal(before.data);
      expect((await db.proposal.findMany({ where: { seekerId }, select: { title: true } })).map((p) => p.title)).to.deep.equal(['Sollicitatietraining']);
    });
  });
}
