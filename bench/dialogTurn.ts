// What the dialogs cost per intake turn, without HTTP and without the database on the hot path:
// the real bot (createBot) with its state in MemoryStorage, driven in-process through botbuilder's
// TestAdapter with the intake load's script (INTAKE), conversation after conversation. CPU per
// message turn = process.cpuUsage() (user + system) over the measured conversations / their
// message turns (the greeting's cost included, as in the intake load). ratio_cpu: against a bare
// echo bot on the same adapter with MemoryStorage state, measured in the same process.
// `dialog-turn-sqlite` is the same with the state in SQLite via the app's store (context only).
// BENCH_DIALOG_CONVERSATIONS (default 60) after BENCH_DIALOG_WARMUP (default 15) conversations.
// BENCH_DIALOG_BASE=<git rev>: also `dialog-turn-vs-base`, that revision's bot and this one in turns
// in the same process (bench/dialogBase.ts); BENCH_DIALOG_VARY=1 gives every conversation's messages
// a random letter case there, so results remembered per message text cannot flatter either side.
// Profile it: BENCH_ONLY=dialog-turn node --cpu-prof -r tsx/cjs bench/run.ts
import { ActivityHandler, ConversationState, MemoryStorage, TestAdapter, type Activity, type Storage, type TurnContext } from 'botbuilder';
import { createBot } from '../src/bot/createBot';
import { createBotAt, paired, type Run } from './dialogBase';
import type { Db } from '../src/db/client';
import { openDatabase, sharedCatalogue, TODAY } from '../test/helpers/conversation';
import { sqliteDatabase } from '../test/helpers/databases';
import { INTAKE } from './intake';
import { percentile, round, rssMb } from './stats';
import type { BenchModule, CpuResult } from './types';

const CONVERSATIONS = Number(process.env.BENCH_DIALOG_CONVERSATIONS ?? 60);
const WARMUP = Number(process.env.BENCH_DIALOG_WARMUP ?? 15);

function adapterFor(logic: (context: TurnContext) => Promise<void>, id: string): TestAdapter {
  return new TestAdapter(logic, {
    channelId: 'test',
    conversation: { id, isGroup: false, conversationType: 'personal', name: 'bench' },
    from: { id: `user-${id}`, name: 'seeker' },
    recipient: { id: 'werkloket', name: 'Werkloket' },
    locale: 'nl-NL',
    serviceUrl: 'https://test.invalid',
  });
}

/** One whole conversation: the greeting, then every INTAKE message; replies counted, turns timed. */
const varied = (text: string) => [...text].map((ch) => (Math.random() < 0.3 ? ch.toUpperCase() : ch)).join('');

/** `check`: what the bot says is kept (to compare two bots); `vary`: random letter case in the messages. */
async function converse(adapter: TestAdapter, userId: string, mode: 'plain' | 'check' | 'vary' = 'plain'): ReturnType<Run> {
  let said = '';
  const send = async (activity: Partial<Activity>) => {
    adapter.activeQueue.splice(0);
    await adapter.receiveActivity(activity);
    const replies = adapter.activeQueue.splice(0);
    if (mode === 'check') said += replies.map((r) => `${r.text ?? ''}|${JSON.stringify(r.suggestedActions ?? null)}`).join('\n');
    return replies.length;
  };
  await send({ type: 'conversationUpdate', membersAdded: [{ id: userId, name: 'seeker' }] });
  const turnMs: number[] = [];
  let silent = 0;
  for (const text of INTAKE) {
    const start = performance.now();
    if ((await send({ type: 'message', text: mode === 'vary' ? varied(text) : text })) === 0) silent++;
    turnMs.push(performance.now() - start);
  }
  return { turns: INTAKE.length, silent, turnMs, said };
}

async function werkloket(db: Db, storage: Storage | undefined, create = createBot, vary = false): Promise<Run> {
  const parts = await create(db, await sharedCatalogue(), { now: () => TODAY, storage });
  return (n) => {
    const adapter = adapterFor((context) => parts.bot.run(context), `bench-${n}-${Math.random().toString(36).slice(2, 8)}`);
    adapter.use(parts.bot.localeMiddleware);
    return converse(adapter, `user-${n}`, n <= 1 ? 'check' : vary ? 'vary' : 'plain');
  };
}

