/**
 * The last configuration that passed validation, kept so that a broken edit never takes the
 * kiosk down. The port is what the loader needs; the SQLite store provides one (its
 * `configStore`), and this file-based one serves until then and wherever no store is open.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LastKnownGoodStore {
  /** The text of the last valid configuration file, or null when none was ever seen. */
  getLastKnownGood(): string | null;
  putLastKnownGood(json: string): void;
}

export const LAST_KNOWN_GOOD_FILE = 'config.last-known-good.json';

/** Keeps the copy in the data folder; writes go through a temporary file and a rename, so a power cut leaves the old copy or the new one. */
export function createFileLastKnownGood(dataDir: string): LastKnownGoodStore {
  const file = join(dataDir, LAST_KNOWN_GOOD_FILE);
  return {
    getLastKnownGood() {
      try {
        return readFileSync(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    putLastKnownGood(json) {
      mkdirSync(dataDir, { recursive: true, mode: 0o750 });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, json, { mode: 0o640 });
      renameSync(temporary, file);
    },
  };
}

/** For tests and the admin CLI's dry runs: nothing survives the process. */
export function createMemoryLastKnownGood(initial: string | null = null): LastKnownGoodStore {
  let saved = initial;
  return {
    getLastKnownGood: () => saved,
    putLastKnownGood: (json) => {
      saved = json;
    },
  };
}

/** The part of the SQLite store's configStore this port needs. */
export interface ConfigSlotStore {
  get(slot: 'lastKnownGood'): { readonly value: unknown } | null;
  put(slot: 'lastKnownGood', value: unknown): void;
}

/**
 * The last known good copy in the SQLite store (`store.configStore`). The store keeps parsed
 * JSON, so the copy comes back re-serialised: the same configuration, not the same text.
 */
export function createStoreLastKnownGood(configStore: ConfigSlotStore): LastKnownGoodStore {
  return {
    getLastKnownGood() {
      const saved = configStore.get('lastKnownGood');
      return saved === null ? null : JSON.stringify(saved.value);
    },
    putLastKnownGood(json) {
      configStore.put('lastKnownGood', JSON.parse(json) as unknown);
    },
  };
}
