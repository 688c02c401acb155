// Small timing helpers shared by bench modules.

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return NaN;
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)];
}

/** Runs `fn` once per item, `rounds` times over the list, and returns sorted durations in ms. */
export function timeEach<T>(items: readonly T[], rounds: number, fn: (item: T) => void): number[] {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const item of items) {
      const start = process.hrtime.bigint();
      fn(item);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return times.sort((a, b) => a - b);
}

export const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;
export const rssMb = () => round(process.memoryUsage().rss / 1024 / 1024, 1);
