// Numbers for the console's dashboard, computed from today's handoffs. Pure.
import type { Handoff } from './model';

export interface DashboardStats {
  queue: { waiting: number; active: number };
  today: { handoffs: number; claimed: number; averageWaitMinutes: number; longestWaitMinutes: number };
  /** Per hour of today (local time): how many waited at the end of that hour, and the average wait of those claimed in it. */
  hours: { hour: number; queueLength: number; averageWaitMinutes: number }[];
  outcomes: { outcome: string; count: number }[];
  topOptions: { title: string; count: number }[];
}

const MINUTE = 60_000;

export function dashboardStats(input: {
  handoffs: Handoff[];
  proposalTitles: string[];
  now: Date;
  /** Start of today in the operator's time zone. */
  dayStart: Date;
}): DashboardStats {
  const { handoffs, now, dayStart } = input;
  const today = handoffs.filter((h) => h.waitingSince >= dayStart);
  const claimedToday = handoffs.filter((h) => h.claimedAt && h.claimedAt >= dayStart);
  const waits = claimedToday.map((h) => (h.claimedAt!.getTime() - h.waitingSince.getTime()) / MINUTE);
  const hours: DashboardStats['hours'] = [];
  for (let hour = 0; dayStart.getTime() + hour * 3600_000 <= now.getTime() && hour < 24; hour++) {
    const from = dayStart.getTime() + hour * 3600_000;
    const end = Math.min(from + 3600_000, now.getTime());
    const queueLength = handoffs.filter((h) => h.waitingSince.getTime() < end && !leftQueueBy(h, end)).length;
    const claimedIn = claimedToday.filter((h) => h.claimedAt!.getTime() >= from && h.claimedAt!.getTime() < from + 3600_000);
    hours.push({ hour, queueLength, averageWaitMinutes: round(avg(claimedIn.map((h) => (h.claimedAt!.getTime() - h.waitingSince.getTime()) / MINUTE))) });
  }
  return {
    queue: { waiting: handoffs.filter((h) => h.status === 'waiting').length, active: handoffs.filter((h) => h.status === 'active').length },
    today: { handoffs: today.length, claimed: claimedToday.length, averageWaitMinutes: round(avg(waits)), longestWaitMinutes: round(Math.max(0, ...waits)) },
    hours,
    outcomes: countBy(handoffs.filter((h) => h.status === 'closed' && h.closedAt && h.closedAt >= dayStart && h.outcome).map((h) => h.outcome!)).map(([outcome, count]) => ({ outcome, count })),
    topOptions: countBy(input.proposalTitles).slice(0, 5).map(([title, count]) => ({ title, count })),
  };
}

function leftQueueBy(h: Handoff, t: number): boolean {
  const left = h.claimedAt ?? h.closedAt;
  return left !== null && left.getTime() <= t;
}

function countBy(values: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const round = (x: number) => Math.round(x * 10) / 10;
