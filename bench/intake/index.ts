// Intake load (issue 16): what an ordinary intake turn costs the server, and how it holds up.
//
// How it measures. Each server runs in its own process (spawnServer). A seeker is the Direct Line
// client of one new visitor: its own keep-alive connection (tokens/generate, POST /conversations,
// then per INTAKE step a POST activities — answered once the bot's reply is stored — and a GET
// activities that must show the reply). At the end every conversation's whole history is read
// (with two instances: through the other one) and each message must be there once, with as many
// bot replies as a reference conversation got: `lost` and `duplicated` count the others.
// - Closed loop at saturation: BENCH_CONCURRENCY seekers (32: enough to keep two single-threaded
//   servers busy, few enough that one intake cycle of all of them stays short), no think time,
//   each starting a new conversation on a new connection after its last step. Warm-up: at least
//   BENCH_WARMUP_SECONDS (5) and one whole intake per seeker; window: at least BENCH_SECONDS (20)
//   and one more whole intake per seeker, so every step (and the greeting) is in its share
//   (bench/intake/load.ts). capacity_tps = message turns per second in the window;
//   cpu_ms_per_turn = the server processes' utime + stime (/proc/<pid>/stat) per message turn
//   (tokens, greetings, polls and history reads of the window included: part of what a turn
//   costs); pg_cpu_ms_per_turn = the same for PostgreSQL's processes of this database (cpu.ts).
// - Open loop at capacity_tps / 2: messages scheduled at that fixed rate, each to the seeker that
//   got its answer last (so conversations end and new visitors keep coming), or to a new one (new
//   connection, new conversation) when none is idle; latency from the
//   scheduled time to the POST's answer, so queueing shows (no coordinated omission). A new
//   seeker's token and greeting count in its first message's latency (conservative; the details
//   give the p99 of first messages and of the others apart). p99 of the window → p99_ms_at_half.
// - ratio_cpu: cpu_ms_per_turn / that of a bare botbuilder echo bot with MemoryStorage state on the
//   same protocol without a database (bench/intake/memoryEcho.ts), measured the same way, same run.
//   intake-sqlite-echo-db (echo bot on Werkloket's full stack and database) is context only.
// The machine is small and shared (2 cores for load generator, servers and PostgreSQL): CPU per
// turn is the stable figure; capacity figures hold for that box only. The generator uses plain
// node:http and reads little; its own CPU per turn is in the details (client_cpu_ms_per_turn).
// BENCH_INTAKE=echo-memory,sqlite,… runs a subset of the scenarios (names without "intake-");
// BENCH_POLL=0 leaves out the GET after each message (Web Chat on its WebSocket does not poll; the
// history check at the end still verifies every reply).
import { postgresDatabase, sqliteDatabase, type TestDatabase } from '../../test/helpers/databases';
import { spawnServer, type ServerProcess } from '../../test/helpers/serverProcess';
import { round } from '../stats';
import type { BenchModule, CpuResult } from '../types';
import { measure, type Knobs, type Measured } from './measure';

/** The WW persona's whole intake: consent, seven steps, "Klopt dit?", proposals, and a question. */
export const INTAKE = [
  'Ik zoek werk', 'ja', 'ik zit in de ww', 'tot 1 september', '€ 1.800 per maand',
  '10 jaar heftruckchauffeur bij een distributiecentrum', 'heftruckchauffeur', 'nee', 'vmbo', 'moedertaal', '45', 'ja', 'nee',
  'iets wat erop lijkt', '32 uur', '3511', 'tot een half uur', 'zo snel mogelijk', 'nee', 'Ja, dit klopt', 'Hoe ga ik verder?',
];

// One load generator on one address: the per-address and per-conversation guards would measure themselves.
const ENV = { DIRECTLINE_TOKENS_PER_MINUTE: '1000000', DIRECTLINE_REQUESTS_PER_MINUTE: '1000000', DIRECTLINE_MESSAGES_PER_MINUTE: '1000000' };

