// Turn latency and throughput: N simulated seekers (default 200, BENCH_SEEKERS) run a whole intake
// at the same time through the Direct Line HTTP endpoint of a server in its own process. Baseline,
// in the same run: the same load against a bare echo bot on the same server stack and database.
// Runs on SQLite and on PostgreSQL.
import { postgresDatabase, sqliteDatabase, type TestDatabase } from '../../test/helpers/databases';
import { spawnServer } from '../../test/helpers/serverProcess';
import { percentile, round } from '../stats';
import type { BenchModule, ScenarioResult } from '../types';

/** The WW persona's whole intake, to the referral. */
export const INTAKE = [
  'Ik zoek werk', 'ja', 'ik zit in de ww', 'tot 1 september', '€ 1.800 per maand',
  '10 jaar heftruckchauffeur bij een distributiecentrum', 'heftruckchauffeur', 'nee', 'vmbo', 'moedertaal', 'ja', 'nee',
  'iets wat erop lijkt', '32 uur', '3511', 'zo snel mogelijk', 'ja', 'tot een half jaar', 'Hoe ga ik verder?',
];

interface LoadResult {
  latencies: number[];
  errors: number;
  turns: number;
  seconds: number;
  peakRssMb: number;
}

async function seeker(url: string, index: number, latencies: number[]): Promise<number> {
  let errors = 0;
  const userId = `bench-${index}-${Math.random().toString(36).slice(2, 8)}`;
  const json = { 'content-type': 'application/json' };
  const generated = await fetch(`${url}/v3/directline/tokens/generate`, { method: 'POST', headers: json, body: JSON.stringify({ user: { id: userId } }) });
  if (generated.status !== 200) return INTAKE.length;
  const { token, conversationId } = (await generated.json()) as { token: string; conversationId: string };
  const auth = { authorization: `Bearer ${token}` };
  if ((await fetch(`${url}/v3/directline/conversations`, { method: 'POST', headers: auth })).status !== 200) return INTAKE.length;
  let watermark = '0';
  for (const text of INTAKE) {
    const started = performance.now();
    const res = await fetch(`${url}/v3/directline/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers: { ...auth, ...json },
      body: JSON.stringify({ type: 'message', from: { id: userId }, text }),
    });
    await res.arrayBuffer();
    latencies.push(performance.now() - started);
    // The turn is done when the POST returns: the bot's reply must already be there.
    const poll = await fetch(`${url}/v3/directline/conversations/${conversationId}/activities?watermark=${watermark}`, { headers: auth });
    const body = poll.status === 200 ? ((await poll.json()) as { activities: { from: { id: string }; type: string }[]; watermark: string }) : undefined;
    if (res.status !== 200 || !body?.activities.some((a) => a.type === 'message' && a.from.id !== userId)) errors++;
    if (body) watermark = body.watermark;
  }
  return errors;
}

async function load(database: TestDatabase, bot: 'echo' | 'werkloket', seekers: number): Promise<LoadResult> {
  // 200 seekers from one address: lift the per-IP limits that protect a real deployment.
  const server = await spawnServer(
    { DATABASE_URL: database.url, BENCH_BOT: bot, DIRECTLINE_TOKENS_PER_MINUTE: '1000000', DIRECTLINE_REQUESTS_PER_MINUTE: '1000000' },
    'bench/intake/server.ts',
  );
  try {
    const latencies: number[] = [];
    const started = performance.now();
    const errors = (await Promise.all(Array.from({ length: seekers }, (_, i) => seeker(server.url, i, latencies)))).reduce((a, b) => a + b, 0);
    const seconds = (performance.now() - started) / 1000;
    return { latencies: latencies.sort((a, b) => a - b), errors, turns: latencies.length, seconds, peakRssMb: server.peakRssMb() };
  } finally {
    await server.stop();
  }
}

async function scenario(provider: 'sqlite' | 'postgresql', seekers: number): Promise<ScenarioResult[]> {
  const fresh = () => (provider === 'sqlite' ? Promise.resolve(sqliteDatabase()) : postgresDatabase());
  const run = async (bot: 'echo' | 'werkloket') => {
    const database = await fresh();
    try {
      return await load(database, bot, seekers);
    } finally {
      await database.drop();
    }
  };
  const echo = await run('echo');
  const werkloket = await run('werkloket');
  const p = (r: LoadResult, q: number) => round(percentile(r.latencies, q), 1);
  const line = (name: string, r: LoadResult, ratio: number): ScenarioResult => ({
    scenario: name,
    p50_ms: p(r, 50),
    p99_ms: p(r, 99),
    ratio_p99: round(ratio, 2),
    errors: r.errors,
    rss_mb: r.peakRssMb,
    details: { seekers, turns: r.turns, p95_ms: p(r, 95), turns_per_s: round(r.turns / r.seconds, 1) },
  });
  return [line(`intake-${provider}-echo-baseline`, echo, 1), line(`intake-${provider}`, werkloket, p(werkloket, 99) / p(echo, 99))];
}

export const intakeBench: BenchModule = {
  name: 'intake (Direct Line load)',
  async run() {
    const seekers = Number(process.env.BENCH_SEEKERS ?? 200);
    return [...(await scenario('sqlite', seekers)), ...(await scenario('postgresql', seekers))];
  },
};
