/**
 * Calendar days as the statistics store them: the API speaks 'YYYY-MM-DD', the database an
 * INTEGER day number (days since 1970-01-01), which keeps a million rows small and makes a
 * date range a plain integer range. A day is a date on the service point's calendar, not an
 * instant, so the conversion is done in UTC where every day has exactly 24 hours.
 */

const MS_PER_DAY = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day numbers the schema accepts: 1970-01-01 … 9999-12-31. */
export const FIRST_DAY_NUMBER = 0;
export const LAST_DAY_NUMBER = 2_932_896;

/** A date the statistics API refused; the message says which and why, for the admin CLI. */
export class InvalidDateError extends Error {
  override readonly name = 'InvalidDateError';
}

/** The day number of a 'YYYY-MM-DD' date, or null when the text is not a real calendar date. */
export function dayNumberOf(day: string): number | null {
  if (typeof day !== 'string') return null;
  const match = DAY_PATTERN.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, date);
  // Date.UTC rolls 2025-02-30 over to March; a round trip catches every impossible date.
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return null;
  const number = ms / MS_PER_DAY;
  return number >= FIRST_DAY_NUMBER && number <= LAST_DAY_NUMBER ? number : null;
}

export function isCalendarDay(day: string): boolean {
  return dayNumberOf(day) !== null;
}

/** 'YYYY-MM-DD' of a day number from the database. */
export function dayFromNumber(number: number): string {
  if (!Number.isInteger(number) || number < FIRST_DAY_NUMBER || number > LAST_DAY_NUMBER) {
    throw new InvalidDateError(`day number out of range: ${number}`);
  }
  return new Date(number * MS_PER_DAY).toISOString().slice(0, 10);
}

/** An inclusive range of day numbers. */
export interface DayRange {
  readonly from: number;
  readonly to: number;
}

/** The longest range a report or an export accepts; a chart of more days says nothing. */
export const MAX_RANGE_DAYS = 3_660;

/**
 * Parses an inclusive 'YYYY-MM-DD' range. Throws InvalidDateError for a date that does not
 * exist, a range that ends before it starts, or one longer than MAX_RANGE_DAYS.
 */
export function parseDayRange(from: string, to: string): DayRange {
  const start = dayNumberOf(from);
  if (start === null) throw new InvalidDateError(`not a calendar date (YYYY-MM-DD): ${quoteForMessage(from)}`);
  const end = dayNumberOf(to);
  if (end === null) throw new InvalidDateError(`not a calendar date (YYYY-MM-DD): ${quoteForMessage(to)}`);
  if (end < start) throw new InvalidDateError(`the range ends (${to}) before it starts (${from})`);
  if (end - start + 1 > MAX_RANGE_DAYS) throw new InvalidDateError(`the range is longer than ${MAX_RANGE_DAYS} days`);
  return { from: start, to: end };
}

/** Error messages reach the CLI: show at most a short, printable excerpt of what was given. */
function quoteForMessage(value: unknown): string {
  if (typeof value !== 'string') return typeof value;
  return JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value);
}
