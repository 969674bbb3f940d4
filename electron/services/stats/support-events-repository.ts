/**
 * Support events in SQLite: insert, the report for a date range, and the CSV export.
 * Reports read the daily counts the schema's triggers maintain (store/migrations/v2-statistics.ts),
 * so a year of a busy service point costs a few thousand rows, not a million.
 */
import type { Database } from 'better-sqlite3';
import { dayFromNumber, dayNumberOf, parseDayRange } from './calendar-day';
import { csvRow, type CsvValue } from './csv';
import { buildReport, type DimensionTotal, type SupportReport } from './report';
import { accessibilityFeaturesOf, parseSupportEvent, type SupportEvent } from './support-event';

export interface SupportEventStore {
  /** Validates and stores one event; throws InvalidSupportEventError for an invalid one. */
  insert(event: SupportEvent): void;
  /** Stores many events in one transaction: all or none. */
  insertMany(events: Iterable<SupportEvent>): number;
  /** Counts for charts over an inclusive 'YYYY-MM-DD' range; throws InvalidDateError for bad dates. */
  report(from: string, to: string): SupportReport;
  /** The events of an inclusive range as CSV (RFC 4180, CRLF, header first). */
  exportCsv(from: string, to: string): string;
  /**
   * The same CSV line by line, for writing a large export to a file without holding it in
   * memory. Consume it synchronously: the connection is busy until the iteration ends.
   */
  csvLines(from: string, to: string): Generator<string, void, undefined>;
}

export const CSV_COLUMNS = [
  'day',
  'hour',
  'duration_bucket',
  'language',
  'level',
  'need_category',
  'goal',
  'route',
  'accessibility',
  'assist_used',
  'outcome',
  'referral_category',
] as const;

/** The read queries, exported for the test that checks their query plans. Parameters: first day, last day. */
export const REPORT_SQL = {
  totals: 'SELECT dimension, value, sum(sessions) AS sessions FROM support_daily WHERE day BETWEEN ? AND ? GROUP BY dimension, value',
  // Every session has exactly one outcome: the outcome counts of a day sum to its sessions.
  days: "SELECT day, sum(sessions) AS sessions FROM support_daily WHERE day BETWEEN ? AND ? AND dimension = 'outcome' GROUP BY day ORDER BY day",
  events: `SELECT ${CSV_COLUMNS.join(', ')} FROM support_events WHERE day BETWEEN ? AND ? ORDER BY day, hour, id`,
} as const;

interface EventRow {
  day: number;
  hour: number;
  duration_bucket: string;
  language: string;
  level: number | null;
  need_category: string | null;
  goal: string | null;
  route: string | null;
  accessibility: number;
  assist_used: number;
  outcome: string;
  referral_category: string | null;
}

function toRow(event: SupportEvent): EventRow {
  const valid = parseSupportEvent(event);
  const day = dayNumberOf(valid.day);
  // parseSupportEvent has checked the day already; this only narrows the type.
  if (day === null) throw new Error('unreachable: day validated by the schema');
  return {
    day,
    hour: valid.hour,
    duration_bucket: valid.durationBucket,
    language: valid.language,
    level: valid.level,
    need_category: valid.needCategory,
    goal: valid.goal,
    route: valid.route,
    accessibility: valid.accessibility,
    assist_used: valid.assistUsed ? 1 : 0,
    outcome: valid.outcome,
    referral_category: valid.referralCategory,
  };
}

function csvValues(row: EventRow): CsvValue[] {
  return [
    dayFromNumber(row.day),
    row.hour,
    row.duration_bucket,
    row.language,
    row.level,
    row.need_category,
    row.goal,
    row.route,
    accessibilityFeaturesOf(row.accessibility).join(','),
    row.assist_used === 1,
    row.outcome,
    row.referral_category,
  ];
}

export function createSupportEventStore(db: Database): SupportEventStore {
  const insertRow = db.prepare<EventRow>(
    `INSERT INTO support_events (day, hour, duration_bucket, language, level, need_category, goal, route, accessibility, assist_used, outcome, referral_category)
     VALUES (:day, :hour, :duration_bucket, :language, :level, :need_category, :goal, :route, :accessibility, :assist_used, :outcome, :referral_category)`,
  );
  const selectTotals = db.prepare<[number, number], DimensionTotal>(REPORT_SQL.totals);
  const selectDays = db.prepare<[number, number], { day: number; sessions: number }>(REPORT_SQL.days);
  const selectEvents = db.prepare<[number, number], EventRow>(REPORT_SQL.events);
  const insertAll = db.transaction((events: Iterable<SupportEvent>) => {
    let count = 0;
    for (const event of events) {
      insertRow.run(toRow(event));
      count++;
    }
    return count;
  });

  function* csvLines(from: string, to: string): Generator<string, void, undefined> {
    const range = parseDayRange(from, to);
    yield csvRow(CSV_COLUMNS);
    for (const row of selectEvents.iterate(range.from, range.to)) yield csvRow(csvValues(row));
  }

  return {
    insert(event) {
      insertRow.run(toRow(event));
    },
    insertMany(events) {
      return insertAll(events);
    },
    report(from, to) {
      const range = parseDayRange(from, to);
      return buildReport(range, selectTotals.all(range.from, range.to), selectDays.all(range.from, range.to));
    },
    exportCsv(from, to) {
      // Validate before building anything, so a bad date throws here and not at the first read.
      parseDayRange(from, to);
      return [...csvLines(from, to)].join('');
    },
    csvLines(from, to) {
      // A generator runs nothing until the first next(): check the dates eagerly.
      parseDayRange(from, to);
      return csvLines(from, to);
    },
  };
}
