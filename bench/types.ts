// The contract between bench/run.ts and each bench module.

/** A latency scenario: `RESULT <scenario> p50_ms=… p99_ms=… ratio_p99=… errors=… rss_mb=…`. */
export interface LatencyResult {
  kind?: 'latency';
  /** Printed as `RESULT <scenario> ...` (issue 8 parses these lines). */
  scenario: string;
  p50_ms: number;
  p99_ms: number;
  /** Optimised p99 / naive-baseline p99, measured in the same run. */
  ratio_p99: number;
  errors: number;
  rss_mb: number;
  /** Anything else worth keeping in the JSON file and the table. */
  details?: Record<string, number | string>;
}

/**
 * A server-cost scenario (the intake load, issue 16): `RESULT <scenario> cpu_ms_per_turn=…
 * ratio_cpu=… capacity_tps=… p99_ms_at_half=… errors=… rss_mb=…`.
 */
export interface CpuResult {
  kind: 'cpu';
  scenario: string;
  /** Server process CPU (user + system) per message turn, at saturation. */
  cpu_ms_per_turn: number;
  /** cpu_ms_per_turn / that of the bare in-memory echo bot, measured in the same run. */
  ratio_cpu: number;
  /** Message turns per second at saturation (closed loop). */
  capacity_tps: number;
  /** p99 latency of open-loop arrivals at capacity_tps / 2, from each message's scheduled time. */
  p99_ms_at_half: number;
  errors: number;
  rss_mb: number;
  details?: Record<string, number | string>;
}

/**
 * A scenario with its own named figures (e.g. two medians measured side by side):
 * `RESULT <scenario> <name>=<value> … errors=… rss_mb=…`.
 */
export interface FiguresResult {
  kind: 'figures';
  scenario: string;
  /** Printed in this order on the RESULT line. */
  figures: Record<string, number>;
  errors: number;
  rss_mb: number;
  details?: Record<string, number | string>;
}

export type ScenarioResult = LatencyResult | CpuResult | FiguresResult;

export interface BenchModule {
  name: string;
  run(): Promise<ScenarioResult[]>;
}
