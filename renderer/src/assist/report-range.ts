/**
 * Date ranges of the staff report as the bridge wants them: local calendar days, YYYY-MM-DD,
 * both ends included (the service point counts its own days, not UTC ones).
 */
export interface DayRange {
  readonly from: string;
  readonly to: string;
}

export const DEFAULT_REPORT_DAYS = 30;
export const QUICK_RANGES = [7, 30, 365] as const;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function toDay(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The last `days` days up to and including today. */
export function lastDays(days: number, now: Date): DayRange {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (Math.max(1, Math.floor(days)) - 1));
  return { from: toDay(start), to: toDay(now) };
}

/** Whether a string is a real calendar day (no 2025-02-30). */
export function isDay(value: string): boolean {
  const match = DAY.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
}

/** A range the report can be asked for: two real days, the start not after the end. */
export function isValidRange(range: DayRange): boolean {
  // YYYY-MM-DD strings order like the days they name.
  return isDay(range.from) && isDay(range.to) && range.from <= range.to;
}
