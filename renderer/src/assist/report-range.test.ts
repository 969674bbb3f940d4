import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_DAYS, isDay, isValidRange, lastDays, toDay } from './report-range';

describe('report date ranges', () => {
  const now = new Date(2025, 2, 15, 13, 45); // 15 March 2025, local time

  it('defaults to the last 30 days, today included', () => {
    expect(DEFAULT_REPORT_DAYS).toBe(30);
    expect(lastDays(30, now)).toEqual({ from: '2025-02-14', to: '2025-03-15' });
  });

  it('counts whole local days across month and year ends', () => {
    expect(lastDays(7, now)).toEqual({ from: '2025-03-09', to: '2025-03-15' });
    expect(lastDays(365, now)).toEqual({ from: '2024-03-16', to: '2025-03-15' });
    expect(lastDays(1, now)).toEqual({ from: '2025-03-15', to: '2025-03-15' });
    expect(lastDays(0, now)).toEqual({ from: '2025-03-15', to: '2025-03-15' });
  });

  it('writes days as YYYY-MM-DD with zero padding', () => {
    expect(toDay(new Date(2025, 0, 5))).toBe('2025-01-05');
  });

  it('accepts only real calendar days in order', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2025-02-29')).toBe(false);
    expect(isDay('2025-13-01')).toBe(false);
    expect(isDay('2025-1-01')).toBe(false);
    expect(isValidRange({ from: '2025-03-01', to: '2025-03-01' })).toBe(true);
    expect(isValidRange({ from: '2025-03-02', to: '2025-03-01' })).toBe(false);
    expect(isValidRange({ from: '', to: '2025-03-01' })).toBe(false);
  });
});
