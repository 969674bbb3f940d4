import { describe, expect, it } from 'vitest';
import { MIN_VISIBLE_PERCENT, scaleBars, sharePercent } from './chart';

describe('bar scaling', () => {
  it('scales bars relative to the largest value', () => {
    const bars = scaleBars([
      { label: 'a', value: 10 },
      { label: 'b', value: 5 },
      { label: 'c', value: 0 },
    ]);
    expect(bars.map((bar) => bar.percent)).toEqual([100, 50, 0]);
    expect(bars.map((bar) => bar.value)).toEqual([10, 5, 0]);
  });

  it('keeps a small non-zero value visible', () => {
    const bars = scaleBars([
      { label: 'big', value: 1000 },
      { label: 'one', value: 1 },
    ]);
    expect(bars[1]?.percent).toBe(MIN_VISIBLE_PERCENT);
  });

  it('draws nothing for all zeros or nonsense values', () => {
    expect(scaleBars([{ label: 'a', value: 0 }])[0]?.percent).toBe(0);
    const bars = scaleBars([
      { label: 'nan', value: Number.NaN },
      { label: 'neg', value: -3 },
      { label: 'ok', value: 4 },
    ]);
    expect(bars.map((bar) => [bar.value, bar.percent])).toEqual([
      [0, 0],
      [0, 0],
      [4, 100],
    ]);
  });

  it('turns a share into a whole percentage within 0–100', () => {
    expect(sharePercent(0.256)).toBe(26);
    expect(sharePercent(0)).toBe(0);
    expect(sharePercent(1.4)).toBe(100);
    expect(sharePercent(Number.NaN)).toBe(0);
  });
});
