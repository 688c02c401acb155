// `npm run bench`: runs every bench module in BENCHES, prints a table and one RESULT line per
// scenario, and writes all figures to bench/results/<timestamp>.json. Add later benches to the list.
// Latency scenarios: `RESULT <scenario> p50_ms=… p99_ms=… ratio_p99=… errors=… rss_mb=…`;
// server-cost scenarios (the intake load): `RESULT <scenario> cpu_ms_per_turn=… ratio_cpu=…
// capacity_tps=… p99_ms_at_half=… errors=… rss_mb=…`; scenarios with their own figures (vacancy
// matching): `RESULT <scenario> <name>=<value> … errors=… rss_mb=…`.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dialogTurnBench } from './dialogTurn';
import { firstMessageBench } from './firstMessage';
import { intakeBench } from './intake';
import { matchingBench } from './matching';
import { relayBench } from './relay';
import type { BenchModule, CpuResult, FiguresResult, LatencyResult, ScenarioResult } from './types';
import { vacancyMatchBench } from './vacancyMatch';

const BENCHES: BenchModule[] = [matchingBench, intakeBench, dialogTurnBench, relayBench, firstMessageBench, vacancyMatchBench];

const isCpu = (r: ScenarioResult): r is CpuResult => r.kind === 'cpu';
const isFigures = (r: ScenarioResult): r is FiguresResult => r.kind === 'figures';
const figureText = (r: FiguresResult) =>
  Object.entries(r.figures)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');

const detailText = (r: ScenarioResult) =>
  Object.entries(r.details ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function tables(results: ScenarioResult[]): string {
  const latency = results.filter((r): r is LatencyResult => !isCpu(r) && !isFigures(r));
  const figures = results.filter(isFigures);
  const cpu = results.filter(isCpu);
  const parts: string[] = [];
  if (latency.length) {
    const rows = latency.map((r) => [r.scenario, String(r.p50_ms), String(r.p99_ms), String(r.ratio_p99), String(r.errors), String(r.rss_mb), detailText(r)]);
    parts.push(table(['scenario', 'p50 ms', 'p99 ms', 'p99/baseline', 'errors', 'rss MB', 'details'], rows));
  }
  if (cpu.length) {
    const rows = cpu.map((r) => [r.scenario, String(r.cpu_ms_per_turn), String(r.ratio_cpu), String(r.capacity_tps), String(r.p99_ms_at_half), String(r.errors), String(r.rss_mb), detailText(r)]);
    parts.push(table(['scenario', 'cpu ms/turn', 'cpu/echo', 'capacity tps', 'p99 ms at half', 'errors', 'rss MB', 'details'], rows));
  }
  if (figures.length) {
    const rows = figures.map((r) => [r.scenario, figureText(r), String(r.errors), String(r.rss_mb), detailText(r)]);
    parts.push(table(['scenario', 'figures', 'errors', 'rss MB', 'details'], rows));
  }
  return parts.join('\n\n');
}

function resultLine(r: ScenarioResult): string {
  if (isFigures(r)) return `RESULT ${r.scenario} ${figureText(r)} errors=${r.errors} rss_mb=${r.rss_mb}`;
  if (isCpu(r)) {
    return `RESULT ${r.scenario} cpu_ms_per_turn=${r.cpu_ms_per_turn} ratio_cpu=${r.ratio_cpu} capacity_tps=${r.capacity_tps} p99_ms_at_half=${r.p99_ms_at_half} errors=${r.errors} rss_mb=${r.rss_mb}`;
  }
  return `RESULT ${r.scenario} p50_ms=${r.p50_ms} p99_ms=${r.p99_ms} ratio_p99=${r.ratio_p99} errors=${r.errors} rss_mb=${r.rss_mb}`;
}

/** BENCH_ONLY=first-message,relay runs just those; a name's first word is enough ("intake"). */
function selected(bench: BenchModule, only: string[] | undefined): boolean {
  return !only || only.includes(bench.name) || only.includes(bench.name.split(' ')[0]);
}

async function main(): Promise<void> {
  const started = Date.now();
  const results: ScenarioResult[] = [];
  const only = process.env.BENCH_ONLY?.split(',');
  for (const bench of BENCHES.filter((b) => selected(b, only))) {
    console.log(`bench ${bench.name} ...`);
    results.push(...(await bench.run()));
  }
  console.log(`\n${tables(results)}\n`);
  for (const r of results) console.log(resultLine(r));
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
