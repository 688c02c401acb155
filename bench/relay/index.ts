// Advisor relay: how fast an advisor's message reaches the seeker's open Web Chat stream (target
// p99 ≤ 100 ms), against the seeker's own message coming back over the same stream (the baseline,
// same run). And two instances on one PostgreSQL: seekers spread over both, the advisor on one:
// every message arrives exactly once, nothing lost, nothing duplicated.
import { WebSocket } from 'ws';
import { createDb } from '../../src/db/client';
import { ALWAYS_OPEN, AdvisorClient, createAdvisor, sessionFor } from '../../test/advisor/helpers';
import { postgresDatabase, sqliteDatabase, type TestDatabase } from '../../test/helpers/databases';
import { DirectLineClient } from '../../test/helpers/directLine';
import { spawnServer, type ServerProcess } from '../../test/helpers/serverProcess';
import { percentile, round } from '../stats';
import type { BenchModule, ScenarioResult } from '../types';

const SEEKERS = Number(process.env.BENCH_RELAY_SEEKERS ?? 40);
const MESSAGES = Number(process.env.BENCH_RELAY_MESSAGES ?? 10);
// One load generator on one address: the per-address and per-conversation guards would measure themselves.
const ENV = { ...ALWAYS_OPEN, DIRECTLINE_TOKENS_PER_MINUTE: '1000000', DIRECTLINE_REQUESTS_PER_MINUTE: '1000000', DIRECTLINE_MESSAGES_PER_MINUTE: '1000000', DIRECTLINE_STREAMS_PER_ADDRESS: '1000000' };

interface Seeker {
  client: DirectLineClient;
  ws: WebSocket;
  /** text → times it arrived, and when it first did */
  seen: Map<string, { count: number; at: number }>;
  /** text → resolves when it arrives (event-driven: no polling loop competing for the CPU) */
  waiting: Map<string, (at: number) => void>;
  handoffId: string;
}

/** People type: each chat sends one advisor and one seeker message per pace (ms). */
const PACE_MS = Number(process.env.BENCH_RELAY_PACE_MS ?? 500);

async function openSeeker(url: string): Promise<Omit<Seeker, 'handoffId'>> {
  const client = await new DirectLineClient(url).generate();
  const { streamUrl } = await client.start();
  const seen = new Map<string, { count: number; at: number }>();
  const waiting = new Map<string, (at: number) => void>();
  const ws = new WebSocket(streamUrl);
  ws.on('message', (data) => {
    const at = performance.now();
    for (const a of (JSON.parse(String(data)) as { activities: { text?: string }[] }).activities) {
      const key = a.text ?? '';
      const entry = seen.get(key);
      if (entry) entry.count++;
      else seen.set(key, { count: 1, at });
      waiting.get(key)?.(at);
      waiting.delete(key);
    }
  });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  return { client, ws, seen, waiting };
}

/** Starts waiting for a text before it is sent, so a fast arrival is not missed. */
function arrival(seeker: Seeker, text: string, timeoutMs = 10_000): Promise<number | undefined> {
  const seen = seeker.seen.get(text);
  if (seen) return Promise.resolve(seen.at);
  return new Promise((resolve) => {
    const timer = setTimeout(() => (seeker.waiting.delete(text), resolve(undefined)), timeoutMs);
    seeker.waiting.set(text, (at) => (clearTimeout(timer), resolve(at)));
  });
}

interface RelayResult {
  relay: number[];
  baseline: number[];
  lost: number;
  duplicated: number;
  peakRssMb: number;
}

