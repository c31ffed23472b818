/** Timing helpers for benchmark scripts: warm up, run, report percentiles in milliseconds. */
export type Timing = { p50: number; p95: number; runs: number };

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

/** `before`, if given, runs untimed before every call. */
export async function measure(fn: () => Promise<unknown>, runs = 50, warmup = 5, before?: () => Promise<void>): Promise<Timing> {
  for (let i = 0; i < warmup; i++) {
    if (before) await before();
    await fn();
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (before) await before();
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), runs };
}

export const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
