/**
 * A KioskLog that keeps its entries in memory, so e2e specs can check what the host logged
 * (and that no full URL ever got there). It can also echo to another log.
 */
import type { KioskLog } from '../../electron/services/ports';

export interface LogEntry {
  readonly level: 'info' | 'warn';
  readonly event: string;
  readonly detail: Readonly<Record<string, string | number | boolean>>;
}

export interface MemoryLog extends KioskLog {
  readonly entries: readonly LogEntry[];
}

export function createMemoryLog(echo?: KioskLog): MemoryLog {
  const entries: LogEntry[] = [];
  return {
    entries,
    info(event, detail) {
      entries.push({ level: 'info', event, detail: { ...detail } });
      echo?.info(event, detail);
    },
    warn(event, detail) {
      entries.push({ level: 'warn', event, detail: { ...detail } });
      echo?.warn(event, detail);
    },
  };
}
