// Turn latency and throughput: N simulated seekers (default 200, BENCH_SEEKERS) run a whole intake
// at the same time through the Direct Line HTTP endpoint of a server in its own process. Baseline,
// in the same run: the same load against a bare echo bot on the same server stack and database.
// Runs on SQLite and on PostgreSQL.
//
// The machine is small and shared (load generator, server and database on 2 cores), so one run
// says little: echo and Werkloket alternate for BENCH_ROUNDS rounds (default 3) and the ratio is
// the median of the rounds' ratios. Seekers start spread over BENCH_RAMP_MS (default 5 s, the same
// seeded offsets for both bots): 200 scripted clients that all press enter in the same millisecond
// measure the heaviest step 200 times over, not the mix of steps a region sends. There is no
// think time: once started, every seeker sends its next message as soon as the reply is there.
import { postgresDatabase, sqliteDatabase, type TestDatabase } from '../../test/helpers/databases';
import { spawnServer } from '../../test/helpers/serverProcess';
import { percentile, round } from '../stats';
import type { BenchModule, ScenarioResult } from '../types';

/** The WW persona's whole intake, to the referral. */
export const INTAKE = [
  'Ik zoek werk', 'ja', 'ik zit in de ww', 'tot 1 september', '€ 1.800 per maand',
  '10 jaar heftruckchauffeur bij een distributiecentrum', 'heftruckchauffeur', 'nee', 'vmbo', 'moedertaal', 'ja', 'nee',
  'iets wat erop lijkt', '32 uur', '3511', 'zo snel mogelijk', 'ja', 'tot een half jaar', 'Ja, dit klopt', 'Hoe ga ik verder?',
];

interface LoadResult {
  latencies: number[];
  /** Per intake step, sorted. */
  byStep: number[][];
  errors: number;
  turns: number;
  seconds: number;
  peakRssMb: number;
}

/** Deterministic, uniform start offsets (xorshift), so both bots get the same arrivals. Not fast-check's
 * fc.sample: it favours the bounds, which would start a quarter of the seekers together again. */
function offsets(seekers: number, rampMs: number): number[] {
  let x = 2463534242;
  return Array.from({ length: seekers }, () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return ((x >>> 0) / 2 ** 32) * rampMs;
  });
}

