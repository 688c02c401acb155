// The contract between bench/run.ts and each bench module.

export interface ScenarioResult {
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

export interface BenchModule {
  name: string;
  run(): Promise<ScenarioResult[]>;
}
