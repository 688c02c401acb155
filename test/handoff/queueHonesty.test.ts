// Safety and honesty in the queue, through the real app (Direct Line, middleware, starter, console
// API, SQLite or PostgreSQL) on a clock the test moves: a crisis while waiting about debts goes
// first with a crisis queue line; the wait comes from advisors online and their handling times;
// updates come on a noticeable change and not more often than every 3 minutes; at closing time every
// waiting chat hears it once with the call-back buttons (the crisis chat with 113 again); two
// instances on one database never send the same message twice.
import { expect } from 'chai';
import { startApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { postgresDatabase, sqliteDatabase, type TestDatabase } from '../helpers/databases';
import type { Activity, DirectLineClient } from '../helpers/directLine';
import { AdvisorClient, createAdvisor, messagesTo, seekerAsksForHuman, sessionFor, waitUntil, type EventStreamReader } from '../advisor/helpers';

/** Monday 7 December 2026, 15:00 in Amsterdam; office hours ma-vr 09:00-17:00 (16:00 UTC). */
const MONDAY_1500 = Date.parse('2026-12-07T14:00:00Z');

class Clock {
  constructor(public t = MONDAY_1500) {}
  now = () => new Date(this.t);
  advance(minutes: number) {
    this.t += minutes * 60_000;
  }
}

function startClocked(url: string, clock: Clock): Promise<App> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DATABASE_URL: url,
    OFFICE_HOURS: 'ma-vr 09:00-17:00',
    TIMEZONE: 'Europe/Amsterdam',
    // Presence is refreshed at every heartbeat: fast, so a moved clock is seen at once.
    ADVISOR_HEARTBEAT_SECONDS: '0.1',
    ADVISOR_LOGINS_PER_MINUTE: '1000',
  });
  return startApp(config, createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'), { now: clock.now, queueIntervalMs: 0 });
}

const texts = (activities: Activity[]) => activities.map((a) => a.text ?? '');

/** An advisor with the console open (the event stream): online. */
async function online(app: App, name: string): Promise<{ id: string; client: AdvisorClient; stream: EventStreamReader }> {
  const advisor = await createAdvisor(app.db, name);
  const client = AdvisorClient.withToken(app.url, await sessionFor(app.db, advisor.id));
  const stream = await client.events();
  await stream.ready;
  return { id: advisor.id, client, stream };
}

/** Waits until every open console has been seen at the clock's current time (the next heartbeat). */
async function heartbeat(app: App, clock: Clock): Promise<void> {
  const now = clock.now();
  await waitUntil(async () => (await app.db.advisorSession.count({ where: { seenAt: { lt: now } } })) === 0 && (await app.db.advisorSession.count({ where: { seenAt: now } })) > 0, 5000, 'a heartbeat');
}

/** Six chats handled in the past days: claimed after 1-2 minutes, 30 to 55 minutes per chat. */
async function handlingHistory(app: App, clock: Clock): Promise<void> {
  for (const [i, handling] of [30, 35, 40, 45, 50, 55].entries()) {
    const id = `history-${i}-${Math.random().toString(36).slice(2, 8)}`;
    await app.db.conversation.create({ data: { id, channel: 'directline' } });
    const waitingSince = new Date(clock.t - (i + 2) * 3_600_000);
    const claimedAt = new Date(waitingSince.getTime() + (1 + (i % 2)) * 60_000);
    await app.db.handoff.create({
      data: { conversationId: id, channel: 'directline', reason: 'asked', summary: 'eerder', status: 'closed', waitingSince, claimedAt, closedAt: new Date(claimedAt.getTime() + handling * 60_000), outcome: 'Geholpen' },
    });
  }
}