/** Seekers on `seekerServers` (round robin), the advisor on `advisorServer`. */
async function relayRun(database: TestDatabase, seekerServers: ServerProcess[], advisorServer: ServerProcess): Promise<RelayResult> {
  const db = createDb(database.url);
  const advisor = AdvisorClient.withToken(advisorServer.url, await sessionFor(db, (await createAdvisor(db, 'Bench')).id));
  const seekers: Seeker[] = [];
  for (let i = 0; i < SEEKERS; i++) {
    const opened = await openSeeker(seekerServers[i % seekerServers.length].url);
    await opened.client.say('ik wil een mens spreken');
    let handoffId = '';
    for (let tries = 0; !handoffId && tries < 200; tries++) {
      handoffId = (await db.handoff.findFirst({ where: { conversationId: opened.client.conversationId } }))?.id ?? '';
      if (!handoffId) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await advisor.json('POST', `/advisor/api/handoffs/${handoffId}/claim`);
    seekers.push({ ...opened, handoffId });
  }
  const relay: number[] = [];
  const baseline: number[] = [];
  let lost = 0;
  await Promise.all(seekers.map(async (seeker, s) => {
    await new Promise((resolve) => setTimeout(resolve, (PACE_MS * s) / seekers.length)); // spread the chats
    for (let m = 0; m < MESSAGES; m++) {
      const paced = new Promise((resolve) => setTimeout(resolve, PACE_MS));
      const fromAdvisor = `advisor ${s}-${m}`;
      let arrived = arrival(seeker, fromAdvisor);
      let started = performance.now();
      await advisor.json('POST', `/advisor/api/handoffs/${seeker.handoffId}/messages`, { text: fromAdvisor });
      let at = await arrived;
      if (at === undefined) lost++;
      else relay.push(at - started);
      // Baseline: the seeker's own message back on the same stream (same store, hub and socket).
      const fromSeeker = `seeker ${s}-${m}`;
      arrived = arrival(seeker, fromSeeker);
      started = performance.now();
      await seeker.client.say(fromSeeker);
      at = await arrived;
      if (at === undefined) lost++;
      else baseline.push(at - started);
      await paced;
    }
  }));
  await new Promise((resolve) => setTimeout(resolve, 300)); // late duplicates would show up now
  let duplicated = 0;
  for (const seeker of seekers) {
    for (const [text, entry] of seeker.seen) if (/^(advisor|seeker) /.test(text) && entry.count > 1) duplicated += entry.count - 1;
    seeker.ws.close();
  }
  // And each seeker message is in the transcript exactly once.
  for (const seeker of seekers) {
    const rows = await db.transcriptEntry.findMany({ where: { conversationId: seeker.client.conversationId, direction: 'in' }, select: { text: true } });
    for (let m = 0; m < MESSAGES; m++) {
      const n = rows.filter((r) => r.text === `seeker ${seekers.indexOf(seeker)}-${m}`).length;
      if (n === 0) lost++;
      if (n > 1) duplicated += n - 1;
    }
  }
  await db.$disconnect();
  return { relay: relay.sort((a, b) => a - b), baseline: baseline.sort((a, b) => a - b), lost, duplicated, peakRssMb: Math.max(...[advisorServer, ...seekerServers].map((s) => s.peakRssMb())) };
}

function result(scenario: string, r: RelayResult, details: Record<string, number | string> = {}): ScenarioResult {
  const p99 = round(percentile(r.relay, 99), 1);
  return {
    scenario,
    p50_ms: round(percentile(r.relay, 50), 1),
    p99_ms: p99,
    ratio_p99: round(p99 / percentile(r.baseline, 99), 2),
    errors: r.lost + r.duplicated,
    rss_mb: r.peakRssMb,
    details: { seekers: SEEKERS, messages: r.relay.length, pace_ms: PACE_MS, baseline_p99_ms: round(percentile(r.baseline, 99), 1), lost: r.lost, duplicated: r.duplicated, target_p99_ms: 100, ...details },
  };
}

export const relayBench: BenchModule = {
  name: 'advisor relay (one instance; two instances on one PostgreSQL)',
  async run() {
    const results: ScenarioResult[] = [];
    for (const [provider, make] of [['sqlite', async () => sqliteDatabase()], ['postgresql', postgresDatabase]] as const) {
      const database = await make();
      const server = await spawnServer({ ...ENV, DATABASE_URL: database.url });
      try {
        results.push(result(`relay-${provider}`, await relayRun(database, [server], server)));
      } finally {
        await server.stop();
        await database.drop();
      }
    }
    // Two instances: the advisor on A; seekers on A and B in turn (so half of the messages cross).
    const database = await postgresDatabase();
    const a = await spawnServer({ ...ENV, DATABASE_URL: database.url });
    const b = await spawnServer({ ...ENV, DATABASE_URL: database.url });
    try {
      results.push(result('two-instances-postgresql', await relayRun(database, [a, b], a), { instances: 2 }));
    } finally {
      await a.stop();
      await b.stop();
      await database.drop();
    }
    return results;
  },
};
