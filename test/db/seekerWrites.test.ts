// The seeker's frequent writes through the hot path's driver (src/db/seekerWrites.ts): consent, the
// profile's versions, the proposals with their advisor marks and "shown", staged in a turn's unit and
// written with it (on PostgreSQL in its one statement), and read back through Prisma as before.
import { expect } from 'chai';
import { createDb, driverOf, type Db } from '../../src/db/client';
import { migrate } from '../../src/db/migrate';
import { DirectLineStore } from '../../src/db/directLineStore';
import { ProposalOversight, SeekerStore } from '../../src/db/seekerStore';
import { UnitOfWork } from '../../src/db/unitOfWork';
import { bothProviders, type TestDatabase } from '../helpers/databases';

const CONVERSATION = 'dl-conv-1';
const who = { channel: 'directline', userId: 'user-1', conversationId: CONVERSATION };
const proposal = (id: string, score: number) => ({ id, kind: 'instrument', title: `Voorstel ${id}`, score, reasons: ['Omdat je WW hebt.'] });

for (const { name, make } of bothProviders) {
  describe(`seeker writes through the driver (${name})`, () => {
    let database: TestDatabase;
    let db: Db;
    let store: SeekerStore;
    let directLine: DirectLineStore;
    let turns = 0;
    /** Every statement the driver ran outside a transaction (the one statement on PostgreSQL). */
    let seen: string[] = [];

    before(async () => {
      database = await make();
      await migrate(database.url);
      db = createDb(database.url);
      store = new SeekerStore(db, 'k'.repeat(32));
      directLine = new DirectLineStore(db);
      await directLine.createConversation(CONVERSATION, who.userId);
      const sql = driverOf(db);
      const all = sql.all.bind(sql);
      sql.all = (text, params) => (seen.push(text), all(text, params));
    });
    after(async () => {
      await db.$disconnect();
      await database.drop();
    });

    /** One turn like the Direct Line's: a message received, `fn` run in its unit, the unit committed. */
    async function turn(fn: () => Promise<void>): Promise<void> {
      const activityId = `${CONVERSATION}|${++turns}`;
      await directLine.receive(CONVERSATION, { id: activityId, type: 'message' });
      const unit = new UnitOfWork();
      await unit.run(fn);
      directLine.stageTurn(unit, { answers: { conversationId: CONVERSATION, activityId }, replies: [] });
      seen = [];
      await directLine.commit(unit);
    }

    const profileOf = (seekerId: string) => db.profile.findUniqueOrThrow({ where: { seekerId } });
    const proposalsOf = async (seekerId: string) =>
      new Map((await db.proposal.findMany({ where: { seekerId } })).map((p) => [(p.data as { id: string }).id, p] as const));

    it('gives consent once per seeker: the same seeker on a second conversation, one consent each time', async () => {
      const first = await store.giveConsent(who, 'nl', 'v1');
      const again = await store.giveConsent({ ...who, conversationId: 'other-conv' }, 'en', 'v2');
      expect(again).to.equal(first);
      expect(first).to.match(/^c[a-z0-9]{24}$/);
      const seeker = await db.seeker.findUniqueOrThrow({ where: { id: first }, include: { consents: true, conversations: true } });
      expect(seeker.locale).to.equal('en');
      expect(seeker.consents.map((c) => [c.purpose, c.granted, c.textVersion]).sort()).to.deep.equal([['profile', true, 'v1'], ['profile', true, 'v2']]);
      expect(seeker.conversations.map((c) => c.id).sort()).to.deep.equal([CONVERSATION, 'other-conv']);
      expect(await store.find(who)).to.deep.equal({ id: first, consent: true, answers: undefined, complete: false });
    });

    it("writes a turn's profile versions with the turn: read back in it, stored only at its commit, one version a save", async () => {
      const seekerId = (await store.find(who))!.id;
      await store.saveAnswers(seekerId, { situation: 'ww' });
      expect((await profileOf(seekerId)).version).to.equal(1);
      await turn(async () => {
        await store.saveAnswers(seekerId, { situation: 'ww', education: 'vmbo' });
        await store.saveAnswers(seekerId, { situation: 'ww', education: 'mbo-2' });
        expect((await store.find(who))?.answers, 'the turn reads what it staged').to.deep.equal({ situation: 'ww', education: 'mbo-2' });
        expect((await profileOf(seekerId)).version, 'nothing stored before the commit').to.equal(1);
      });
      const stored = await profileOf(seekerId);
      expect(stored.version).to.equal(3);
      expect(stored.data).to.deep.equal({ version: 2, answers: { situation: 'ww', education: 'mbo-2' }, complete: false });
      if (name === 'postgresql') expect(seen.filter((s) => /^WITH /.test(s) && s.includes('INTO "Profile"')), 'in the turn\'s one statement').to.have.length(1);
    });

    it("keeps an advisor's mark and an earlier 'shown' with the same proposal, and marks what the turn showed", async () => {
      const seekerId = (await store.find(who))!.id;
      await store.saveResult(seekerId, { situation: 'ww' }, [proposal('a', 0.9), proposal('b', 0.8), proposal('c', 0.7)]);
      const before = await proposalsOf(seekerId);
      const markedAt = new Date('2026-11-30T10:11:12.345Z');
      expect(await new ProposalOversight(db).mark(before.get('a')!.id, seekerId, { reason: 'te ver weg', by: 'Anna', at: markedAt })).to.equal(true);
      const shownAt = new Date('2026-12-01T08:09:10.123Z');
      await store.markShown(seekerId, ['b'], shownAt);
      expect((await proposalsOf(seekerId)).get('b')!.shownAt).to.deep.equal(shownAt);

      const now = new Date('2026-12-02T09:00:00.500Z');
      let kept: unknown;
      await turn(async () => {
        kept = await store.saveResult(seekerId, { situation: 'ww', education: 'hbo' }, [proposal('a', 0.95), proposal('b', 0.6), proposal('d', 0.5), proposal('e', 0.4)]);
        await store.markShown(seekerId, ['a', 'b', 'd'], now);
      });
      expect(kept).to.deep.equal({ a: { reason: 'te ver weg' } });
      const after = await proposalsOf(seekerId);
      expect([...after.keys()].sort()).to.deep.equal(['a', 'b', 'd', 'e']);
      expect(after.get('a')).to.include({ notFitting: true, notFittingReason: 'te ver weg', markedBy: 'Anna', score: 0.95 });
      expect(after.get('a')!.markedAt).to.deep.equal(markedAt);
      expect(after.get('a')!.shownAt).to.deep.equal(now);
      expect(after.get('b')!.shownAt, 'seen before stays as it was').to.deep.equal(shownAt);
      expect(after.get('d')!.shownAt).to.deep.equal(now);
      expect(after.get('e')).to.include({ shownAt: null, notFitting: false, markedAt: null });
      expect(after.get('e')!.data).to.deep.equal(proposal('e', 0.4));
      expect(after.get('e')!.id).to.match(/^c[a-z0-9]{24}$/);
      const profile = await profileOf(seekerId);
      expect(profile.data).to.deep.equal({ version: 2, answers: { situation: 'ww', education: 'hbo' }, complete: true });
      expect((await store.find(who))?.complete).to.equal(true);
      if (name === 'postgresql') expect(seen.filter((s) => /^WITH /.test(s) && s.includes('INTO "Proposal"') && s.includes('DELETE FROM "Proposal"'))).to.have.length(1);

      // "Meer voorstellen" in a later turn: the stored rows not yet shown, the first time only.
      const later = new Date('2026-12-02T09:05:00.000Z');
      await turn(() => store.markShown(seekerId, ['d', 'e', 'unknown'], later));
      const last = await proposalsOf(seekerId);
      expect(last.get('d')!.shownAt).to.deep.equal(now);
      expect(last.get('e')!.shownAt).to.deep.equal(later);
    });

    it("drops the turn's writes for a seeker erased during it, and commits the rest", async () => {
      const other = { channel: 'directline', userId: 'user-2', conversationId: 'conv-2' };
      const seekerId = await store.giveConsent(other, 'nl', 'v1');
      await turn(async () => {
        await store.saveAnswers(seekerId, { situation: 'bijstand' });
        // Erased elsewhere (another process) before this turn commits.
        await db.seeker.delete({ where: { id: seekerId } });
      });
      expect(await db.profile.count({ where: { seekerId } })).to.equal(0);
      // The turn itself was committed: its message is answered.
      expect(await directLine.isAnswered(CONVERSATION, `${CONVERSATION}|${turns}`)).to.equal(true);

      // Erased in the turn itself ("verwijder mijn gegevens"): what it staged for the seeker goes too.
      const third = { channel: 'directline', userId: 'user-3', conversationId: 'conv-3' };
      const thirdId = await store.giveConsent(third, 'nl', 'v1');
      await turn(async () => {
        await store.saveResult(thirdId, { situation: 'ww' }, [proposal('a', 0.9)]);
        await store.erase(third);
      });
      expect(await db.profile.count({ where: { seekerId: thirdId } })).to.equal(0);
      expect(await db.proposal.count({ where: { seekerId: thirdId } })).to.equal(0);
    });
  });
}