for (const provider of [{ name: 'sqlite', make: async () => sqliteDatabase() }]) {
  describe(`safety and honesty in the queue (${provider.name})`, function () {
    this.timeout(60_000);
    let database: TestDatabase;
    let app: App;
    let clock: Clock;
    const streams: EventStreamReader[] = [];

    beforeEach(async () => {
      clock = new Clock();
      database = await provider.make();
      app = await startClocked(database.url, clock);
    });
    afterEach(async () => {
      for (const s of streams.splice(0)) s.close();
      await app?.close();
      await database?.drop();
    });

    it('a crisis while waiting about debts goes first, and the queue line says crisis', async () => {
      const earlierDebt = await seekerAsksForHuman(app, 'ik heb schulden en de deurwaarder komt');
      clock.advance(1);
      const seeker = await seekerAsksForHuman(app, 'ik kan de huur niet meer betalen, ik heb schulden');
      clock.advance(1);
      const normal = await seekerAsksForHuman(app);
      const debtRow = await app.db.handoff.findUniqueOrThrow({ where: { id: seeker.handoffId } });
      expect(debtRow.priority).to.equal(1);
      expect(debtRow.summary).to.match(/^Gevoelig signaal \(debt\)/);

      clock.advance(5);
      await seeker.seeker.say('ik zie het niet meer zitten, ik wil niet meer leven');
      const replies = texts(await messagesTo(seeker.seeker));
      expect(replies[0]).to.equal('Fijn dat je dit vertelt. Je hoeft dit niet alleen te dragen.');
      expect(replies.join(' ')).to.include('113').and.to.include('112');
      expect(replies.join(' ')).to.include('Je bent nummer 1 in de wachtrij.');

      const row = await app.db.handoff.findUniqueOrThrow({ where: { id: seeker.handoffId } });
      expect(row.priority).to.equal(3);
      expect(row.summary).to.match(/^CRISIS: Gevoelig signaal \(crisis\)/);
      expect(row.summary).to.not.include('(debt)');

      const gea = await online(app, 'Gea');
      streams.push(gea.stream);
      const queue = await gea.client.json<{ id: string; priorityName: string; summary: string; position: number }[]>('GET', '/advisor/api/handoffs?status=waiting');
      expect(queue.map((h) => h.id)).to.deep.equal([seeker.handoffId, earlierDebt.handoffId, normal.handoffId]);
      expect(queue[0]).to.include({ priorityName: 'crisis', position: 1 });
      expect(queue[0].summary).to.match(/^CRISIS/);
      // The console marks it: its own badge (the word CRISIS) and row style (test/browser/console.test.ts shows it in Chromium).
      const labels = await (await fetch(`${app.url}/advisor/dom.js`)).text();
      expect(labels).to.include("crisis: 'CRISIS'");
      const page = await (await fetch(`${app.url}/advisor/console.js`)).text();
      expect(page).to.include("'priority-' + h.priorityName").and.to.include("h.priorityName === 'crisis' ? 'crisis'");
    });

    it('the wait comes from advisors online and how long they take per chat, as a range; nobody online is said honestly', async () => {
      const alone = await seekerAsksForHuman(app);
      expect(texts(alone.replies).join(' ')).to.include('Je bent nummer 1 in de wachtrij. Er is nu geen adviseur online.');
      await messagesTo(alone.seeker);

      await handlingHistory(app, clock);
      const anna = await online(app, 'Anna');
      streams.push(anna.stream);
      await anna.client.json('POST', `/advisor/api/handoffs/${alone.handoffId}/claim`); // Anna is busy now
      const first = await seekerAsksForHuman(app);
      // After each move of the clock, wait for Anna's console to be seen again: under load a late
      // heartbeat would otherwise make her look offline for that turn.
      clock.advance(1);
      await heartbeat(app, clock);
      await seekerAsksForHuman(app);
      clock.advance(1);
      await heartbeat(app, clock);
      const third = await seekerAsksForHuman(app);
      // One busy advisor who needs 36-49 minutes per chat (quartiles), three ahead of her: not "5 minuten".
      expect(texts(first.replies).join(' ')).to.include('Je bent nummer 1 in de wachtrij. Je wacht ongeveer 5 tot 50 minuten.');
      expect(texts(third.replies).join(' ')).to.include('Je bent nummer 3 in de wachtrij. Je wacht ongeveer 70 tot 150 minuten.');
    });

    it('sends an update when the place or the estimate changes noticeably, at most every 3 minutes', async () => {
      await handlingHistory(app, clock);
      const anna = await online(app, 'Anna');
      streams.push(anna.stream);
      const held = await seekerAsksForHuman(app);
      await anna.client.json('POST', `/advisor/api/handoffs/${held.handoffId}/claim`);
      const waiting: Awaited<ReturnType<typeof seekerAsksForHuman>>[] = [];
      for (let i = 0; i < 3; i++) {
        clock.advance(1);
        await heartbeat(app, clock);
        waiting.push(await seekerAsksForHuman(app));
        await messagesTo(waiting[i].seeker);
      }
      const third = waiting[2].seeker;
      // Nothing changed since they were told: no update.
      clock.advance(4);
      await heartbeat(app, clock);
      expect(await app.queueWatch.tick()).to.deep.equal({ updates: 0, closings: 0 });

      // A second advisor comes online and is free: the estimate drops a lot.
      const bram = await online(app, 'Bram');
      streams.push(bram.stream);
      await heartbeat(app, clock);
      expect((await app.queueWatch.tick()).updates).to.equal(3);
      expect(texts(await messagesTo(third))).to.deep.equal(['Even een update: je bent nu nummer 3 in de wachtrij. Je wacht ongeveer 15 tot 50 minuten.']);

      // Bram takes the first: everyone moves up, but they were told a minute ago.
      clock.advance(1);
      await bram.client.json('POST', `/advisor/api/handoffs/${waiting[0].handoffId}/claim`);
      await heartbeat(app, clock);
      expect((await app.queueWatch.tick()).updates).to.equal(0);
      expect(await messagesTo(third)).to.deep.equal([]);
      clock.advance(2); // 3 minutes since the last update
      await heartbeat(app, clock);
      expect((await app.queueWatch.tick()).updates).to.equal(2);
      const update = texts(await messagesTo(third));
      expect(update).to.have.length(1);
      expect(update[0]).to.match(/^Even een update: je bent nu nummer 2 in de wachtrij\. Je wacht ongeveer \d+ tot \d+ minuten\.$/);
      // And nothing more while nothing changes.
      clock.advance(5);
      await heartbeat(app, clock);
      expect((await app.queueWatch.tick()).updates).to.equal(0);
    });

    it('at closing time every waiting chat hears it once, with the call-back option; the crisis chat gets 113 again', async () => {
      const normal = await seekerAsksForHuman(app);
      clock.advance(1);
      const crisis = await seekerAsksForHuman(app, 'ik wil niet meer leven');
      await messagesTo(normal.seeker);
      await messagesTo(crisis.seeker);
      expect(await app.queueWatch.tick()).to.deep.equal({ updates: 0, closings: 0 });

      clock.t = Date.parse('2026-12-07T16:01:00Z'); // 17:01 in Amsterdam
      expect(await app.queueWatch.tick()).to.deep.equal({ updates: 0, closings: 2 });
      expect(await app.queueWatch.tick()).to.deep.equal({ updates: 0, closings: 0 }); // once

      const heard = async (seeker: DirectLineClient) => {
        const activities = await messagesTo(seeker);
        expect(activities.at(-1)?.suggestedActions?.actions.map((a) => a.title)).to.deep.equal(['Vraag achterlaten', 'Bel of mail me', 'Terug naar de bot']);
        return texts(activities);
      };
      const toNormal = await heard(normal.seeker);
      expect(toNormal[0]).to.equal('Onze adviseurs stoppen nu. Vandaag kan er geen adviseur meer met je praten.');
      expect(toNormal).to.include('We zijn weer open op morgen om 09:00.');
      expect(toNormal.join(' ')).to.not.include('113');
      const toCrisis = (await heard(crisis.seeker)).join(' ');
      expect(toCrisis).to.include('Onze adviseurs stoppen nu').and.to.include('113').and.to.include('0800-0113').and.to.include('112');

      // The call-back offer works: the seeker's choice starts the consent step.
      await normal.seeker.say('Bel of mail me');
      expect(texts(await messagesTo(normal.seeker)).join(' ')).to.include('Mag ik je telefoonnummer of e-mailadres daarvoor bewaren?');

      // Still waiting the next evening: told again after that closing, once.
      clock.t = Date.parse('2026-12-08T16:02:00Z');
      expect((await app.queueWatch.tick()).closings).to.equal(2);
    });
  });
}

