// The queue: who is next, your place in it, and how long you will probably wait.
import type { Handoff } from './model';

type Queued = Pick<Handoff, 'id' | 'priority' | 'waitingSince'>;

/** Higher priority first, then who waited longest. */
export function compareQueue(a: Queued, b: Queued): number {
  return b.priority - a.priority || a.waitingSince.getTime() - b.waitingSince.getTime() || a.id.localeCompare(b.id);
}

/** 1-based place of `id` among the waiting handoffs; 0 when it is not waiting. */
export function queuePosition(waiting: Queued[], id: string): number {
  return [...waiting].sort(compareQueue).findIndex((h) => h.id === id) + 1;
}

export const DEFAULT_MINUTES_PER_SEEKER = 5;

/**
 * Expected wait in whole minutes, rounded up to 5: place in the queue times the typical time an
 * advisor needs to pick up a chat (the median of recent waits, or 5 minutes without history).
 */
export function estimateWaitMinutes(position: number, recentWaitMinutes: number[] = []): number {
  if (position <= 0) return 0;
  const perSeeker = recentWaitMinutes.length ? Math.max(1, median(recentWaitMinutes)) : DEFAULT_MINUTES_PER_SEEKER;
  return Math.max(5, Math.ceil((position * perSeeker) / 5) * 5);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
