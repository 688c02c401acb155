// The honest queue's pure rules: crisis first, the wait estimate from advisors online and handling
// times, when a waiting seeker hears an update, and when office hours ended for a waiting chat.
import { expect } from 'chai';
import {
  closedDays,
  closingNoticeDue,
  compareQueue,
  estimateWait,
  lastClosing,
  parseOfficeHours,
  queueUpdateDue,
  sensitivePriority,
  summarize,
  PRIORITY_VALUE,
  QueueWatch,
  priorityName,
  type HandoffRepository,
  type SeekerMessenger,
  type ToldQueue,
  type WaitEstimate,
  type WaitFacts,
} from '../../src/handoff';

const minutes = (low: number, high = low): WaitEstimate => ({ kind: 'minutes', low, high });
const facts = (advisorsOnline: number, advisorsBusy: number, handlingMinutes: number[] = [], recentWaitMinutes: number[] = []): WaitFacts => ({
  advisorsOnline,
  advisorsBusy,
  handlingMinutes,
  recentWaitMinutes,
});
const six = (m: number) => Array<number>(6).fill(m);

describe('crisis priority', () => {
  const table: [string, { kind: string; priority: 'urgent' | 'high' }, string][] = [
    ['suicidal words', { kind: 'crisis', priority: 'urgent' }, 'crisis'],
    ['violence with acute danger', { kind: 'violence', priority: 'urgent' }, 'crisis'],
    ['violence without acute danger', { kind: 'violence', priority: 'high' }, 'high'],
    ['debts', { kind: 'debt', priority: 'high' }, 'high'],
    ['homelessness', { kind: 'homeless', priority: 'high' }, 'high'],
  ];
  for (const [name, signal, expected] of table) it(`${name} → ${expected}`, () => expect(sensitivePriority(signal)).to.equal(expected));

  it('is above every other priority in the queue, however long the others waited', () => {
    const at = (minute: number) => new Date(Date.UTC(2026, 0, 5, 9, minute));
    const queue = [
      { id: 'urgent-long', priority: PRIORITY_VALUE.urgent, waitingSince: at(0) },
      { id: 'debt', priority: PRIORITY_VALUE.high, waitingSince: at(1) },
      { id: 'crisis-new', priority: PRIORITY_VALUE.crisis, waitingSince: at(50) },
    ];
    expect([...queue].sort(compareQueue).map((h) => h.id)).to.deep.equal(['crisis-new', 'urgent-long', 'debt']);
    expect([3, 2, 1, 0].map(priorityName)).to.deep.equal(['crisis', 'urgent', 'high', 'normal']);
  });

  it('starts the queue line with CRISIS', () => {
    const line = summarize({ reason: 'sensitive', detail: 'crisis', priority: PRIORITY_VALUE.crisis, mask: (t) => t });
    expect(line).to.equal('CRISIS: Gevoelig signaal (crisis)');
    expect(summarize({ reason: 'sensitive', detail: 'debt', priority: PRIORITY_VALUE.high, mask: (t) => t })).to.equal('Gevoelig signaal (debt)');
  });
});

