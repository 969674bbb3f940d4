/** What every benchmark hands back to the runner: measured values, some of them with a budget. */
import type { Budget } from '../budgets';

/** Units as they are printed; 'kB' and 'MB' are powers of ten (1 kB = 1,000 bytes). */
/** 'times' is a count of events, printed as a whole number. */
export type Unit = 'ms' | 's' | 'kB' | 'MB' | '%' | 'x' | '/s' | 'times';

export interface Measurement {
  /** Stable name for results.json, e.g. `turnover.median`. */
  readonly key: string;
  /** What was measured, for the table. */
  readonly label: string;
  readonly value: number;
  readonly unit: Unit;
  /** Absent for figures that are reported but not held to a limit. */
  readonly budget?: Budget;
}

export type BenchId = 'turnover' | 'startup' | 'memory' | 'policy' | 'statistics' | 'ui-latency';

export const BENCH_IDS: readonly BenchId[] = ['startup', 'turnover', 'ui-latency', 'memory', 'policy', 'statistics'];

export interface BenchResult {
  readonly id: BenchId;
  readonly title: string;
  /** Wall-clock time the benchmark took, set-up included. */
  readonly durationMs: number;
  readonly measurements: readonly Measurement[];
  /** How it was measured, in a sentence or two each (printed under the table). */
  readonly notes: readonly string[];
  /** Raw samples and per-step figures for results.json; must be JSON-serialisable. */
  readonly details?: Readonly<Record<string, unknown>>;
  /** Set when the benchmark could not finish; a failed benchmark breaks the run. */
  readonly error?: string;
}

/** Everything a benchmark returns except what the runner adds (id, title, duration). */
export type BenchOutcome = Pick<BenchResult, 'measurements' | 'notes' | 'details'>;
