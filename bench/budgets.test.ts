import { describe, expect, it } from 'vitest';
import { BUDGETS, describeBudget, failures, statusOf, withinBudget, type Budget } from './budgets';
import type { BenchResult } from './lib/measurement';

describe('withinBudget', () => {
  it('treats "under" as strict, "at most" and "at least" as inclusive', () => {
    const under: Budget = { comparison: 'lt', limit: 10 };
    const atMost: Budget = { comparison: 'le', limit: 500 };
    const atLeast: Budget = { comparison: 'ge', limit: 1 };
    expect([withinBudget(9.99, under), withinBudget(10, under)]).toEqual([true, false]);
    expect([withinBudget(500, atMost), withinBudget(500.01, atMost)]).toEqual([true, false]);
    expect([withinBudget(1, atLeast), withinBudget(0.99, atLeast)]).toEqual([true, false]);
  });

  it('never passes a value that is not a finite number', () => {
    for (const budget of Object.values(BUDGETS)) {
      expect(withinBudget(Number.NaN, budget)).toBe(false);
      expect(withinBudget(Number.POSITIVE_INFINITY, budget)).toBe(false);
    }
    expect(withinBudget(Number.NEGATIVE_INFINITY, { comparison: 'le', limit: 1 })).toBe(false);
  });

  it('holds the issue’s figures', () => {
    expect(BUDGETS.turnoverMedianMs).toEqual({ comparison: 'le', limit: 500 });
    expect(BUDGETS.startupMs).toEqual({ comparison: 'le', limit: 1500 });
    expect(BUDGETS.rendererJsGzipKb).toEqual({ comparison: 'le', limit: 300 });
    expect(BUDGETS.memoryGrowthPercent).toEqual({ comparison: 'lt', limit: 10 });
    expect(BUDGETS.policySpeedRatio).toEqual({ comparison: 'ge', limit: 1 });
    expect(BUDGETS.statisticsReportMs).toEqual({ comparison: 'lt', limit: 100 });
    expect(BUDGETS.statisticsDatabaseMb).toEqual({ comparison: 'lt', limit: 100 });
    expect(BUDGETS.uiTapMs).toEqual({ comparison: 'le', limit: 100 });
  });
});

describe('describeBudget', () => {
  it('writes the comparison, the limit and the unit', () => {
    expect(describeBudget(BUDGETS.turnoverMedianMs, 'ms')).toBe('≤ 500 ms');
    expect(describeBudget(BUDGETS.memoryGrowthPercent, '%')).toBe('< 10 %');
    expect(describeBudget(BUDGETS.policySpeedRatio, 'x')).toBe('≥ 1×');
  });
});

function result(partial: Partial<BenchResult> & Pick<BenchResult, 'id'>): BenchResult {
  return { title: partial.id, durationMs: 1, measurements: [], notes: [], ...partial };
}

describe('failures', () => {
  it('lists broken budgets and unfinished benchmarks, and nothing for informational figures', () => {
    const results = [
      result({
        id: 'turnover',
        measurements: [
          { key: 'a', label: 'median', value: 620, unit: 'ms', budget: BUDGETS.turnoverMedianMs },
          { key: 'b', label: 'p95', value: 9000, unit: 'ms' },
        ],
      }),
      result({ id: 'policy', measurements: [{ key: 'c', label: 'ratio', value: 3, unit: 'x', budget: BUDGETS.policySpeedRatio }] }),
      result({ id: 'memory', error: 'out of service while waiting for phase welcome' }),
    ];
    expect(failures(results)).toEqual([
      'turnover: median = 620 ms, budget ≤ 500 ms',
      'memory: did not finish (out of service while waiting for phase welcome)',
    ]);
  });

  it('is empty when every budget is met', () => {
    expect(failures([result({ id: 'policy', measurements: [{ key: 'c', label: 'ratio', value: 1, unit: 'x', budget: BUDGETS.policySpeedRatio }] })])).toEqual([]);
  });
});

describe('statusOf', () => {
  it('is info without a budget, pass or FAIL with one', () => {
    expect(statusOf({ key: 'k', label: 'l', value: 1, unit: 'ms' })).toBe('info');
    expect(statusOf({ key: 'k', label: 'l', value: 99, unit: 'ms', budget: BUDGETS.statisticsReportMs })).toBe('pass');
    expect(statusOf({ key: 'k', label: 'l', value: 100, unit: 'ms', budget: BUDGETS.statisticsReportMs })).toBe('FAIL');
  });
});
