// FollowUpStore on both databases: one open follow-up per seeker and subject (also when scheduled
// twice at once), the scheduler's claim (two instances claiming at once never get the same row, a
// dead instance's claim is taken again), retries and giving up, the answer as compare-and-set with
// one anonymous outcome row, "nog niet" asked again once, cancel, and erase taking them along.
import { expect } from 'chai';
import { createDb, type Db } from '../../src/db/client';
import { migrate } from '../../src/db/migrate';
import { followUpAddress, PrismaFollowUpStore } from '../../src/db/followUpStore';
import { SeekerStore } from '../../src/db/seekerStore';
import type { ScheduleInput } from '../../src/followup/ports';
import { bothProviders, type TestDatabase } from '../helpers/databases';

const MINUTE = 60_000;
const DAY = 86_400_000;
const PUSHED = ['whatsapp', 'msteams'];

for (const { name, make } of bothProviders) {
  describe(`FollowUpStore (${name})`, () => {
    let database: TestDatabase;
    let db: Db;
    let other: Db;
    let store: PrismaFollowUpStore;
    let n = 0;
    const seekers = () => new SeekerStore(db, 'test-secret');
    const seeker = async (channel = 'whatsapp') => (await db.seeker.create({ data: { channel, userKey: seekers().userKey(channel, `u-${++n}`) } })).id;
    const input = (seekerId: string, more: Partial<ScheduleInput> = {}): ScheduleInput => ({
      seekerId,
      channel: 'whatsapp',
      referralType: 'schooling',
      subjectId: `proposal-${++n}`,
      subject: 'Scholing met WW',
      regionId: 'midden-utrecht',
      providerId: 'leerwerkloket-utrecht',
      providerName: 'Leerwerkloket Midden-Utrecht',
      dueAt: new Date(Date.now() - MINUTE),
      ...more,
    });

    before(async () => {
      database = await make();
      await migrate(database.url);
      db = createDb(database.url);
      // A second client: what another instance would be. SQLite is written by one process only
      // (config refuses WEB_CONCURRENCY > 1), so there the "other" is the same client, called at once.
      other = database.provider === 'postgresql' ? createDb(database.url) : db;
    });
    after(async () => {
      if (other !== db) await other.$disconnect();
      await db.$disconnect();
      await database.drop();
    });
    beforeEach(async () => {
      store = new PrismaFollowUpStore(db);
      await db.followUp.deleteMany();
      await db.followUpOutcome.deleteMany();
    });

    it('keeps one open follow-up per seeker and subject, also when scheduled twice at once', async () => {
      const s = await seeker();
      const first = input(s);
      const second = new PrismaFollowUpStore(other);
      let results: { id: string; created: boolean }[] = [];
      for (let round = 0; round < 5; round++) {
        const same = { ...first, subjectId: `${first.subjectId}-${round}` };
        results = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => (i % 2 ? second : store).schedule(same)));
        expect(new Set(results.map((r) => r.id)).size, `round ${round}`).to.equal(1);
        expect(results.filter((r) => r.created)).to.have.length(1);
        expect(await db.followUp.count({ where: { seekerId: s, subjectId: same.subjectId } })).to.equal(1);
      }
      Object.assign(first, { subjectId: `${first.subjectId}-4` });
      // The latest choice of when counts while it waits.
      const later = new Date(Date.now() + 14 * DAY);
      expect(await store.schedule({ ...first, dueAt: later })).to.deep.equal({ id: results[0].id, created: false });
      expect((await store.get(results[0].id))?.dueAt.getTime()).to.equal(later.getTime());
      // Another subject is another follow-up; an answered one no longer blocks a new one.
      expect((await store.schedule(input(s))).created).to.equal(true);
      await store.markAsked(results[0].id);
      await store.answer(results[0].id, 'done');
      expect((await store.schedule(first)).created).to.equal(true);
    });

    it('two instances claiming at once never get the same follow-up', async () => {
      const ids = new Set<string>();
      for (let i = 0; i < 12; i++) ids.add((await store.schedule(input(await seeker()))).id);
      const now = new Date();
      const a = new PrismaFollowUpStore(db);
      const b = new PrismaFollowUpStore(other);
      const [x, y] = await Promise.all([a.claimDue(now, 50, PUSHED), b.claimDue(now, 50, PUSHED)]);
      const xs = x.map((r) => r.id);
      const ys = y.map((r) => r.id);
      expect(xs.filter((id) => ys.includes(id)), 'claimed by both').to.deep.equal([]);
      expect(new Set([...xs, ...ys])).to.deep.equal(ids);
      for (const row of [...x, ...y]) expect(row).to.include({ status: 'sending', attempts: 1 });
      expect(await a.claimDue(now, 50, PUSHED), 'claimed rows are not claimed again').to.deep.equal([]);
    });

    it('claims only due follow-ups on the given channels, and takes a dead instance’s claim again after the timeout', async () => {
      const now = new Date();
      const due = await store.schedule(input(await seeker()));
      await store.schedule(input(await seeker(), { dueAt: new Date(now.getTime() + DAY) }));
      const web = await store.schedule(input(await seeker('directline'), { channel: 'directline' }));
      const [claimed] = await store.claimDue(now, 10, PUSHED);
      expect(claimed.id).to.equal(due.id);
      expect(await store.claimDue(new Date(now.getTime() + 5 * MINUTE), 10, PUSHED), 'within the claim timeout').to.deep.equal([]);
      const again = await new PrismaFollowUpStore(other).claimDue(new Date(now.getTime() + 11 * MINUTE), 10, PUSHED);
      expect(again.map((r) => [r.id, r.attempts])).to.deep.equal([[due.id, 2]]);
      // The first claimer's late failure report no longer counts: the claim is someone else's.
      expect(await store.deliveryFailed(claimed, new Date())).to.equal('lost');
      expect((await store.get(web.id))?.status, 'website rows wait for the seeker').to.equal('scheduled');
      expect((await store.dueForSeeker((await store.get(web.id))!.seekerId, now)).map((r) => r.id)).to.deep.equal([web.id]);
    });

    it('retries a failed delivery later and gives up after the last attempt', async () => {
      const few = new PrismaFollowUpStore(db, { maxAttempts: 2 });
      const { id } = await few.schedule(input(await seeker()));
      let now = new Date();
      const [first] = await few.claimDue(now, 10, PUSHED);
      const retryAt = new Date(now.getTime() + 30 * MINUTE);
      expect(await few.deliveryFailed(first, retryAt)).to.equal('retry');
      expect(await few.get(id)).to.include({ status: 'scheduled', attempts: 1 });
      expect(await few.claimDue(now, 10, PUSHED), 'not before the retry time').to.deep.equal([]);
      now = retryAt;
      const [second] = await few.claimDue(now, 10, PUSHED);
      expect(second.attempts).to.equal(2);
      expect(await few.deliveryFailed(second, new Date(now.getTime() + 30 * MINUTE))).to.equal('failed');
      expect((await few.get(id))?.status).to.equal('failed');
      // A claim that timed out after the last attempt fails too, instead of being sent again.
      const other2 = await few.schedule(input(await seeker()));
      await few.claimDue(now, 10, PUSHED);
      await db.followUp.update({ where: { id: other2.id }, data: { attempts: 2 } });
      expect(await few.claimDue(new Date(now.getTime() + 11 * MINUTE), 10, PUSHED)).to.deep.equal([]);
      expect((await few.get(other2.id))?.status).to.equal('failed');
    });

    it('takes one answer (compare-and-set) and counts it without the seeker', async () => {
      const { id } = await store.schedule(input(await seeker()));
      expect(await store.answer(id, 'done'), 'not asked yet').to.equal(false);
      expect(await store.markAsked(id)).to.equal(true);
      expect(await store.markAsked(id), 'asked once').to.equal(false);
      expect((await store.askedFor((await store.get(id))!.seekerId))?.id).to.equal(id);
      const answers = await Promise.all([store.answer(id, 'done'), new PrismaFollowUpStore(other).answer(id, 'failed')]);
      expect(answers.filter(Boolean)).to.have.length(1);
      const row = (await store.get(id))!;
      expect(row.status).to.equal('answered');
      expect(row.outcome).to.equal(answers[0] ? 'done' : 'failed');
      const outcomes = await db.followUpOutcome.findMany();
      expect(outcomes).to.have.length(1);
      expect(outcomes[0]).to.include({ regionId: 'midden-utrecht', referralType: 'schooling', providerId: 'leerwerkloket-utrecht', providerName: 'Leerwerkloket Midden-Utrecht', outcome: row.outcome, month: new Date().toISOString().slice(0, 7) });
      expect(Object.keys(outcomes[0])).to.not.include('seekerId');
    });

    it('asks again once after "nog niet"', async () => {
      const { id } = await store.schedule(input(await seeker()));
      expect(await store.reschedule(id, new Date()), 'not answered yet').to.equal(undefined);
      await store.markAsked(id);
      await store.answer(id, 'not-yet');
      const later = new Date(Date.now() + 14 * DAY);
      const again = await store.reschedule(id, later);
      expect(again?.id).to.be.a('string').and.not.equal(id);
      expect(await store.reschedule(id, later), 'one new round at a time').to.equal(undefined);
      expect(await store.get(again!.id)).to.include({ status: 'scheduled', subject: 'Scholing met WW' });
      await store.markAsked(again!.id);
      await store.answer(again!.id, 'not-yet');
      expect(await store.reschedule(again!.id, later), 'only once').to.equal(undefined);
      expect(await store.outcomes('midden-utrecht')).to.deep.equal([
        { referralType: 'schooling', providerId: 'leerwerkloket-utrecht', providerName: 'Leerwerkloket Midden-Utrecht', done: 0, notYet: 2, failed: 0, askedNoAnswer: 0 },
      ]);
    });

    it('asks the returning seeker what is due or asked and unanswered; "weet ik niet" asks later', async () => {
      const s = await seeker('directline');
      const now = new Date();
      const due = await store.schedule(input(s, { channel: 'directline', dueAt: new Date(now.getTime() - DAY) }));
      const asked = await store.schedule(input(s, { channel: 'directline', dueAt: now }));
      const later = await store.schedule(input(s, { channel: 'directline', dueAt: new Date(now.getTime() + DAY) }));
      await store.markAsked(asked.id);
      expect((await store.dueForSeeker(s, now)).map((r) => r.id)).to.deep.equal([due.id, asked.id]);
      expect(await store.postpone(due.id, new Date(now.getTime() + 7 * DAY)), 'not asked yet').to.equal(false);
      expect(await store.postpone(asked.id, new Date(now.getTime() + 7 * DAY))).to.equal(true);
      expect(await store.get(asked.id)).to.include({ status: 'scheduled', askedAt: null, attempts: 0 });
      expect((await store.dueForSeeker(s, now)).map((r) => r.id)).to.deep.equal([due.id]);
      expect((await store.dueForSeeker(s, new Date(now.getTime() + 8 * DAY))).map((r) => r.id)).to.deep.equal([due.id, later.id, asked.id]);
      expect(await db.followUpOutcome.count(), 'nothing kept of "weet ik niet"').to.equal(0);
      const subject = (await store.get(due.id))!.subjectId;
      expect(await store.forSubject(s, subject)).to.equal(true);
      expect(await store.forSubject(s, 'other')).to.equal(false);
      expect(await store.notYetBefore(s, subject)).to.equal(false);
      await store.markAsked(due.id);
      await store.answer(due.id, 'not-yet');
      expect(await store.notYetBefore(s, subject)).to.equal(true);
      expect((await store.schedule({ ...input(s), subjectId: subject })).created, 'asked again as a new row').to.equal(true);
    });

    it('cancels open follow-ups, one or all of a seeker', async () => {
      const s = await seeker();
      const a = await store.schedule(input(s));
      const b = await store.schedule(input(s));
      const c = await store.schedule(input(s));
      await store.markAsked(c.id);
      await store.answer(c.id, 'done');
      expect(await store.cancel(a.id)).to.equal(true);
      expect(await store.cancel(a.id)).to.equal(false);
      expect(await store.cancelForSeeker(s)).to.equal(1);
      expect((await store.get(b.id))?.status).to.equal('cancelled');
      expect((await store.get(c.id))?.status, 'an answered one stays answered').to.equal('answered');
      expect(await store.claimDue(new Date(), 10, PUSHED)).to.deep.equal([]);
    });

    it('counts outcomes per referral type and provider, per region', async () => {
      const answer = async (more: Partial<ScheduleInput>, outcome: 'done' | 'not-yet' | 'failed') => {
        const { id } = await store.schedule(input(await seeker(), more));
        await store.markAsked(id);
        expect(await store.answer(id, outcome)).to.equal(true);
      };
      await answer({}, 'done');
      await answer({}, 'done');
      await answer({}, 'failed');
      await answer({ referralType: 'introduction', providerId: undefined, providerName: 'Bakkerij Jansen' }, 'done');
      await answer({ regionId: 'elders' }, 'done');
      const waiting = await store.schedule(input(await seeker()));
      await store.markAsked(waiting.id);
      expect(await store.outcomes('midden-utrecht')).to.deep.equal([
        { referralType: 'introduction', providerId: null, providerName: 'Bakkerij Jansen', done: 1, notYet: 0, failed: 0, askedNoAnswer: 0 },
        { referralType: 'schooling', providerId: 'leerwerkloket-utrecht', providerName: 'Leerwerkloket Midden-Utrecht', done: 2, notYet: 0, failed: 1, askedNoAnswer: 1 },
      ]);
      expect((await store.outcomes()).find((l) => l.referralType === 'schooling')?.done).to.equal(3);
      // From a month on: answers of that month on; what waits for an answer counts as it is now.
      expect((await store.outcomes(undefined, '2999-01')).map((l) => [l.done + l.notYet + l.failed, l.askedNoAnswer])).to.deep.equal([[0, 1]]);
    });

    it('writes into the follow-up’s own conversation, else the seeker’s latest on its channel; never someone else’s', async () => {
      const s = await seeker();
      const other = await seeker();
      const ref = (id: string) => ({ channelId: 'whatsapp', conversation: { id }, user: { id: `user-${id}` }, locale: 'nl-NL' });
      await db.conversation.create({ data: { id: `old-${n}`, channel: 'whatsapp', seekerId: s, reference: ref('old'), updatedAt: new Date(Date.now() - DAY) } });
      await db.conversation.create({ data: { id: `new-${n}`, channel: 'whatsapp', seekerId: s, reference: ref('new') } });
      await db.conversation.create({ data: { id: `teams-${n}`, channel: 'msteams', seekerId: s, reference: { ...ref('teams'), channelId: 'msteams' } } });
      await db.conversation.create({ data: { id: `theirs-${n}`, channel: 'whatsapp', seekerId: other, reference: ref('theirs') } });
      const address = (conversationId: string | null, channel = 'whatsapp') => followUpAddress(db, { seekerId: s, conversationId, channel }) as Promise<{ conversation: { id: string }; channelId: string } | undefined>;
      expect((await address(`old-${n}`))?.conversation.id).to.equal(`old-${n}`);
      expect((await address(null))?.conversation.id).to.equal(`new-${n}`);
      expect((await address(null, 'msteams'))?.conversation.id).to.equal(`teams-${n}`);
      expect(await address(`theirs-${n}`), 'another seeker’s conversation').to.equal(undefined);
      expect(await address(`teams-${n}`), 'a conversation on another channel').to.equal(undefined);
      expect(await address('gone')).to.equal(undefined);
    });

    it('erasing the seeker takes their follow-ups along; the anonymous counts stay', async () => {
      const userId = `erase-${++n}`;
      const s = (await db.seeker.create({ data: { channel: 'whatsapp', userKey: seekers().userKey('whatsapp', userId) } })).id;
      const asked = await store.schedule(input(s));
      await store.markAsked(asked.id);
      await store.answer(asked.id, 'done');
      await store.schedule(input(s));
      await store.schedule(input(s, { dueAt: new Date(Date.now() + DAY) }));
      expect(await db.followUp.count({ where: { seekerId: s } })).to.equal(3);
      await seekers().erase({ channel: 'whatsapp', userId, conversationId: 'none' });
      expect(await db.followUp.count({ where: { seekerId: s } })).to.equal(0);
      expect(await store.claimDue(new Date(), 10, PUSHED)).to.deep.equal([]);
      expect(await db.followUpOutcome.count()).to.equal(1);
      // Planning for an erased seeker fails instead of leaving an orphan.
      let error: unknown;
      await store.schedule(input(s)).catch((e: unknown) => (error = e));
      expect(error).to.be.instanceOf(Error);
    });
  });
}
