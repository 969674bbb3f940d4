/**
 * `stats export`: anonymous support statistics for a date range as CSV, to standard output or
 * to a file (written next to it first and renamed, so a half-written export never looks done).
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { InvalidDateError, parseDayRange } from '../stats/calendar-day';
import type { KioskStore } from '../store/store';
import { EXIT, type AdminIo } from './context';

export function runStatsExport(from: string, to: string, out: string | null, store: KioskStore, io: AdminIo): number {
  try {
    // The export checks the range only once iterated; check it before a file is created.
    parseDayRange(from, to);
  } catch (error) {
    if (error instanceof InvalidDateError) {
      io.err(error.message);
      return EXIT.usage;
    }
    throw error;
  }
  const lines = store.supportEvents.csvLines(from, to);
  let rows = -1; // the header is not a row
  if (out === null) {
    for (const line of lines) {
      io.write(line);
      rows++;
    }
  } else {
    const temporary = `${out}.${process.pid}.partial`;
    const fd = openSync(temporary, 'w', 0o640);
    try {
      for (const line of lines) {
        writeSync(fd, line);
        rows++;
      }
      closeSync(fd);
      renameSync(temporary, out);
    } catch (error) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
      rmSync(temporary, { force: true });
      throw error;
    }
    io.err(`wrote ${Math.max(rows, 0)} sessions from ${from} to ${to} to ${out}`);
  }
  store.audit.append('stats.exported');
  return EXIT.ok;
}