function echo(): Run {
  const state = new ConversationState(new MemoryStorage());
  const count = state.createProperty<number>('count');
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await count.set(context, ((await count.get(context)) ?? 0) + 1);
    await context.sendActivity(`echo: ${context.activity.text}`);
    await next();
  });
  bot.onDialog(async (context, next) => (await state.saveChanges(context, false), await next()));
  return (n) => converse(adapterFor((context) => bot.run(context), `echo-${n}`), `user-${n}`);
}

interface Measured {
  cpuMsPerTurn: number;
  tps: number;
  p50: number;
  p99: number;
  silent: number;
}

async function measure(run: Run): Promise<Measured> {
  for (let i = 0; i < WARMUP; i++) await run(i);
  const times: number[] = [];
  let turns = 0;
  let silent = 0;
  const wall = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < CONVERSATIONS; i++) {
    const r = await run(WARMUP + i);
    turns += r.turns;
    silent += r.silent;
    times.push(...r.turnMs);
  }
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - wall) / 1000;
  times.sort((a, b) => a - b);
  return { cpuMsPerTurn: (used.user + used.system) / 1000 / turns, tps: turns / seconds, p50: percentile(times, 50), p99: percentile(times, 99), silent };
}

function result(scenario: string, m: Measured, echoed: Measured): CpuResult {
  console.log(`  ${scenario}: ${round(m.cpuMsPerTurn)} ms cpu/turn, ${round(m.tps, 0)} turns/s, turn p99 ${round(m.p99, 2)} ms`);
  return {
    kind: 'cpu',
    scenario,
    cpu_ms_per_turn: round(m.cpuMsPerTurn),
    ratio_cpu: round(m.cpuMsPerTurn / echoed.cpuMsPerTurn, 2),
    capacity_tps: round(m.tps, 0),
    // No arrivals here: one conversation at a time, in-process.
    p99_ms_at_half: NaN,
    errors: m.silent,
    rss_mb: rssMb(),
    details: { turn_p50_ms: round(m.p50, 2), turn_p99_ms: round(m.p99, 2), conversations: CONVERSATIONS, turns_per_conversation: INTAKE.length },
  };
}

async function versusBase(db: Db, rev: string) {
  const vary = Boolean(process.env.BENCH_DIALOG_VARY);
  const [base, current] = [await werkloket(db, new MemoryStorage(), createBotAt(rev), vary), await werkloket(db, new MemoryStorage(), createBot, vary)];
  return paired(base, current, CONVERSATIONS, Math.max(WARMUP, 30));
}

function againstBase(rev: string, p: Awaited<ReturnType<typeof versusBase>>, echoed: Measured): CpuResult {
  console.log(`  dialog-turn-vs-base: ${rev} ${round(p.baseMsPerTurn)} → ${round(p.msPerTurn)} ms cpu/turn, paired gain ${round(p.gain)} (${round(p.gainQ1)}..${round(p.gainQ3)}), same replies: ${p.sameReplies}`);
  return {
    kind: 'cpu',
    scenario: 'dialog-turn-vs-base',
    cpu_ms_per_turn: round(p.msPerTurn),
    ratio_cpu: round(p.msPerTurn / echoed.cpuMsPerTurn, 2),
    capacity_tps: NaN,
    p99_ms_at_half: NaN,
    errors: p.sameReplies ? 0 : 1,
    rss_mb: rssMb(),
    details: { base: rev, base_cpu_ms_per_turn: round(p.baseMsPerTurn), median_paired_gain_ms: round(p.gain), gain_q1_ms: round(p.gainQ1), gain_q3_ms: round(p.gainQ3), rounds: CONVERSATIONS, varied_case: process.env.BENCH_DIALOG_VARY ? 1 : 0 },
  };
}

export const dialogTurnBench: BenchModule = {
  name: 'dialog-turn (in-process)',
  async run() {
    const database = sqliteDatabase();
    const db = await openDatabase(database.url);
    try {
      // First, while neither bot's code has run: the one run before would come warmed up.
      const rev = process.env.BENCH_DIALOG_BASE;
      const vsBase = rev ? await versusBase(db, rev) : undefined;
      const echoed = await measure(echo());
      // The SQLite run first: the first bot of the process would also pay for compiling the code.
      const sqlite = await measure(await werkloket(db, undefined));
      const memory = await measure(await werkloket(db, new MemoryStorage()));
      const results = [result('dialog-turn-echo-memory', echoed, echoed), result('dialog-turn-memory', memory, echoed), result('dialog-turn-sqlite', sqlite, echoed)];
      if (rev && vsBase) results.push(againstBase(rev, vsBase, echoed));
      return results;
    } finally {
      await db.$disconnect();
      await database.drop();
    }
  },
};