describe('wait estimate', () => {
  const table: [string, number, WaitFacts, WaitEstimate][] = [
    ['not waiting', 0, facts(2, 0, six(20)), { kind: 'none' }],
    ['nobody online: said so, no number', 1, facts(0, 0, six(20), [1, 1, 1]), { kind: 'no-advisor' }],
    ['a free advisor, no history: a range', 1, facts(1, 0), minutes(5, 10)],
    ['a free advisor, enough history: about 5', 1, facts(2, 0, six(20)), minutes(5)],
    // The issue: quick claims (1-2 minutes) said "ongeveer 5 minuten"; the advisor needs 30-55 per chat.
    ['one busy advisor, two ahead, slow chats: long range, not the quick claims', 3, facts(1, 1, [30, 35, 40, 45, 50, 55], [1, 2, 1]), minutes(70, 150)],
    ['one busy advisor, no history: 15 minutes ± 50 %', 1, facts(1, 1), minutes(5, 25)],
    ['one busy advisor, two handled chats: median ± 50 %', 1, facts(1, 1, [10, 30]), minutes(5, 30)],
    ['three busy advisors, steady 12-minute chats: one number', 2, facts(3, 3, six(12)), minutes(10)],
    ['two free of three: only two chats wait for an advisor', 4, facts(3, 1, six(20)), minutes(5, 15)],
    ['recent seekers waited longer than the model says: that is the upper bound', 1, facts(3, 0, six(12), [20, 25, 30]), minutes(5, 25)],
  ];
  for (const [name, position, input, expected] of table) it(name, () => expect(estimateWait(position, input)).to.deep.equal(expected));

  it('more advisors online never makes the wait longer', () => {
    for (let position = 1; position <= 12; position++) {
      let previous = Infinity;
      for (let online = 1; online <= 6; online++) {
        const e = estimateWait(position, facts(online, online, [10, 14, 18, 22, 26, 30]));
        if (e.kind !== 'minutes') throw new Error('expected minutes');
        expect(e.high, `position ${position}, ${online} online`).to.be.at.most(previous);
        previous = e.high;
      }
    }
  });
});

describe('queue updates', () => {
  const now = new Date('2026-12-07T14:00:00Z');
  const ago = (m: number) => new Date(now.getTime() - m * 60_000);
  const told = (position: number, estimate: WaitEstimate): ToldQueue => ({ position, estimate });
  const table: [string, ToldQueue | null, Date | null, ToldQueue, boolean][] = [
    ['never told', null, null, told(2, minutes(10, 20)), true],
    ['place changed, 4 minutes ago', told(3, minutes(10, 20)), ago(4), told(2, minutes(10, 20)), true],
    ['place changed, but only 1 minute ago (at most every 3 minutes)', told(3, minutes(10, 20)), ago(1), told(2, minutes(10, 20)), false],
    ['nothing changed', told(2, minutes(10, 20)), ago(10), told(2, minutes(10, 20)), false],
    ['estimate 10 → 15: 50 % more', told(2, minutes(10)), ago(5), told(2, minutes(15)), true],
    ['estimate 30-40 → 35-45: small', told(2, minutes(30, 40)), ago(5), told(2, minutes(35, 45)), false],
    ['estimate 30-40 → 40-50: 10 minutes', told(2, minutes(30, 40)), ago(5), told(2, minutes(40, 50)), true],
    ['the last advisor went offline', told(2, minutes(10, 20)), ago(5), told(2, { kind: 'no-advisor' }), true],
    ['still nobody online', told(2, { kind: 'no-advisor' }), ago(5), told(2, { kind: 'no-advisor' }), false],
    ['no longer waiting', told(1, minutes(5)), ago(5), told(0, { kind: 'none' }), false],
  ];
  for (const [name, before, toldAt, current, expected] of table) it(name, () => expect(queueUpdateDue({ told: before, toldAt, current, now })).to.equal(expected));
});

