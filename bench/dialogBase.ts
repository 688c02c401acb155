// The dialog-turn bench against another revision in the same process (BENCH_DIALOG_BASE=<git rev>):
// that revision's src is unpacked beside this checkout (.bench-base/<commit>, so it finds
// node_modules) and its bot and this one take turns, one conversation each, the order swapped
// every round. On a shared, noisy machine only such paired figures show a change of 10 %.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { createBot } from '../src/bot/createBot';

/** One whole conversation of a bot: its message turns, the turns without a reply, their times, and what it said. */
export type Run = (conversation: number) => Promise<{ turns: number; silent: number; turnMs: number[]; said: string }>;

const ROOT = path.join(__dirname, '..');

/** The app's source at `rev`, unpacked once; its createBot must take a `storage` option (06f8309 and later). */
export function createBotAt(rev: string): typeof createBot {
  const commit = execFileSync('git', ['rev-parse', '--verify', `${rev}^{commit}`], { cwd: ROOT, encoding: 'utf8' }).trim();
  const dir = path.join(ROOT, '.bench-base', commit);
  if (!fs.existsSync(path.join(dir, 'src'))) {
    fs.mkdirSync(dir, { recursive: true });
    execFileSync('tar', ['-x', '-C', dir], { input: execFileSync('git', ['archive', '--format=tar', commit, 'src'], { cwd: ROOT, maxBuffer: 1 << 30 }) });
    fs.cpSync(path.join(ROOT, 'src', 'generated'), path.join(dir, 'src', 'generated'), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'content'), path.join(dir, 'content'));
  }
  const source = fs.readFileSync(path.join(dir, 'src', 'bot', 'createBot.ts'), 'utf8');
  if (!source.includes('storage?: Storage')) throw new Error(`${rev}: its createBot has no storage option (use 06f8309 or later)`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a revision chosen at run time
  return (require(path.join(dir, 'src', 'bot', 'createBot')) as { createBot: typeof createBot }).createBot;
}

export interface Paired {
  baseMsPerTurn: number;
  msPerTurn: number;
  /** Median over the rounds of (base − this) CPU per turn, with its quartiles. */
  gain: number;
  gainQ1: number;
  gainQ3: number;
  /** Whether both said the same in the first conversation (the contract: byte-identical replies). */
  sameReplies: boolean;
}

export async function paired(base: Run, current: Run, rounds: number, warmup: number): Promise<Paired> {
  let n = 0;
  const sameReplies = (await base(n++)).said === (await current(n++)).said;
  for (let i = 0; i < warmup; i++) (await base(n++), await current(n++));
  const cpu = { base: 0, current: 0 };
  let turns = 0;
  const gains: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const round = { base: 0, current: 0 };
    for (const which of r % 2 ? (['base', 'current'] as const) : (['current', 'base'] as const)) {
      const start = process.cpuUsage();
      const { turns: t } = await (which === 'base' ? base : current)(n++);
      const used = process.cpuUsage(start);
      round[which] = (used.user + used.system) / 1000 / t;
      cpu[which] += used.user + used.system;
      if (which === 'base') turns += t;
    }
    gains.push(round.base - round.current);
  }
  gains.sort((a, b) => a - b);
  const at = (q: number) => gains[Math.min(gains.length - 1, Math.floor(q * gains.length))];
  return { baseMsPerTurn: cpu.base / 1000 / turns, msPerTurn: cpu.current / 1000 / turns, gain: at(0.5), gainQ1: at(0.25), gainQ3: at(0.75), sameReplies };
}
