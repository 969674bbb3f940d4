import { describe, expect, it } from 'vitest';
import { growthPercent, max, mean, median, percentile, summarize } from './stats';

describe('median', () => {
  it('takes the middle of an odd count and the mean of the two middles of an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('refuses no values and non-finite values', () => {
    expect(() => median([])).toThrow(/no values/);
    expect(() => median([1, Number.NaN])).toThrow(/non-finite/);
  });
});

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile(values, 100)).toBe(20);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([10, 20, 30], 50)).toBe(20);
  });

  it('refuses a p outside 0..100', () => {
    expect(() => percentile([1], 101)).toThrow(/outside/);
  });
});

describe('summaries', () => {
  it('computes mean, max and the summary', () => {
    expect(mean([1, 2, 6])).toBe(3);
    expect(max([3, 9, 2])).toBe(9);
    expect(summarize([4, 1, 3, 2])).toEqual({ count: 4, median: 2.5, p95: 4, max: 4, min: 1 });
  });

  it('computes growth in per cent', () => {
    expect(growthPercent(200, 210)).toBeCloseTo(5);
    expect(growthPercent(200, 190)).toBeCloseTo(-5);
    expect(() => growthPercent(0, 1)).toThrow();
  });
});
