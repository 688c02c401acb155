import { expect } from 'chai';
import {
  closedDays,
  compareQueue,
  dashboardStats,
  decide,
  isOpenAt,
  nextOpening,
  officeStatus,
  parseOfficeHours,
  queuePosition,
  routeSeekerMessage,
  summarize,
  type Handoff,
} from '../../src/handoff';

const anna = { id: 'a1', name: 'Anna' };

describe('handoff state machine', () => {
  const waiting = { status: 'waiting' as const, claimedBy: null };
  const heldByAnna = { status: 'active' as const, claimedBy: anna };
  const closed = { status: 'closed' as const, claimedBy: anna };

  const table: [string, Parameters<typeof decide>[0], Parameters<typeof decide>[1], string | undefined, ReturnType<typeof decide>][] = [
    ['claim a waiting chat', waiting, 'claim', 'b2', { ok: true, to: 'active' }],
    ['claim again by the holder (idempotent)', heldByAnna, 'claim', 'a1', { ok: true, to: 'active' }],
    ['claim a chat someone else holds', heldByAnna, 'claim', 'b2', { ok: false, error: 'ALREADY_CLAIMED' }],
    ['claim a closed chat', closed, 'claim', 'b2', { ok: false, error: 'HANDOFF_CLOSED' }],
    ['message before claiming', waiting, 'message', 'a1', { ok: false, error: 'NOT_CLAIMED' }],
    ['message by the holder', heldByAnna, 'message', 'a1', { ok: true, to: 'active' }],
    ['message by another advisor', heldByAnna, 'message', 'b2', { ok: false, error: 'NOT_HOLDER' }],
    ['note on an active chat by anyone', heldByAnna, 'note', 'b2', { ok: true, to: 'active' }],
    ['note on a closed chat', closed, 'note', 'b2', { ok: true, to: 'closed' }],
    ['release by the holder', heldByAnna, 'release', 'a1', { ok: true, to: 'closed' }],
    ['release by another advisor', heldByAnna, 'release', 'b2', { ok: false, error: 'NOT_HOLDER' }],
    ['close a waiting chat (question left outside office hours)', waiting, 'close', 'b2', { ok: true, to: 'closed' }],
    ['close a closed chat', closed, 'close', 'a1', { ok: false, error: 'HANDOFF_CLOSED' }],
    ['the seeker goes back to the bot while held', heldByAnna, 'seeker-release', undefined, { ok: true, to: 'closed' }],
  ];
  for (const [name, handoff, action, advisorId, expected] of table) {
    it(name, () => expect(decide(handoff, action, advisorId)).to.deep.equal(expected));
  }
});

describe('queue', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 0, 5, 9, minute));
  const queue = [
    { id: 'old-normal', priority: 0, waitingSince: at(0) },
    { id: 'new-urgent', priority: 2, waitingSince: at(30) },
    { id: 'mid-high', priority: 1, waitingSince: at(10) },
    { id: 'new-normal', priority: 0, waitingSince: at(20) },
  ];

  it('puts higher priority first, then the longest wait', () => {
    expect([...queue].sort(compareQueue).map((h) => h.id)).to.deep.equal(['new-urgent', 'mid-high', 'old-normal', 'new-normal']);
  });

  it('gives a 1-based place, 0 when not waiting', () => {
    expect(queuePosition(queue, 'new-urgent')).to.equal(1);
    expect(queuePosition(queue, 'new-normal')).to.equal(4);
    expect(queuePosition(queue, 'gone')).to.equal(0);
  });

  // The wait estimate and queue updates: test/handoff/queue.test.ts.
});

