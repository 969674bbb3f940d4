/**
 * Benchmark 5: a year of anonymous support events (1,000,000 by default) in a temporary SQLite
 * database through the store's own repository, then the staff report for that year. Budgets:
 * the whole report (every query it runs, together) under 100 ms; the database under 100 MB.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { openStore } from '../electron/services/store/store';
import { REPORT_SQL } from '../electron/services/stats/support-events-repository';
import { dayNumberOf } from '../electron/services/stats/calendar-day';
import { BUDGETS } from './budgets';
import { supportEvents, take, yearRange } from './lib/event-mix';
import type { BenchOutcome } from './lib/measurement';
import { median } from './lib/stats';

export interface StatisticsBenchOptions {
  readonly events: number;
  /** Events per transaction. */
  readonly batch: number;
  readonly year: number;
  /** Timed repetitions of the report; the median counts. */
  readonly repetitions: number;
}

export const DEFAULT_STATISTICS_OPTIONS: StatisticsBenchOptions = { events: 1_000_000, batch: 50_000, year: 2025, repetitions: 5 };

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

function medianOf(repetitions: number, fn: () => unknown): { median: number; samples: number[] } {
  fn(); // warm-up: the first run pays for the page cache and statement preparation
  const samples = Array.from({ length: repetitions }, () => timed(fn).ms);
  return { median: median(samples), samples };
}

export function runStatisticsBench(options: StatisticsBenchOptions = DEFAULT_STATISTICS_OPTIONS): BenchOutcome {
  const dir = mkdtempSync(join(tmpdir(), 'vierella-bench-stats-'));
  const path = join(dir, 'kiosk.sqlite');
  const range = yearRange(options.year);
  const store = openStore(path);
  // A second connection, as a staff tool would have, for the single queries and the checkpoint.
  let side: Database.Database | null = null;
  try {
    const events = supportEvents(options.events, range);
    const insert = timed(() => {
      let inserted = 0;
      while (inserted < options.events) {
        const count = store.supportEvents.insertMany(take(events, Math.min(options.batch, options.events - inserted)));
        if (count === 0) break;
        inserted += count;
      }
      return inserted;
    });
    if (insert.value !== options.events) throw new Error(`inserted ${insert.value} events, not ${options.events}`);

    const report = store.supportEvents.report(range.from, range.to);
    // A report that does not count every event would be fast for the wrong reason.
    if (report.total !== options.events) throw new Error(`the report counts ${report.total} sessions, not ${options.events}`);
    const whole = medianOf(options.repetitions, () => store.supportEvents.report(range.from, range.to));

    side = new Database(path);
    const from = dayNumberOf(range.from) ?? 0;
    const to = dayNumberOf(range.to) ?? 0;
    const totals = side.prepare(REPORT_SQL.totals);
    const days = side.prepare(REPORT_SQL.days);
    const totalsQuery = medianOf(options.repetitions, () => totals.all(from, to));
    const daysQuery = medianOf(options.repetitions, () => days.all(from, to));

    // The CSV export reads every event of the year: reported, not budgeted (it is a file for IT, not a screen).
    const csv = timed(() => {
      let lines = 0;
      for (const _line of store.supportEvents.csvLines(range.from, range.to)) lines++;
      return lines;
    });

    side.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = fileSize(path) + fileSize(`${path}-wal`) + fileSize(`${path}-shm`);

    return {
      measurements: [
        { key: 'statistics.insertRate', label: `insert ${options.events.toLocaleString('en-US')} events`, value: options.events / (insert.ms / 1000), unit: '/s' },
        { key: 'statistics.report', label: 'staff report for a year (all queries)', value: whole.median, unit: 'ms', budget: BUDGETS.statisticsReportMs },
        { key: 'statistics.query.totals', label: 'query: totals by dimension', value: totalsQuery.median, unit: 'ms' },
        { key: 'statistics.query.days', label: 'query: sessions per day', value: daysQuery.median, unit: 'ms' },
        { key: 'statistics.csvExport', label: 'CSV export of the year (streamed)', value: csv.ms, unit: 'ms' },
        { key: 'statistics.databaseSize', label: 'database size (+ -wal, -shm)', value: bytes / 1e6, unit: 'MB', budget: BUDGETS.statisticsDatabaseMb },
      ],
      notes: [
        `${options.events.toLocaleString('en-US')} events over ${range.from}…${range.to} through supportEvents.insertMany in transactions of ` +
          `${options.batch.toLocaleString('en-US')} (${(insert.ms / 1000).toFixed(1)} s); report = supportEvents.report() for the year, ` +
          `median of ${options.repetitions} after a warm-up; size after PRAGMA wal_checkpoint(TRUNCATE).`,
      ],
      details: {
        insertMs: insert.ms,
        reportSamplesMs: whole.samples,
        totalsSamplesMs: totalsQuery.samples,
        daysSamplesMs: daysQuery.samples,
        csvLines: csv.value,
        databaseBytes: bytes,
      },
    };
  } finally {
    side?.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
