// The two load shapes. Closed loop: a fixed number of seekers, no think time, each starting a new
// conversation (new connection) after its last step: the servers' saturation throughput and CPU
// per turn. Open loop: messages at a fixed rate whatever the servers do, each latency counted from
// its scheduled send time, so a stalled server shows as queueing (no coordinated omission).
import http from 'node:http';
import { Seeker } from './client';

/** What a meter reads at a window's edges (cumulative counters). */
export interface Reading {
  at: number;
  turns: number;
  serverCpuMs: number;
  pgCpuMs: number;
  clientCpuMs: number;
}

export interface Window {
  seconds: number;
  turns: number;
  serverCpuMs: number;
  pgCpuMs: number;
  clientCpuMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Seekers spread round-robin over the servers, their counters, and the history checks. */
export class Fleet {
  turns = 0;
  /** Conversations that reached the script's end. */
  completed = 0;
  errors = 0;
  lost = 0;
  duplicated = 0;
  conversations = 0;
  readonly errorSamples: string[] = [];
  private next = 0;
  /** One pooled connection set per server for the end-of-conversation checks (not new visitors). */
  private readonly checkers: http.Agent[];

  constructor(
    private readonly targets: URL[],
    private readonly script: readonly string[],
    private readonly expected: readonly number[],
    private readonly cpu: () => { serverCpuMs: number; pgCpuMs: number },
  ) {
    this.checkers = targets.map(() => new http.Agent({ keepAlive: true, maxSockets: 8 }));
  }

  seeker(): Seeker {
    this.conversations++;
    return new Seeker(this.targets[this.next++ % this.targets.length], this.script);
  }

  error(error: unknown): void {
    this.errors++;
    if (this.errorSamples.length < 5) this.errorSamples.push(error instanceof Error ? error.message : String(error));
  }

  /** The history of a finished (or stopped) seeker, read through the next server: with two
   * instances, what one stored must be visible on the other. */
  async retire(seeker: Seeker): Promise<void> {
    const index = (this.targets.indexOf(seeker.base) + 1) % this.targets.length;
    try {
      const tally = await seeker.check(this.checkers[index], this.targets[index], this.expected);
      this.lost += tally.lost;
      this.duplicated += tally.duplicated;
    } catch (error) {
      this.error(error);
    } finally {
      seeker.close();
    }
  }

  read(): Reading {
    const { serverCpuMs, pgCpuMs } = this.cpu();
    const client = process.cpuUsage();
    return { at: performance.now(), turns: this.turns, serverCpuMs, pgCpuMs, clientCpuMs: (client.user + client.system) / 1000 };
  }

  close(): void {
    for (const agent of this.checkers) agent.destroy();
  }
}

export function between(a: Reading, b: Reading): Window {
  return { seconds: (b.at - a.at) / 1000, turns: b.turns - a.turns, serverCpuMs: b.serverCpuMs - a.serverCpuMs, pgCpuMs: b.pgCpuMs - a.pgCpuMs, clientCpuMs: b.clientCpuMs - a.clientCpuMs };
}

async function closedSeeker(fleet: Fleet, stop: { stopped: boolean }): Promise<void> {
  while (!stop.stopped) {
    const seeker = fleet.seeker();
    try {
      await seeker.start();
      while (!seeker.done && !stop.stopped) {
        await seeker.step(() => undefined);
        fleet.turns++;
      }
      if (seeker.done) fleet.completed++;
    } catch (error) {
      fleet.error(error);
      await sleep(100); // a failing server must not turn the loop into a busy spin
    }
    await fleet.retire(seeker);
  }
}

/** Waits at least `ms`, and until `count` more conversations reached their end (at most `capMs`). */
async function whole(fleet: Fleet, ms: number, count: number, capMs: number): Promise<void> {
  const [started, from] = [performance.now(), fleet.completed];
  await sleep(ms);
  while (fleet.completed - from < count && performance.now() - started < capMs) await sleep(100);
}

/**
 * `concurrency` seekers; the reading of a window of whole conversations. The seekers start
 * together and stay roughly in step, so a window of a few seconds would see only some intake
 * steps (and no greeting): warm-up lasts until as many conversations as seekers have ended (the
 * first cycle, also a cold server's slow start), the window at least `windowMs` and until as many
 * more have: about one whole intake per seeker, every step in its share.
 */
export async function closedLoop(fleet: Fleet, concurrency: number, warmupMs: number, windowMs: number): Promise<Window> {
  const stop = { stopped: false };
  const running = Array.from({ length: concurrency }, () => closedSeeker(fleet, stop));
  await whole(fleet, warmupMs, concurrency, 150_000);
  const start = fleet.read();
  await whole(fleet, windowMs, concurrency, 240_000);
  const end = fleet.read();
  stop.stopped = true;
  await Promise.all(running);
  return between(start, end);
}

export interface OpenResult {
  window: Window;
  /** Latencies (ms, sorted) of the messages scheduled in the window, from their scheduled time. */
  latencies: number[];
  /** The same for messages that first had to open a conversation (new visitor, new connection). */
  firstLatencies: number[];
  /** The others: messages in a conversation already open. */
  laterLatencies: number[];
  scheduled: number;
}

/** Above this many messages in flight the servers have fallen hopelessly behind: counted as errors. */
const MAX_IN_FLIGHT = 5000;
/** An idle seeker not needed for this long leaves (a visitor who stops halfway). */
const IDLE_MS = 2000;

/**
 * Idle seekers, the most recently idle on top: the next message goes to the seeker that just got
 * its answer, so a few conversations carry the load, reach their end and leave, and new visitors
 * (new connections) keep arriving. Seekers left over from a burst leave after IDLE_MS.
 */
class IdlePool {
  private readonly stack: { seeker: Seeker; since: number }[] = [];

