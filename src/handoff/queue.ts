// The queue: who is next, your place in it, how long you will probably wait, and when the waiting
// seeker should hear about it again. Pure: the facts (advisors online, handling times) come in.
import type { Handoff, ToldQueue, WaitEstimate } from './model';

type Queued = Pick<Handoff, 'id' | 'priority' | 'waitingSince'>;
type Regional = Pick<Handoff, 'regionId'>;

/** Higher priority first (a crisis before everything), then who waited longest. */
export function compareQueue(a: Queued, b: Queued): number {
  return b.priority - a.priority || a.waitingSince.getTime() - b.waitingSince.getTime() || a.id.localeCompare(b.id);
}

/** 1-based place of `id` among the waiting handoffs; 0 when it is not waiting. */
export function queuePosition(waiting: (Queued & Regional)[], id: string): number {
  const self = waiting.find((h) => h.id === id);
  return [...waiting].filter((h) => !self || sameQueue(h, self)).sort(compareQueue).findIndex((h) => h.id === id) + 1;
}

/**
 * Whether two waiting chats wait for the same advisors: a region's chats are taken by its own
 * team (and by advisors who see all regions); a chat whose region is unknown is seen by all.
 */
export function sameQueue(a: Regional, b: Regional): boolean {
  return !a.regionId || !b.regionId || a.regionId === b.regionId;
}

/** What the estimate is based on. */
export interface WaitFacts {
  /** Advisors with the console open now. */
  advisorsOnline: number;
  /** Of those, how many hold a chat now (they pick up the next one when they finish). */
  advisorsBusy: number;
  /** How long advisors recently needed per chat: claimed → closed, in minutes. */
  handlingMinutes: number[];
  /** How long recent seekers waited: waiting → claimed, in minutes. */
  recentWaitMinutes: number[];
}

/** Per-chat time assumed without enough history: a conversation with an advisor rarely takes less. */
export const DEFAULT_HANDLING_MINUTES = 15;
/** Fewer handled chats than this is too little to trust: the range gets wider. */
export const ENOUGH_HISTORY = 5;

/**
 * Expected wait for the seeker at `position`. Chats ahead of you that no free advisor can take must
 * wait for an advisor to finish one: with A advisors online who need H minutes per chat, k such
 * chats take between (k-1)·H/A (everyone is about to finish) and k·H/A. H is read from recent
 * claim → close times (quartiles when there are enough, the median ± 50 % when there are few).
 * When recent seekers actually waited longer than that, their median wait is the upper bound:
 * the estimate never promises less than what people just experienced. Rounded to 5 minutes; a
 * single number ("ongeveer 10 minuten") only when the history is large and the range narrow.
 */
export function estimateWait(position: number, facts: WaitFacts): WaitEstimate {
  if (position <= 0) return { kind: 'none' };
  const online = Math.max(0, Math.floor(facts.advisorsOnline));
  if (online === 0) return { kind: 'no-advisor' };
  const free = Math.max(0, online - Math.max(0, facts.advisorsBusy));
  const handling = facts.handlingMinutes.filter((m) => Number.isFinite(m) && m >= 0);
  const sure = handling.length >= ENOUGH_HISTORY;
  const base = handling.length ? median(handling) : DEFAULT_HANDLING_MINUTES;
  const fast = sure ? quantile(handling, 0.25) : base * 0.5;
  const slow = sure ? quantile(handling, 0.75) : base * 1.5;
  const ahead = position - free;
  let low = ahead > 0 ? ((ahead - 1) * fast) / online : 0;
  let high = ahead > 0 ? (ahead * slow) / online : 5;
  const waits = facts.recentWaitMinutes.filter((m) => Number.isFinite(m) && m >= 0);
  if (waits.length >= 3) high = Math.max(high, median(waits));
  low = Math.max(5, Math.floor(low / 5) * 5);
  high = Math.max(low, Math.ceil(high / 5) * 5);
  if (sure && high - low <= 5) {
    const middle = ahead > 0 ? ((ahead - 0.5) * base) / online : 5;
    const minutes = Math.min(high, Math.max(low, Math.ceil(middle / 5) * 5));
    return { kind: 'minutes', low: minutes, high: minutes };
  }
  // Unsure (little history): say so with a range, never one number.
  if (!sure && high === low) high = low + 5;
  return { kind: 'minutes', low, high };
}

/** The least time between two queue updates to one seeker. */
export const UPDATE_GAP_MS = 3 * 60_000;
/** An estimate "moved noticeably" when its middle moved this many minutes, or this share of what was said. */
export const NOTICEABLE_MINUTES = 10;
export const NOTICEABLE_SHARE = 0.5;

/**
 * Whether a waiting seeker should hear their place and wait again: at most once per UPDATE_GAP_MS,
 * and only when the place changed, the kind of estimate changed (e.g. an advisor came online) or
 * the estimate moved noticeably.
 */
export function queueUpdateDue(input: { told: ToldQueue | null | undefined; toldAt: Date | null | undefined; current: ToldQueue; now: Date }): boolean {
  const { told, toldAt, current, now } = input;
  if (current.position <= 0) return false;
  if (toldAt && now.getTime() - toldAt.getTime() < UPDATE_GAP_MS) return false;
  if (!told) return true;
  if (told.position !== current.position) return true;
  const before = told.estimate;
  const after = current.estimate;
  if (before.kind !== after.kind) return true;
  if (before.kind !== 'minutes' || after.kind !== 'minutes') return false;
  const was = (before.low + before.high) / 2;
  const moved = Math.abs((after.low + after.high) / 2 - was);
  return moved >= NOTICEABLE_MINUTES || (was > 0 && moved / was >= NOTICEABLE_SHARE);
}

function median(values: number[]): number {
  return quantile(values, 0.5);
}

/** Linear interpolation between the closest ranks. */
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const below = Math.floor(at);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (at - below);
}