describe('office hours (Europe/Amsterdam)', () => {
  const tz = 'Europe/Amsterdam';
  const weekdays = parseOfficeHours('ma-vr 09:00-17:00');

  it('parses ranges, single days and several segments', () => {
    expect(weekdays).to.deep.equal([{ days: [0, 1, 2, 3, 4], start: 540, end: 1020 }]);
    expect(parseOfficeHours('ma-do 09:00-17:00; vr 09:00-12:00')).to.deep.equal([
      { days: [0, 1, 2, 3], start: 540, end: 1020 },
      { days: [4], start: 540, end: 720 },
    ]);
    expect(parseOfficeHours('za-ma 10:00-24:00')[0].days).to.deep.equal([5, 6, 0]);
  });

  it('rejects what it does not understand', () => {
    for (const bad of ['', 'maandag 9-5', 'ma-vr 17:00-09:00', 'xx 09:00-10:00', 'ma 09:75-10:00']) {
      expect(() => parseOfficeHours(bad), bad).to.throw();
    }
  });

  it('is open on a Monday at 10:00 in Amsterdam, also when UTC is an hour behind (winter)', () => {
    expect(isOpenAt(weekdays, new Date('2026-01-05T09:00:00Z'), tz)).to.equal(true); // 10:00 CET
    expect(isOpenAt(weekdays, new Date('2026-01-05T07:30:00Z'), tz)).to.equal(false); // 08:30 CET
    expect(isOpenAt(weekdays, new Date('2026-01-05T16:00:00Z'), tz)).to.equal(false); // 17:00 CET: closed
  });

  it('follows summer time: 08:30 UTC is 10:30 in Amsterdam in July', () => {
    expect(isOpenAt(weekdays, new Date('2026-07-06T07:30:00Z'), tz)).to.equal(true); // 09:30 CEST
    expect(isOpenAt(weekdays, new Date('2026-07-06T06:30:00Z'), tz)).to.equal(false); // 08:30 CEST
  });

  it('is closed at the weekend and says when it opens next', () => {
    const saturday = new Date('2026-01-10T12:00:00Z');
    expect(isOpenAt(weekdays, saturday, tz)).to.equal(false);
    expect(nextOpening(weekdays, saturday, tz)).to.deep.equal({ inDays: 2, day: 0, start: 540 });
    expect(officeStatus(weekdays, new Date('2026-01-05T06:00:00Z'), tz)).to.deep.equal({ open: false, next: { inDays: 0, day: 0, time: '09:00' } });
    expect(officeStatus(weekdays, new Date('2026-01-05T20:00:00Z'), tz).next).to.deep.equal({ inDays: 1, day: 1, time: '09:00' });
  });

  it('is closed on Dutch holidays and operator closing days, and the next opening skips them', () => {
    const nl = closedDays({ holidays: 'nl' });
    const christmas = new Date('2026-12-25T09:00:00Z'); // Friday 10:00
    expect(isOpenAt(weekdays, christmas, tz)).to.equal(true);
    expect(isOpenAt(weekdays, christmas, tz, nl)).to.equal(false);
    expect(officeStatus(weekdays, christmas, tz, nl)).to.deep.equal({ open: false, next: { inDays: 3, day: 0, time: '09:00' } });
    // Thursday 24 December after closing: not "tomorrow" but Monday.
    expect(officeStatus(weekdays, new Date('2026-12-24T17:00:00Z'), tz, nl).next).to.deep.equal({ inDays: 4, day: 0, time: '09:00' });
    // Goede Vrijdag is a working day; Tweede Paasdag is not (2026-04-06, a Monday; 08:00 CEST).
    expect(isOpenAt(weekdays, new Date('2026-04-03T08:00:00Z'), tz, nl)).to.equal(true);
    expect(officeStatus(weekdays, new Date('2026-04-06T08:00:00Z'), tz, nl)).to.deep.equal({ open: false, next: { inDays: 1, day: 1, time: '09:00' } });
    // Koningsdag 2025 on Saturday 26 April: a weekday office is not affected; Sunday 27 April 2025 is no holiday.
    expect(nl('2025-04-26')).to.equal(true);
    expect(nl('2025-04-27')).to.equal(false);
    // Operator closing days: a closed week between Christmas and New Year ends on Monday 4 January 2027.
    const week = closedDays({ holidays: 'nl', extra: ['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31'] });
    expect(officeStatus(weekdays, christmas, tz, week).next).to.deep.equal({ inDays: 10, day: 0, time: '09:00' });
    // The local date counts, not the UTC date: 00:30 on 25 December in Amsterdam is 23:30 UTC on the 24th.
    expect(isOpenAt(parseOfficeHours('ma-zo 00:00-24:00'), new Date('2026-12-24T23:30:00Z'), tz, nl)).to.equal(false);
  });
});

describe('summary for the queue', () => {
  const mask = (t: string) => t.replace(/\b\d{9}\b/g, '[BSN]');

  it('names the reason and what is known, and masks identifiers', () => {
    const summary = summarize({
      reason: 'complex',
      detail: 'health, debts-or-housing',
      profile: { income: { situation: 'ww' }, education: { level: 'mbo-2' }, dutchLevel: 'B1', workHistory: [{ title: 'heftruckchauffeur' }], barriers: ['debts'] },
      lastSeekerText: 'mijn bsn is 111222333',
      mask,
    });
    expect(summary).to.equal('Complexe situatie (health, debts-or-housing) · inkomen: ww · opleiding: mbo-2 · Nederlands: B1 · werkte als heftruckchauffeur · drempels: debts · “mijn bsn is [BSN]”');
  });

  it('reads the intake answers the dialogs store', () => {
    const summary = summarize({
      reason: 'not-understood',
      profile: { answers: { situation: 'bijstand', education: 'mbo-1', healthLimits: 'private', jobs: [{ text: 'heftruck rijden', occupation: { uri: 'x', label: 'heftruckchauffeur' } }, { text: 'schoonmaak' }] }, complete: false },
      mask,
    });
    expect(summary).to.equal('Bot begreep de vraag niet · inkomen: bijstand · opleiding: mbo-1 · werkte als heftruckchauffeur, schoonmaak');
  });

  it('stays on one short line', () => {
    const summary = summarize({ reason: 'asked', lastSeekerText: 'a\n'.repeat(500), mask });
    expect(summary).to.not.include('\n');
    expect(summary.length).to.be.at.most(240);
  });
});

