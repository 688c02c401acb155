// `npm run bench`: runs every bench module in BENCHES, prints a table and one
// `RESULT <scenario> p50_ms=… p99_ms=… ratio_p99=… errors=… rss_mb=…` line per scenario,
// and writes all figures to bench/results/<timestamp>.json. Add later benches to the list.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { firstMessageBench } from './firstMessage';
import { intakeBench } from './intake';
import { matchingBench } from './matching';
import { relayBench } from './relay';
import type { BenchModule, ScenarioResult } from './types';

const BENCHES: BenchModule[] = [matchingBench, intakeBench, relayBench, firstMessageBench];

function table(results: ScenarioResult[]): string {
  const rows = results.map((r) => [
    r.scenario,
    String(r.p50_ms),
    String(r.p99_ms),
    String(r.ratio_p99),
    String(r.errors),
    String(r.rss_mb),
    Object.entries(r.details ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join(' '),
  ]);
  const header = ['scenario', 'p50 ms', 'p99 ms', 'p99/baseline', 'errors', 'rss MB', 'details'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  const results: ScenarioResult[] = [];
  // BENCH_ONLY=first-message,relay runs just those.
  const only = process.env.BENCH_ONLY?.split(',');
  for (const bench of BENCHES.filter((b) => !only || only.includes(b.name))) {
    console.log(`bench ${bench.name} ...`);
    results.push(...(await bench.run()));
  }
  console.log(`\n${table(results)}\n`);
  for (const r of results) {
    console.log(`RESULT ${r.scenario} p50_ms=${r.p50_ms} p99_ms=${r.p99_ms} ratio_p99=${r.ratio_p99} errors=${r.errors} rss_mb=${r.rss_mb}`);
  }
  const dir = path.join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${new Date(started).toISOString().replace(/[:.]/g, '-')}.json`);
  const machine = { node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', totalMemMb: Math.round(os.totalmem() / 2 ** 20) };
  writeFileSync(file, `${JSON.stringify({ startedAt: new Date(started).toISOString(), durationMs: Date.now() - started, machine, results }, null, 2)}\n`);
  console.log(`\nwritten ${path.relative(process.cwd(), file)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (results.some((r) => r.errors > 0)) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