describe('closing time', () => {
  const tz = 'Europe/Amsterdam';
  const weekdays = parseOfficeHours('ma-vr 09:00-17:00');
  const table: [string, string, string, string | undefined][] = [
    ['just after closing on Monday', 'ma-vr 09:00-17:00', '2026-12-07T16:05:00Z', '2026-12-07T16:00:00.000Z'],
    ['Saturday morning: Friday 17:00', 'ma-vr 09:00-17:00', '2026-12-12T09:00:00Z', '2026-12-11T16:00:00.000Z'],
    ['Monday while open: last Friday', 'ma-vr 09:00-17:00', '2026-12-07T09:30:00Z', '2026-12-04T16:00:00.000Z'],
    ['back-to-back ranges do not close at noon', 'ma-vr 09:00-12:00; ma-vr 12:00-17:00', '2026-12-07T11:30:00Z', '2026-12-04T16:00:00.000Z'],
    ['a lunch break is a closing', 'ma-vr 09:00-12:00; ma-vr 13:00-17:00', '2026-12-07T11:30:00Z', '2026-12-07T11:00:00.000Z'],
    ['always open: never', 'ma-zo 00:00-24:00', '2026-12-07T11:30:00Z', undefined],
  ];
  for (const [name, spec, now, expected] of table) it(`last closing: ${name}`, () => expect(lastClosing(parseOfficeHours(spec), new Date(now), tz)?.toISOString()).to.equal(expected));

  // On a holiday the office closed at the end of the last open day, not at 17:00 on the holiday itself.
  const nl = closedDays({ holidays: 'nl' });
  const holidays: [string, string, string | undefined][] = [
    ['Christmas Day 17:05: Thursday 24 December 17:00', '2026-12-25T16:05:00Z', '2026-12-24T16:00:00.000Z'],
    ['Monday 28 December 08:00: still Thursday', '2026-12-28T07:00:00Z', '2026-12-24T16:00:00.000Z'],
    ['Tweede Paasdag 17:05: Friday 3 April (Goede Vrijdag is a working day)', '2026-04-06T15:05:00Z', '2026-04-03T15:00:00.000Z'],
    ['Hemelvaartsdag 17:05: Wednesday 13 May', '2026-05-14T15:05:00Z', '2026-05-13T15:00:00.000Z'],
  ];
  for (const [name, now, expected] of holidays) it(`last closing on a holiday: ${name}`, () => expect(lastClosing(weekdays, new Date(now), tz, nl)?.toISOString()).to.equal(expected));
  it('always open except holidays: closes at midnight before the holiday', () => {
    expect(lastClosing(parseOfficeHours('ma-zo 00:00-24:00'), new Date('2026-12-25T12:00:00Z'), tz, nl)?.toISOString()).to.equal('2026-12-24T23:00:00.000Z');
  });

  const lastClose = lastClosing(weekdays, new Date('2026-12-07T16:05:00Z'), tz)!;
  const before = new Date(lastClose.getTime() - 30 * 60_000);
  const after = new Date(lastClose.getTime() + 60_000);
  const yesterday = new Date(lastClose.getTime() - 24 * 3600_000);
  const due: [string, Parameters<typeof closingNoticeDue>[0], boolean][] = [
    ['waiting when the office closed, not told yet', { open: false, lastClose, waitingSince: before, closingToldAt: null }, true],
    ['office open', { open: true, lastClose, waitingSince: before, closingToldAt: null }, false],
    ['started after closing (heard the office hours then)', { open: false, lastClose, waitingSince: after, closingToldAt: null }, false],
    ['already told after this closing', { open: false, lastClose, waitingSince: before, closingToldAt: after }, false],
    ['told at an earlier closing, still waiting', { open: false, lastClose, waitingSince: yesterday, closingToldAt: new Date(yesterday.getTime() + 60_000) }, true],
  ];
  for (const [name, input, expected] of due) it(`notice: ${name}`, () => expect(closingNoticeDue(input)).to.equal(expected));
});

describe('the queue job', () => {
  it('runs on its interval without overlapping rounds, and not after stop()', async () => {
    let rounds = 0;
    let inFlight = 0;
    let overlapped = false;
    const repo = {
      list: async () => {
        rounds++;
        overlapped ||= inFlight++ > 0;
        await new Promise((resolve) => setTimeout(resolve, 30)); // a round slower than the interval
        inFlight--;
        return [];
      },
    } as unknown as HandoffRepository;
    const watch = new QueueWatch({ repo, messenger: {} as SeekerMessenger, office: { hours: parseOfficeHours('ma-zo 00:00-24:00'), label: '', timeZone: 'Europe/Amsterdam' } });
    watch.start(5);
    await new Promise((resolve) => setTimeout(resolve, 120));
    await watch.stop();
    const seen = rounds;
    expect(seen).to.be.within(2, 5);
    expect(overlapped).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(rounds).to.equal(seen);
  });
});
