/** Small summary statistics for timings. Pure: no clock, no I/O. */

function sortedCopy(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

function requireValues(values: readonly number[], what: string): void {
  if (values.length === 0) throw new Error(`${what} of no values`);
  if (values.some((value) => !Number.isFinite(value))) throw new Error(`${what} of a non-finite value`);
}

/** The middle value; for an even count, the mean of the two middle values. */
export function median(values: readonly number[]): number {
  requireValues(values, 'median');
  const sorted = sortedCopy(values);
  const mid = Math.floor(sorted.length / 2);
  // Indexes are in range by construction; `?? NaN` only satisfies noUncheckedIndexedAccess.
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? Number.NaN) + (sorted[mid] ?? Number.NaN)) / 2;
}

/**
 * The nearest-rank percentile (p in 0..100): the smallest value with at least p % of the values
 * at or below it. Nearest rank never invents a value that was not measured.
 */
export function percentile(values: readonly number[], p: number): number {
  requireValues(values, 'percentile');
  if (!(p >= 0 && p <= 100)) throw new Error(`percentile ${p} is outside 0..100`);
  const sorted = sortedCopy(values);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export function mean(values: readonly number[]): number {
  requireValues(values, 'mean');
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function max(values: readonly number[]): number {
  requireValues(values, 'max');
  return values.reduce((a, b) => (b > a ? b : a));
}

export interface Summary {
  readonly count: number;
  readonly median: number;
  readonly p95: number;
  readonly max: number;
  readonly min: number;
}

export function summarize(values: readonly number[]): Summary {
  requireValues(values, 'summary');
  return {
    count: values.length,
    median: median(values),
    p95: percentile(values, 95),
    max: max(values),
    min: values.reduce((a, b) => (b < a ? b : a)),
  };
}

/** Growth from `before` to `after` in per cent (10 means 10 % more). */
export function growthPercent(before: number, after: number): number {
  if (!(before > 0)) throw new Error('growth from a non-positive value');
  return ((after - before) / before) * 100;
}