describe('queue messages with two instances on one PostgreSQL database', function () {
  this.timeout(60_000);
  let database: TestDatabase;
  let a: App;
  let b: App;
  const clock = new Clock();

  before(async () => {
    database = await postgresDatabase();
    a = await startClocked(database.url, clock);
    b = await startClocked(database.url, clock);
  });
  after(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  it('each update and each closing notice is sent once, whichever instance runs first', async () => {
    const seekers = [];
    for (let i = 0; i < 4; i++) {
      clock.advance(1);
      seekers.push(await seekerAsksForHuman(i % 2 ? a : b));
    }
    for (const s of seekers) await messagesTo(s.seeker);
    const anna = await online(a, 'Anna'); // the estimate changes for everyone
    try {
      clock.advance(4);
      await heartbeat(a, clock);
      const rounds = await Promise.all([a.queueWatch.tick(), b.queueWatch.tick(), a.queueWatch.tick(), b.queueWatch.tick()]);
      expect(rounds.reduce((n, r) => n + r.updates, 0)).to.equal(4);
      for (const s of seekers) expect(texts(await messagesTo(s.seeker)).filter((t) => t.startsWith('Even een update'))).to.have.length(1);

      clock.t = Date.parse('2026-12-07T16:05:00Z');
      const closing = await Promise.all([a.queueWatch.tick(), b.queueWatch.tick(), b.queueWatch.tick(), a.queueWatch.tick()]);
      expect(closing.reduce((n, r) => n + r.closings, 0)).to.equal(4);
      for (const s of seekers) expect(texts(await messagesTo(s.seeker)).filter((t) => t.startsWith('Onze adviseurs stoppen nu'))).to.have.length(1);
      const rows = await a.db.transcriptEntry.findMany({ where: { text: 'Onze adviseurs stoppen nu. Vandaag kan er geen adviseur meer met je praten.' } });
      expect(rows.map((r) => r.conversationId).sort()).to.deep.equal(seekers.map((s) => s.seeker.conversationId).sort());
    } finally {
      anna.stream.close();
    }
  });
});