type Bot = 'werkloket' | 'echo-db' | 'echo-memory';

function start(bot: Bot, database?: TestDatabase): Promise<ServerProcess> {
  if (bot === 'echo-memory') return spawnServer({}, 'bench/intake/memoryEcho.ts');
  const env = { ...ENV, DATABASE_URL: database!.url };
  return bot === 'werkloket' ? spawnServer(env) : spawnServer({ ...env, BENCH_BOT: 'echo' }, 'bench/intake/server.ts');
}

/** Starts `instances` servers (one after the other: the first migrates and creates the secrets). */
async function run(bot: Bot, provider: 'sqlite' | 'postgresql' | undefined, instances: number, knobs: Knobs): Promise<Measured> {
  const database = provider === 'sqlite' ? sqliteDatabase() : provider === 'postgresql' ? await postgresDatabase() : undefined;
  const servers: ServerProcess[] = [];
  try {
    for (let i = 0; i < instances; i++) servers.push(await start(bot, database));
    const pgName = provider === 'postgresql' ? new URL(database!.url).pathname.slice(1) : undefined;
    return await measure(servers, INTAKE, knobs, pgName);
  } finally {
    for (const server of servers) await server.stop();
    await database?.drop();
  }
}

function result(scenario: string, m: Measured, echo: Measured | undefined, extra: Record<string, number | string> = {}): CpuResult {
  const ratio = echo ? round(m.cpuMsPerTurn / echo.cpuMsPerTurn, 2) : NaN;
  console.log(`  ${scenario}: ${m.cpuMsPerTurn} ms cpu/turn, ${m.capacityTps} turns/s, p99 at half ${m.p99AtHalf} ms, errors ${m.errors}`);
  return { kind: 'cpu', scenario, cpu_ms_per_turn: m.cpuMsPerTurn, ratio_cpu: ratio, capacity_tps: m.capacityTps, p99_ms_at_half: m.p99AtHalf, errors: m.errors, rss_mb: m.rssMb, details: { ...m.details, ...extra } };
}

export const intakeBench: BenchModule = {
  name: 'intake (Direct Line load)',
  async run() {
    const knobs: Knobs = {
      windowMs: Number(process.env.BENCH_SECONDS ?? 20) * 1000,
      warmupMs: Number(process.env.BENCH_WARMUP_SECONDS ?? 5) * 1000,
      concurrency: Number(process.env.BENCH_CONCURRENCY ?? 32),
    };
    const only = process.env.BENCH_INTAKE?.split(',');
    const wanted = (name: string) => !only || only.includes(name);
    const results: CpuResult[] = [];
    const echo = wanted('echo-memory') ? await run('echo-memory', undefined, 1, knobs) : undefined;
    if (echo) results.push(result('intake-echo-memory', echo, echo));
    if (wanted('sqlite-echo-db')) results.push(result('intake-sqlite-echo-db', await run('echo-db', 'sqlite', 1, knobs), echo));
    if (wanted('sqlite')) results.push(result('intake-sqlite', await run('werkloket', 'sqlite', 1, knobs), echo, { target_cpu_ms: 2.5, target_ratio_cpu: 3.5 }));
    const one = wanted('postgresql') ? await run('werkloket', 'postgresql', 1, knobs) : undefined;
    if (one) results.push(result('intake-postgresql', one, echo, { target_cpu_ms: 3, target_ratio_cpu: 4.5, target_pg_cpu_ms: 1.5 }));
    if (wanted('postgresql-2-instances')) {
      const two = await run('werkloket', 'postgresql', 2, knobs);
      results.push(result('intake-postgresql-2-instances', two, echo, { instances: 2, scale: one ? round(two.capacityTps / one.capacityTps, 2) : 'n/a', target_scale: 1.7 }));
    }
    return results;
  },
};
