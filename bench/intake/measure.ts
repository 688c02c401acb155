// One scenario's measurement on running servers: a reference seeker (warm-up, and the reply counts
// every other seeker's history is checked against), the closed loop at saturation (capacity and CPU
// per turn), then the open loop at half that capacity (p99 from the scheduled send times).
import type { ServerProcess } from '../../test/helpers/serverProcess';
import { percentile, round } from '../stats';
import { Seeker } from './client';
import { postgresCpuMs, processCpuMs } from './cpu';
import { closedLoop, Fleet, openLoop, type OpenResult, type Window } from './load';

export interface Knobs {
  /** Measured window of each loop, after its warm-up (BENCH_SECONDS, BENCH_WARMUP_SECONDS). */
  windowMs: number;
  warmupMs: number;
  /** Closed-loop seekers (BENCH_CONCURRENCY). */
  concurrency: number;
}

export interface Measured {
  capacityTps: number;
  cpuMsPerTurn: number;
  p99AtHalf: number;
  errors: number;
  rssMb: number;
  details: Record<string, number | string>;
}

/** The reference conversation: each step's number of bot replies (sequential, nothing else running). */
async function reference(url: URL, script: readonly string[]): Promise<number[]> {
  let counts: number[] = [];
  for (let i = 0; i < 2; i++) {
    const seeker = new Seeker(url, script);
    try {
      await seeker.start();
      while (!seeker.done) await seeker.step(() => undefined);
      counts = await seeker.replyCounts();
    } finally {
      seeker.close();
    }
  }
  return counts;
}

const perTurn = (ms: number, w: Window) => round(ms / Math.max(1, w.turns), 3);

/** Reference conversations on every server: the others warm up too (JIT, lazy loads), and must answer alike. */
async function expectedReplies(targets: URL[], script: readonly string[]): Promise<number[]> {
  const counts: number[][] = [];
  for (const target of targets) counts.push(await reference(target, script));
  if (counts.some((c) => c.join() !== counts[0].join())) console.log(`    reply counts differ between servers: ${counts.map((c) => c.join(',')).join(' / ')}`);
  return counts[0];
}

export async function measure(servers: ServerProcess[], script: readonly string[], knobs: Knobs, pgDatabase?: string): Promise<Measured> {
  const targets = servers.map((s) => new URL(s.url));
  const expected = await expectedReplies(targets, script);
  const cpu = () => ({ serverCpuMs: servers.reduce((sum, s) => sum + processCpuMs(s.pid), 0), pgCpuMs: pgDatabase ? postgresCpuMs(pgDatabase) : 0 });
  const closedFleet = new Fleet(targets, script, expected, cpu);
  const closed = await closedLoop(closedFleet, knobs.concurrency, knobs.warmupMs, knobs.windowMs);
  closedFleet.close();
  const capacity = closed.turns / closed.seconds;
  const openFleet = new Fleet(targets, script, expected, cpu);
  const open = await openLoop(openFleet, capacity / 2, knobs.warmupMs, knobs.windowMs);
  openFleet.close();
  const fleets = [closedFleet, openFleet];
  const sum = (f: (fleet: Fleet) => number) => fleets.reduce((n, fleet) => n + f(fleet), 0);
  const tally = { request_errors: sum((f) => f.errors), lost: sum((f) => f.lost), duplicated: sum((f) => f.duplicated) };
  const samples = fleets.flatMap((f) => f.errorSamples);
  if (samples.length) console.log(`    errors, e.g.: ${samples.slice(0, 3).join(' | ')}`);
  const rss = servers.map((s) => s.peakRssMb());
  return {
    capacityTps: round(capacity, 1),
    cpuMsPerTurn: perTurn(closed.serverCpuMs, closed),
    p99AtHalf: p(open.latencies, 99),
    errors: tally.request_errors + tally.lost + tally.duplicated,
    rssMb: Math.max(...rss),
    details: {
      ...(pgDatabase ? { pg_cpu_ms_per_turn: perTurn(closed.pgCpuMs, closed) } : {}),
      ...details(knobs, closed, closedFleet, open, openFleet, capacity),
      ...tally,
      ...(servers.length > 1 ? { rss_mb_total: rss.reduce((a, b) => a + b, 0) } : {}),
    },
  };
}

const p = (sorted: number[], q: number) => round(percentile(sorted, q), 1);

function details(knobs: Knobs, closed: Window, closedFleet: Fleet, open: OpenResult, openFleet: Fleet, capacity: number): Record<string, number | string> {
  return {
    turns: closed.turns,
    window_s: round(closed.seconds, 1),
    seekers: knobs.concurrency,
    poll: process.env.BENCH_POLL === '0' ? 'no' : 'each message',
    conversations: closedFleet.conversations,
    completed: closedFleet.completed,
    client_cpu_ms_per_turn: perTurn(closed.clientCpuMs, closed),
    open_rate_tps: round(capacity / 2, 1),
    open_turns: open.window.turns,
    open_scheduled: open.scheduled,
    open_conversations: openFleet.conversations,
    p50_ms_at_half: p(open.latencies, 50),
    p99_ms_at_half_first_message: p(open.firstLatencies, 99),
    p99_ms_at_half_later_messages: p(open.laterLatencies, 99),
    cpu_ms_per_turn_at_half: perTurn(open.window.serverCpuMs, open.window),
  };
}
