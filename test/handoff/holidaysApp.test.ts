// Holidays through the real app on a clock the test moves: a seeker asking for a person on
// Christmas Day hears the office is closed and opens again on Monday; a chat waiting since the
// day before hears the closing once, not again at "closing time" on the holiday; an operator
// closing day (OFFICE_CLOSED_DAYS) is skipped like a holiday.
import { expect } from 'chai';
import { startApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { sqliteDatabase, type TestDatabase } from '../helpers/databases';
import type { Activity } from '../helpers/directLine';
import { seekerAsksForHuman } from '../advisor/helpers';

class Clock {
  constructor(public t: number) {}
  now = () => new Date(this.t);
  set(iso: string) {
    this.t = Date.parse(iso);
  }
}

const texts = (activities: Activity[]) => activities.filter((a) => a.type === 'message').map((a) => a.text ?? '');

describe('office hours skip Dutch public holidays and closing days (through the app)', function () {
  this.timeout(60_000);
  let database: TestDatabase;
  let app: App;
  const clock = new Clock(Date.parse('2026-12-25T09:00:00Z'));

  beforeEach(async () => {
    database = await sqliteDatabase();
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      DATABASE_URL: database.url,
      OFFICE_HOURS: 'ma-vr 09:00-17:00',
      TIMEZONE: 'Europe/Amsterdam',
      OFFICE_CLOSED_DAYS: '2026-12-31',
    });
    app = await startApp(config, createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'), { now: clock.now, queueIntervalMs: 0 });
  });
  afterEach(async () => {
    await app?.close();
    await database?.drop();
  });

  it('on Friday 25 December (Eerste Kerstdag, 10:00) the seeker hears the office is closed and opens Monday 28 December at 09:00', async () => {
    clock.set('2026-12-25T09:00:00Z');
    const { replies } = await seekerAsksForHuman(app);
    const said = texts(replies);
    expect(said).to.include('Onze adviseurs zijn er nu niet. Ze werken op: ma-vr 09:00-17:00.');
    expect(said).to.include('We zijn weer open op maandag om 09:00.');
    expect(said.join(' ')).to.not.include('wachtrij');
  });

  it('a chat waiting since Thursday 24 December hears the closing at 17:00 once, not again on the holiday', async () => {
    clock.set('2026-12-24T15:30:00Z'); // 16:30, open
    await seekerAsksForHuman(app);
    clock.set('2026-12-24T16:05:00Z'); // 17:05: closed
    expect((await app.queueWatch.tick()).closings).to.equal(1);
    clock.set('2026-12-25T16:05:00Z'); // 17:05 on Christmas Day: no new closing
    expect((await app.queueWatch.tick()).closings).to.equal(0);
    clock.set('2026-12-26T16:05:00Z');
    expect((await app.queueWatch.tick()).closings).to.equal(0);
  });

  it('an operator closing day and Nieuwjaarsdag are skipped: on Wednesday 30 December at 18:00 the next opening is Monday', async () => {
    clock.set('2026-12-30T17:00:00Z');
    const { replies } = await seekerAsksForHuman(app);
    expect(texts(replies)).to.include('We zijn weer open op maandag om 09:00.');
  });
});
