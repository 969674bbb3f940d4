import { logLine } from './log/scrub';
import type { KioskLog } from './ports';

type Detail = Readonly<Record<string, string | number | boolean>>;

/**
 * A KioskLog that writes one scrubbed JSON line per event to the terminal (the preview's
 * verbose mode); the kiosk itself logs to rotating files (log/file-log.ts), in the same format.
 */
export function createConsoleLog(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): KioskLog {
  const entry = (level: 'info' | 'warn', event: string, detail?: Detail) => write(logLine(new Date(), level, event, detail));
  return {
    info: (event, detail) => entry('info', event, detail),
    warn: (event, detail) => entry('warn', event, detail),
  };
}

/** A log that keeps nothing, for tests and benchmarks. */
export const silentLog: KioskLog = { info: () => undefined, warn: () => undefined };
