// The scheduler's rounds on both databases, with a recording delivery in place of the channels:
// two instances ticking at once deliver every due follow-up exactly once; the timer runs rounds
// until stop(), which waits for the round in progress; the channels a delivery cannot push to are
// left for the seeker's return; a follow-up whose send keeps failing fails after the last attempt.
import { expect } from 'chai';
import { createDb, type Db } from '../../src/db/client';
import { migrate } from '../../src/db/migrate';
import { PrismaFollowUpStore } from '../../src/db/followUpStore';
import type { FollowUpRow } from '../../src/followup/ports';
import { defaultBackoffMs, FollowUpScheduler, UndeliverableFollowUp, type FollowUpDelivery } from '../../src/followup/scheduler';
import { bothProviders, type TestDatabase } from '../helpers/databases';
import { loadConfig, parseDayWindow } from '../../src/config';

class RecordingDelivery implements FollowUpDelivery {
  readonly delivered: string[] = [];
  fail?: (row: FollowUpRow) => Error | undefined;
  constructor(readonly channels: readonly string[] = ['whatsapp', 'msteams']) {}
  async deliver(row: FollowUpRow): Promise<void> {
    const error = this.fail?.(row);
    if (error) throw error;
    this.delivered.push(row.id);
  }
}

describe('FOLLOW_UP_HOURS', () => {
  it('is a window of the local day; a wrong one stops the start with its name', () => {
    expect(parseDayWindow('09:00-20:00')).to.deep.equal({ from: 540, to: 1200 });
    expect(parseDayWindow('00:00-24:00')).to.deep.equal({ from: 0, to: 1440 });
    for (const bad of ['20:00-09:00', '9-20', '09:00-24:30', '09:60-20:00']) expect(() => parseDayWindow(bad), bad).to.throw();
    expect(loadConfig({}).followUp).to.deep.equal({ intervalMs: 60_000, hours: { from: 540, to: 1200 }, whatsAppTemplate: undefined });
    expect(() => loadConfig({ FOLLOW_UP_HOURS: 'nachts' })).to.throw(/FOLLOW_UP_HOURS/);
    expect(() => loadConfig({ WHATSAPP_FOLLOW_UP_TEMPLATE: 'Opvolging!' })).to.throw(/WHATSAPP_FOLLOW_UP_TEMPLATE/);
    expect(loadConfig({ WHATSAPP_FOLLOW_UP_TEMPLATE: 'werkloket_opvolging', WHATSAPP_FOLLOW_UP_LANGUAGE: 'en_US' }).followUp.whatsAppTemplate).to.deep.equal({ name: 'werkloket_opvolging', language: 'en_US' });
  });
});

