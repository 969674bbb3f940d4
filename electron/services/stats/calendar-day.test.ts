import { describe, expect, it } from 'vitest';
import { dayFromNumber, dayNumberOf, InvalidDateError, LAST_DAY_NUMBER, MAX_RANGE_DAYS, parseDayRange } from './calendar-day';

describe('day numbers', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['2024-02-29', 19782],
    ['2025-06-15', 20254],
    ['9999-12-31', LAST_DAY_NUMBER],
  ])('%s is day %i and back', (day, number) => {
    expect(dayNumberOf(day)).toBe(number);
    expect(dayFromNumber(number)).toBe(day);
  });

  it.each(['2025-02-29', '2025-13-01', '2025-04-31', '2025-00-10', '2025-1-5', '25-01-05', '2025-01-05T00:00', ' 2025-01-05', '1969-12-31', ''])(
    'refuses %j',
    (day) => expect(dayNumberOf(day)).toBeNull(),
  );

  it('refuses a day number out of range', () => {
    expect(() => dayFromNumber(-1)).toThrow(InvalidDateError);
    expect(() => dayFromNumber(1.5)).toThrow(InvalidDateError);
  });
});

describe('parseDayRange', () => {
  it('accepts an inclusive range, a single day included', () => {
    expect(parseDayRange('2025-01-01', '2025-12-31')).toEqual({ from: 20089, to: 20453 });
    expect(parseDayRange('2025-01-01', '2025-01-01')).toEqual({ from: 20089, to: 20089 });
  });

  it('refuses bad dates, a reversed range and an over-long one', () => {
    expect(() => parseDayRange('2025-02-30', '2025-03-01')).toThrow(/not a calendar date.*2025-02-30/);
    expect(() => parseDayRange('2025-01-01', 'tomorrow')).toThrow(InvalidDateError);
    expect(() => parseDayRange('2025-03-01', '2025-02-01')).toThrow(/ends .* before it starts/);
    expect(() => parseDayRange('2000-01-01', '2025-01-01')).toThrow(new RegExp(`longer than ${MAX_RANGE_DAYS} days`));
  });

  it('quotes at most a short excerpt of a bad value', () => {
    expect(() => parseDayRange('x'.repeat(500), '2025-01-01')).toThrow(/^not a calendar date \(YYYY-MM-DD\): "x{20}…"$/);
  });
});