  take(): Seeker | undefined {
    return this.stack.pop()?.seeker;
  }

  put(seeker: Seeker): void {
    this.stack.push({ seeker, since: performance.now() });
  }

  /** The seekers idle for longer than `ms` (all with 0), oldest first; they leave the pool. */
  stale(ms: number): Seeker[] {
    const cutoff = performance.now() - ms;
    let n = 0;
    while (n < this.stack.length && this.stack[n].since <= cutoff) n++;
    return this.stack.splice(0, n).map((entry) => entry.seeker);
  }
}

/** Messages at `rate` per second for warm-up + window, each to an idle seeker or a new one. */
export async function openLoop(fleet: Fleet, rate: number, warmupMs: number, windowMs: number): Promise<OpenResult> {
  const idle = new IdlePool();
  const pending = new Set<Promise<void>>();
  const track = (task: Promise<void>) => {
    pending.add(task);
    void task.finally(() => pending.delete(task));
  };
  const latencies: number[] = [];
  const firstLatencies: number[] = [];
  const t0 = performance.now() + 20;
  const [from, to] = [t0 + warmupMs, t0 + warmupMs + windowMs];
  const record = (scheduled: number, first: boolean) => {
    if (scheduled >= from && scheduled < to) (first ? firstLatencies : latencies).push(performance.now() - scheduled);
  };
  const dispatch = (scheduled: number) => {
    if (pending.size >= MAX_IN_FLIGHT) return fleet.error(new Error('too many messages in flight'));
    for (const seeker of idle.stale(IDLE_MS)) track(fleet.retire(seeker));
    const seeker = idle.take() ?? fleet.seeker();
    track(openTurn(fleet, seeker, (first) => record(scheduled, first), idle));
  };
  const measured = (async () => {
    await sleep(from - performance.now());
    const start = fleet.read();
    await sleep(to - performance.now());
    return between(start, fleet.read());
  })();
  await schedule(t0, 1000 / rate, Math.floor(((warmupMs + windowMs) * rate) / 1000), dispatch);
  const window = await measured;
  while (pending.size) await Promise.all([...pending]);
  await Promise.all(idle.stale(0).map((seeker) => fleet.retire(seeker)));
  const sorted = (list: number[]) => [...list].sort((a, b) => a - b);
  return { window, latencies: sorted([...latencies, ...firstLatencies]), firstLatencies: sorted(firstLatencies), laterLatencies: sorted(latencies), scheduled: Math.round((windowMs * rate) / 1000) };
}

/** One open-loop message: a new seeker opens its conversation first (that counts in its latency). */
async function openTurn(fleet: Fleet, seeker: Seeker, posted: (first: boolean) => void, idle: IdlePool): Promise<void> {
  const first = !seeker.started;
  try {
    if (first) await seeker.start();
    await seeker.step(() => posted(first));
    fleet.turns++;
    if (seeker.done) await fleet.retire(seeker);
    else idle.put(seeker);
  } catch (error) {
    fleet.error(error);
    await fleet.retire(seeker);
  }
}

/** Calls `dispatch(t)` for t = t0, t0 + interval, …, `total` times, each as soon as t has come. */
function schedule(t0: number, interval: number, total: number, dispatch: (scheduled: number) => void): Promise<void> {
  return new Promise((resolve) => {
    let k = 0;
    const tick = () => {
      const now = performance.now();
      for (; k < total && t0 + k * interval <= now; k++) dispatch(t0 + k * interval);
      if (k >= total) return resolve();
      setTimeout(tick, Math.max(0, t0 + k * interval - performance.now()));
    };
    tick();
  });
}
