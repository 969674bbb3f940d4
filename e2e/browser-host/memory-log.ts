/**
 * A KioskLog that keeps its entries in memory, so e2e specs can check what the host logged
 * (and that no full URL ever got there). It can also echo to another log.
 *
 * The entries are a ring: the latest `maxEntries` are kept and older ones are dropped, so a
 * host that runs for thousands of client sessions (the preview, the memory benchmark) does not
 * grow with its log (Electron's log goes to a file, not to memory). What is dropped is still
 * counted: `dropped` in all, and `count()` per event and level, for checks over long runs.
 */
import type { KioskLog } from '../../electron/services/ports';

export interface LogEntry {
  readonly level: 'info' | 'warn';
  readonly event: string;
  readonly detail: Readonly<Record<string, string | number | boolean>>;
}

export interface MemoryLog extends KioskLog {
  /** The latest entries (at most `maxEntries`), oldest first; a new array at every read. */
  readonly entries: readonly LogEntry[];
  readonly maxEntries: number;
  /** Entries dropped from the front to stay within `maxEntries`. */
  readonly dropped: number;
  /** How many entries of `event` (of `level`, if given) were ever logged, dropped ones included. */
  count(event: string, level?: LogEntry['level']): number;
}

/**
 * About 1,000 client sessions of entries (9 to 12 each), a megabyte or two: the longest spec
 * (wipe-stress, 200 sessions) stays far below it, so specs see every entry.
 */
export const DEFAULT_MAX_LOG_ENTRIES = 10_000;

export interface MemoryLogOptions {
  readonly maxEntries?: number;
}

export function createMemoryLog(echo?: KioskLog, options: MemoryLogOptions = {}): MemoryLog {
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_LOG_ENTRIES;
  if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError(`maxEntries must be a positive integer, not ${maxEntries}`);
  const ring: LogEntry[] = [];
  /** Where the oldest entry sits once the ring is full (the next one to be overwritten). */
  let start = 0;
  let dropped = 0;
  // Keyed by level and event: the event names are a fixed set in the code, so this stays small.
  const counts = new Map<string, number>();
  const key = (level: LogEntry['level'], event: string): string => `${level}\u0000${event}`;

  function add(entry: LogEntry): void {
    counts.set(key(entry.level, entry.event), (counts.get(key(entry.level, entry.event)) ?? 0) + 1);
    if (ring.length < maxEntries) {
      ring.push(entry);
      return;
    }
    ring[start] = entry;
    start = (start + 1) % maxEntries;
    dropped += 1;
  }

  return {
    get entries(): readonly LogEntry[] {
      return start === 0 ? [...ring] : [...ring.slice(start), ...ring.slice(0, start)];
    },
    maxEntries,
    get dropped(): number {
      return dropped;
    },
    count(event, level) {
      if (level !== undefined) return counts.get(key(level, event)) ?? 0;
      return (counts.get(key('info', event)) ?? 0) + (counts.get(key('warn', event)) ?? 0);
    },
    info(event, detail) {
      add({ level: 'info', event, detail: { ...detail } });
      echo?.info(event, detail);
    },
    warn(event, detail) {
      add({ level: 'warn', event, detail: { ...detail } });
      echo?.warn(event, detail);
    },
  };
}
