import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../budgets';
import type { BenchResult } from './measurement';
import { formatNumber, formatValue, renderMarkdown, renderText, tableRows } from './table';

const results: BenchResult[] = [
  {
    id: 'turnover',
    title: '1 Turnover',
    durationMs: 1000,
    measurements: [
      { key: 'turnover.median', label: 'median of 50', value: 412.34, unit: 'ms', budget: BUDGETS.turnoverMedianMs },
      { key: 'turnover.p95', label: 'p95', value: 640.9, unit: 'ms' },
    ],
    notes: [],
  },
  {
    id: 'policy',
    title: '4 Navigation policy',
    durationMs: 1000,
    measurements: [
      { key: 'policy.rate', label: 'decisions', value: 1234567.8, unit: '/s' },
      { key: 'policy.ratio', label: 'ratio', value: 0.5, unit: 'x', budget: BUDGETS.policySpeedRatio },
    ],
    notes: [],
  },
  { id: 'memory', title: '3 Memory | clients', durationMs: 5, measurements: [], notes: [], error: 'no browser' },
];

describe('formatting values', () => {
  it('keeps three significant figures below 100 and whole numbers with separators above', () => {
    expect(formatNumber(1234567.8)).toBe('1,234,568');
    expect(formatNumber(412.34)).toBe('412');
    expect(formatNumber(41.234)).toBe('41.2');
    expect(formatNumber(4.1234)).toBe('4.12');
    expect(formatNumber(Number.NaN)).toBe('n/a');
  });

  it('adds the unit', () => {
    expect(formatValue(9.5, '%')).toBe('9.50 %');
    expect(formatValue(3.81, 'x')).toBe('3.81×');
    expect(formatValue(157.2, 'kB')).toBe('157 kB');
    expect(formatValue(1, 'times')).toBe('1');
    expect(formatValue(Number.NaN, 'times')).toBe('n/a');
  });
});

describe('tableRows', () => {
  it('has one row per measurement with budget and result, and a row for a benchmark that failed', () => {
    expect(tableRows(results)).toEqual([
      ['1 Turnover', 'median of 50', '412 ms', '≤ 500 ms', 'pass'],
      ['1 Turnover', 'p95', '641 ms', '', ''],
      ['4 Navigation policy', 'decisions', '1,234,568 /s', '', ''],
      ['4 Navigation policy', 'ratio', '0.50×', '≥ 1×', 'FAIL'],
      ['3 Memory | clients', 'did not finish: no browser', '', '', 'FAIL'],
    ]);
  });
});

describe('renderText', () => {
  it('pads every column to its widest cell and right-aligns values', () => {
    const lines = renderText(tableRows(results.slice(0, 1))).split('\n');
    expect(lines).toEqual([
      'Benchmark   Measurement    Value  Budget    Result',
      '----------  ------------  ------  --------  ------',
      '1 Turnover  median of 50  412 ms  ≤ 500 ms  pass',
      '1 Turnover  p95           641 ms',
    ]);
  });
});

describe('renderMarkdown', () => {
  it('writes a Markdown table and escapes pipes in cells', () => {
    const lines = renderMarkdown(tableRows(results)).split('\n');
    expect(lines[0]).toBe('| Benchmark | Measurement | Value | Budget | Result |');
    expect(lines[1]).toBe('| --- | --- | ---: | --- | --- |');
    expect(lines[2]).toBe('| 1 Turnover | median of 50 | 412 ms | ≤ 500 ms | pass |');
    expect(lines.at(-1)).toBe('| 3 Memory \\| clients | did not finish: no browser |  |  | FAIL |');
  });
});
