import type { KioskLog } from './ports';

type Detail = Readonly<Record<string, string | number | boolean>>;

/**
 * A KioskLog that writes one JSON line per event. Callers pass event codes and details that
 * are hosts, counts or flags only (the KioskLog contract); rotation to files comes with the
 * deployment work.
 */
export function createConsoleLog(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): KioskLog {
  const entry = (level: 'info' | 'warn', event: string, detail?: Detail) =>
    write(JSON.stringify({ t: new Date().toISOString(), level, event, ...(detail ?? {}) }));
  return {
    info: (event, detail) => entry('info', event, detail),
    warn: (event, detail) => entry('warn', event, detail),
  };
}

/** A log that keeps nothing, for tests and benchmarks. */
export const silentLog: KioskLog = { info: () => undefined, warn: () => undefined };