for (const { name, make } of bothProviders) {
  describe(`FollowUpScheduler rounds (${name})`, () => {
    let database: TestDatabase;
    let db: Db;
    let other: Db;
    let n = 0;

    const due = async (channel = 'whatsapp', dueAt = new Date(Date.now() - 1000)) => {
      const seeker = await db.seeker.create({ data: { channel, userKey: `rounds-${++n}` } });
      return (await new PrismaFollowUpStore(db).schedule({ seekerId: seeker.id, channel, referralType: 'schooling', subjectId: `s-${n}`, subject: 'Scholing', providerName: 'Leerwerkloket', dueAt })).id;
    };

    before(async () => {
      database = await make();
      await migrate(database.url);
      db = createDb(database.url);
      // Another instance has its own connections on PostgreSQL; SQLite has one process.
      other = database.provider === 'postgresql' ? createDb(database.url) : db;
    });
    after(async () => {
      if (other !== db) await other.$disconnect();
      await db.$disconnect();
      await database.drop();
    });
    beforeEach(async () => {
      await db.followUp.deleteMany();
    });

    it('two instances ticking at once deliver every due follow-up exactly once', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 15; i++) ids.push(await due(i % 2 ? 'msteams' : 'whatsapp'));
      const a = new RecordingDelivery();
      const b = new RecordingDelivery();
      const results = await Promise.all([
        new FollowUpScheduler({ store: new PrismaFollowUpStore(db), delivery: a, batch: 5 }).tick(),
        new FollowUpScheduler({ store: new PrismaFollowUpStore(other), delivery: b, batch: 5 }).tick(),
        new FollowUpScheduler({ store: new PrismaFollowUpStore(db), delivery: a, batch: 5 }).tick(),
        new FollowUpScheduler({ store: new PrismaFollowUpStore(other), delivery: b, batch: 5 }).tick(),
      ]);
      const all = [...a.delivered, ...b.delivered];
      expect(all).to.have.length(new Set(all).size);
      expect(results.reduce((sum, r) => sum + r.asked, 0)).to.equal(all.length);
      // What the batches left is sent in the next round.
      await new FollowUpScheduler({ store: new PrismaFollowUpStore(db), delivery: a, batch: 50 }).tick();
      expect([...a.delivered, ...b.delivered].sort()).to.deep.equal([...ids].sort());
      expect(await db.followUp.count({ where: { status: 'asked' } })).to.equal(15);
    });

    it('leaves the website’s follow-ups for the seeker’s return, and a channel the delivery cannot push', async () => {
      const web = await due('directline');
      const teams = await due('msteams');
      const whatsapp = await due('whatsapp');
      const delivery = new RecordingDelivery(['whatsapp']);
      expect(await new FollowUpScheduler({ store: new PrismaFollowUpStore(db), delivery }).tick()).to.deep.equal({ asked: 1, retry: 0, failed: 0 });
      expect(delivery.delivered).to.deep.equal([whatsapp]);
      const statuses = await db.followUp.findMany({ where: { id: { in: [web, teams] } }, select: { status: true } });
      expect(statuses.map((s) => s.status)).to.deep.equal(['scheduled', 'scheduled']);
    });

    it('backs off after a failed send, fails after the last attempt, and at once when it cannot succeed', async () => {
      const flaky = await due();
      const nowhere = await due();
      let now = new Date();
      const delivery = new RecordingDelivery();
      delivery.fail = (row) => (row.id === nowhere ? new UndeliverableFollowUp('no-address') : new Error('Graph API answered 500'));
      const warnings: Record<string, unknown>[] = [];
      const scheduler = new FollowUpScheduler({ store: new PrismaFollowUpStore(db, { maxAttempts: 3 }), delivery, now: () => now, log: { warn: (fields) => void warnings.push(fields) } });
      expect(await scheduler.tick()).to.deep.equal({ asked: 0, retry: 1, failed: 1 });
      expect((await db.followUp.findUniqueOrThrow({ where: { id: flaky } })).dueAt.getTime()).to.equal(now.getTime() + defaultBackoffMs(1));
      for (const attempt of [2, 3]) {
        expect(await scheduler.tick(), 'not before its time').to.deep.equal({ asked: 0, retry: 0, failed: 0 });
        now = new Date(now.getTime() + defaultBackoffMs(attempt - 1));
        expect(await scheduler.tick()).to.deep.equal(attempt < 3 ? { asked: 0, retry: 1, failed: 0 } : { asked: 0, retry: 0, failed: 1 });
      }
      expect((await db.followUp.findUniqueOrThrow({ where: { id: flaky } })).status).to.equal('failed');
      expect(warnings.map((w) => w.outcome)).to.deep.equal(['retry', 'failed', 'retry', 'failed']);
      // Ids, channels and error kinds; never an error's message (it may quote what was sent).
      expect(JSON.stringify(warnings)).to.not.contain('Graph API answered');
      expect(defaultBackoffMs(1)).to.equal(15 * 60_000);
      expect(defaultBackoffMs(10)).to.equal(24 * 3_600_000);
    });

    it('pushes nothing outside the hours; what is due goes out in the first round after', async () => {
      const id = await due();
      const delivery = new RecordingDelivery();
      let night = true;
      const scheduler = new FollowUpScheduler({ store: new PrismaFollowUpStore(db), delivery, mayAsk: () => !night });
      expect(await scheduler.tick()).to.deep.equal({ asked: 0, retry: 0, failed: 0 });
      expect((await db.followUp.findUniqueOrThrow({ where: { id } })).status, 'not even claimed').to.equal('scheduled');
      night = false;
      expect(await scheduler.tick()).to.deep.equal({ asked: 1, retry: 0, failed: 0 });
    });

    it('runs rounds on its timer until stop(), which waits for the round in progress', async () => {
      const first = await due();
      const delivery = new RecordingDelivery();
      const scheduler = new FollowUpScheduler({ store: new PrismaFollowUpStore(db), delivery });
      scheduler.start(5);
      for (let i = 0; i < 400 && !delivery.delivered.length; i++) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(delivery.delivered).to.deep.equal([first]);
      await scheduler.stop();
      await due();
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(delivery.delivered, 'no rounds after stop()').to.have.length(1);
      const off = new FollowUpScheduler({ store: new PrismaFollowUpStore(db), delivery });
      off.start(0);
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(delivery.delivered, 'interval 0: never').to.have.length(1);
      await off.stop();
    });
  });
}