describe('relay rules for a seeker message', () => {
  const open = (status: 'waiting' | 'active', contact: Handoff['contact'] = null) => ({ status, contact });

  it('lets the bot answer when there is no open handoff', () => {
    expect(routeSeekerMessage(undefined, { officeOpen: true })).to.deep.equal({ to: 'bot' });
    expect(routeSeekerMessage({ status: 'closed', contact: null }, { officeOpen: true })).to.deep.equal({ to: 'bot' });
  });

  it('relays to the advisor while waiting or held', () => {
    expect(routeSeekerMessage(open('waiting'), { officeOpen: true })).to.deep.equal({ to: 'advisor' });
    expect(routeSeekerMessage(open('active'), { officeOpen: true, asksCallBack: true })).to.deep.equal({ to: 'advisor' });
  });

  it('"terug naar de bot" ends the handoff', () => {
    expect(routeSeekerMessage(open('active'), { officeOpen: true, interruption: 'back-to-bot' })).to.deep.equal({ to: 'back-to-bot' });
  });

  it('outside office hours a call-back request starts the consent step, and the steps continue', () => {
    expect(routeSeekerMessage(open('waiting'), { officeOpen: false, asksCallBack: true })).to.deep.equal({ to: 'contact', step: 'start' });
    expect(routeSeekerMessage(open('waiting'), { officeOpen: true, asksCallBack: true })).to.deep.equal({ to: 'advisor' });
    expect(routeSeekerMessage(open('waiting', { step: 'consent' }), { officeOpen: false })).to.deep.equal({ to: 'contact', step: 'consent' });
    expect(routeSeekerMessage(open('waiting', { step: 'done' }), { officeOpen: false, asksCallBack: true })).to.deep.equal({ to: 'advisor' });
  });
});

describe('dashboard numbers', () => {
  const dayStart = new Date('2026-01-05T00:00:00Z');
  const t = (h: number, m = 0) => new Date(Date.UTC(2026, 0, 5, h, m));
  const base = { conversationId: 'c', seekerId: null, reason: 'asked', summary: '', audience: 'seeker' as const, channel: 'directline', claimedBy: null, contact: null, priority: 0 };
  const handoffs: Handoff[] = [
    { ...base, id: '1', status: 'closed', waitingSince: t(9), claimedAt: t(9, 10), closedAt: t(9, 30), outcome: 'Doorverwezen: UWV' },
    { ...base, id: '2', status: 'closed', waitingSince: t(9, 5), claimedAt: t(9, 25), closedAt: t(10), outcome: 'Doorverwezen: UWV' },
    { ...base, id: '3', status: 'active', waitingSince: t(10), claimedAt: t(10, 30), closedAt: null, outcome: null },
    { ...base, id: '4', status: 'waiting', waitingSince: t(10, 45), claimedAt: null, closedAt: null, outcome: null },
  ];

  it('counts the queue, waits, outcomes and top options', () => {
    const stats = dashboardStats({ handoffs, proposalTitles: ['Mbo Logistiek', 'Proefplaatsing', 'Mbo Logistiek'], now: t(11), dayStart });
    expect(stats.queue).to.deep.equal({ waiting: 1, active: 1 });
    expect(stats.today).to.deep.equal({ handoffs: 4, claimed: 3, averageWaitMinutes: 20, longestWaitMinutes: 30 });
    expect(stats.outcomes).to.deep.equal([{ outcome: 'Doorverwezen: UWV', count: 2 }]);
    expect(stats.topOptions).to.deep.equal([{ title: 'Mbo Logistiek', count: 2 }, { title: 'Proefplaatsing', count: 1 }]);
    expect(stats.hours).to.have.length(12);
    expect(stats.hours[9]).to.deep.equal({ hour: 9, queueLength: 0, averageWaitMinutes: 15 }); // both claimed within the hour
    expect(stats.hours[10]).to.deep.equal({ hour: 10, queueLength: 1, averageWaitMinutes: 30 }); // #4 still waits at 11:00
  });
});
