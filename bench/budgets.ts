/**
 * The budgets of issue 7, in one place. Every budget compares a measured value with a limit in
 * the measurement's own unit; the runner exits non-zero when any of them is broken.
 */
import type { BenchResult, Measurement, Unit } from './lib/measurement';

/** 'lt': strictly under the limit ("under 10 %"); 'le': at most; 'ge': at least. */
export type Comparison = 'lt' | 'le' | 'ge';

export interface Budget {
  readonly comparison: Comparison;
  readonly limit: number;
}

const atMost = (limit: number): Budget => ({ comparison: 'le', limit });
const under = (limit: number): Budget => ({ comparison: 'lt', limit });
const atLeast = (limit: number): Budget => ({ comparison: 'ge', limit });

export const BUDGETS = {
  /** End session confirmed → welcome screen ready for the next client, median of the runs. */
  turnoverMedianMs: atMost(500),
  /** Host start → welcome screen interactive, median of the runs. */
  startupMs: atMost(1500),
  /** Renderer JavaScript as shipped, gzip level 9, in kB (1,000 bytes). */
  rendererJsGzipKb: atMost(300),
  /** Resident memory (host + browser) after the last session vs after session 100. */
  memoryGrowthPercent: under(10),
  /** The navigation policy's decisions per second over the linear-scan reference's. */
  policySpeedRatio: atLeast(1),
  /** The whole staff report for a year (all its queries together), median of 5. */
  statisticsReportMs: under(100),
  /** Database file with its -wal and -shm, after a checkpoint, in MB (10^6 bytes). */
  statisticsDatabaseMb: under(100),
  /** Tap → next frame showing the result, the slowest tap per screen. */
  uiTapMs: atMost(100),
} as const satisfies Record<string, Budget>;

/** NaN or an infinite value never passes: a measurement that went wrong must not look fine. */
export function withinBudget(value: number, budget: Budget): boolean {
  if (!Number.isFinite(value)) return false;
  switch (budget.comparison) {
    case 'lt':
      return value < budget.limit;
    case 'le':
      return value <= budget.limit;
    case 'ge':
      return value >= budget.limit;
  }
}

const SYMBOL: Record<Comparison, string> = { lt: '<', le: '≤', ge: '≥' };

export function describeBudget(budget: Budget, unit: Unit): string {
  return `${SYMBOL[budget.comparison]} ${budget.limit}${unit === 'x' ? '×' : ` ${unit}`}`;
}

export type Status = 'pass' | 'FAIL' | 'info';

export function statusOf(measurement: Measurement): Status {
  if (measurement.budget === undefined) return 'info';
  return withinBudget(measurement.value, measurement.budget) ? 'pass' : 'FAIL';
}

/** One line per broken budget and per benchmark that did not finish; empty when the run passed. */
export function failures(results: readonly BenchResult[]): string[] {
  const found: string[] = [];
  for (const result of results) {
    if (result.error !== undefined) found.push(`${result.id}: did not finish (${result.error})`);
    for (const m of result.measurements) {
      if (m.budget !== undefined && !withinBudget(m.value, m.budget)) {
        found.push(`${result.id}: ${m.label} = ${m.value} ${m.unit}, budget ${describeBudget(m.budget, m.unit)}`);
      }
    }
  }
  return found;
}