async function seeker(url: string, index: number, startMs: number, latencies: number[][]): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, startMs));
  let errors = 0;
  const userId = `bench-${index}-${Math.random().toString(36).slice(2, 8)}`;
  const json = { 'content-type': 'application/json' };
  const generated = await fetch(`${url}/v3/directline/tokens/generate`, { method: 'POST', headers: json, body: JSON.stringify({ user: { id: userId } }) });
  if (generated.status !== 200) return INTAKE.length;
  const { token, conversationId } = (await generated.json()) as { token: string; conversationId: string };
  const auth = { authorization: `Bearer ${token}` };
  if ((await fetch(`${url}/v3/directline/conversations`, { method: 'POST', headers: auth })).status !== 200) return INTAKE.length;
  let watermark = '0';
  for (const [step, text] of INTAKE.entries()) {
    const started = performance.now();
    const res = await fetch(`${url}/v3/directline/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers: { ...auth, ...json },
      body: JSON.stringify({ type: 'message', from: { id: userId }, text }),
    });
    await res.arrayBuffer();
    latencies[step].push(performance.now() - started);
    // The turn is done when the POST returns: the bot's reply must already be there.
    const poll = await fetch(`${url}/v3/directline/conversations/${conversationId}/activities?watermark=${watermark}`, { headers: auth });
    const body = poll.status === 200 ? ((await poll.json()) as { activities: { from: { id: string }; type: string }[]; watermark: string }) : undefined;
    if (res.status !== 200 || !body?.activities.some((a) => a.type === 'message' && a.from.id !== userId)) errors++;
    if (body) watermark = body.watermark;
  }
  return errors;
}

async function load(database: TestDatabase, bot: 'echo' | 'werkloket', starts: number[]): Promise<LoadResult> {
  // 200 seekers from one address: lift the per-IP limits that protect a real deployment.
  const server = await spawnServer(
    { DATABASE_URL: database.url, BENCH_BOT: bot, DIRECTLINE_TOKENS_PER_MINUTE: '1000000', DIRECTLINE_REQUESTS_PER_MINUTE: '1000000' },
    'bench/intake/server.ts',
  );
  try {
    const byStep: number[][] = INTAKE.map(() => []);
    const started = performance.now();
    const errors = (await Promise.all(starts.map((start, i) => seeker(server.url, i, start, byStep)))).reduce((a, b) => a + b, 0);
    const seconds = (performance.now() - started) / 1000;
    const latencies = byStep.flat().sort((a, b) => a - b);
    return { latencies, byStep: byStep.map((l) => l.sort((a, b) => a - b)), errors, turns: latencies.length, seconds, peakRssMb: server.peakRssMb() };
  } finally {
    await server.stop();
  }
}

async function scenario(provider: 'sqlite' | 'postgresql', seekers: number, rounds: number, rampMs: number): Promise<ScenarioResult[]> {
  const fresh = () => (provider === 'sqlite' ? Promise.resolve(sqliteDatabase()) : postgresDatabase());
  const starts = offsets(seekers, rampMs);
  const run = async (bot: 'echo' | 'werkloket') => {
    const database = await fresh();
    try {
      return await load(database, bot, starts);
    } finally {
      await database.drop();
    }
  };
  const p = (sorted: number[], q: number) => round(percentile(sorted, q), 1);
  const measured: { echo: LoadResult; werkloket: LoadResult; ratio: number }[] = [];
  for (let r = 0; r < rounds; r++) {
    const echo = await run('echo');
    const werkloket = await run('werkloket');
    measured.push({ echo, werkloket, ratio: p(werkloket.latencies, 99) / p(echo.latencies, 99) });
    console.log(`  ${provider} round ${r + 1}/${rounds}: p99 echo ${p(echo.latencies, 99)} ms, werkloket ${p(werkloket.latencies, 99)} ms, ratio ${round(measured[r].ratio, 2)}`);
  }
  // The round with the median ratio speaks for the scenario; every round's ratio is kept.
  const median = [...measured].sort((a, b) => a.ratio - b.ratio)[Math.floor((measured.length - 1) / 2)];
  const ratios = measured.map((m) => round(m.ratio, 2)).join('/');
  // Figures of the median round; errors and peak memory over all rounds.
  const line = (name: string, bot: 'echo' | 'werkloket', ratio: number, extra: Record<string, number | string> = {}): ScenarioResult => {
    const r = median[bot];
    return {
      scenario: name,
      p50_ms: p(r.latencies, 50),
      p99_ms: p(r.latencies, 99),
      ratio_p99: round(ratio, 2),
      errors: measured.reduce((n, m) => n + m[bot].errors, 0),
      rss_mb: Math.max(...measured.map((m) => m[bot].peakRssMb)),
      details: { seekers, rounds, ramp_ms: rampMs, turns: r.turns, p95_ms: p(r.latencies, 95), turns_per_s: round(r.turns / r.seconds, 1), ...extra },
    };
  };
  const slowest = median.werkloket.byStep.map((l, step) => ({ step, p99: p(l, 99) })).sort((a, b) => b.p99 - a.p99)[0];
  return [
    line(`intake-${provider}-echo-baseline`, 'echo', 1),
    line(`intake-${provider}`, 'werkloket', median.ratio, { ratios_per_round: ratios, slowest_step: `${slowest.step + 1} "${INTAKE[slowest.step]}" p99 ${slowest.p99} ms` }),
  ];
}

export const intakeBench: BenchModule = {
  name: 'intake (Direct Line load)',
  async run() {
    const seekers = Number(process.env.BENCH_SEEKERS ?? 200);
    const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
    const rampMs = Number(process.env.BENCH_RAMP_MS ?? 5000);
    return [...(await scenario('sqlite', seekers, rounds, rampMs)), ...(await scenario('postgresql', seekers, rounds, rampMs))];
  },
};
