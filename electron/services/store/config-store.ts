/**
 * The configuration in force and its last known good copy. This is IT's configuration (service
 * tiles, allowlist, timeouts), never client data; the store keeps it as JSON and leaves the
 * validation to the config loader, which knows the schema.
 */
import type { Database } from 'better-sqlite3';

export const CONFIG_SLOTS = ['current', 'lastKnownGood'] as const;
export type ConfigSlot = (typeof CONFIG_SLOTS)[number];

const KEY_OF: { readonly [S in ConfigSlot]: string } = { current: 'current', lastKnownGood: 'last_known_good' };

/** The schema's bound on the JSON text; larger configurations are refused before SQLite sees them. */
export const MAX_CONFIG_JSON_LENGTH = 999_999;

export interface StoredConfig {
  /** The parsed JSON, unvalidated: run it through the config schema before use. */
  readonly value: unknown;
  readonly updatedAt: number;
}

export interface ConfigStore {
  get(slot: ConfigSlot): StoredConfig | null;
  /** Stores `value` as JSON; throws when it cannot be serialised or is too large. */
  put(slot: ConfigSlot, value: unknown): void;
  remove(slot: ConfigSlot): void;
}

export function createConfigStore(db: Database, now: () => number): ConfigStore {
  const select = db.prepare<[string], { json: string; updated_at: number }>('SELECT json, updated_at FROM config_store WHERE key = ?');
  const upsert = db.prepare<[string, string, number]>(
    'INSERT INTO config_store (key, json, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at',
  );
  const remove = db.prepare<[string]>('DELETE FROM config_store WHERE key = ?');
  return {
    get(slot) {
      const row = select.get(KEY_OF[slot]);
      return row ? { value: JSON.parse(row.json) as unknown, updatedAt: row.updated_at } : null;
    },
    put(slot, value) {
      const json = JSON.stringify(value);
      // JSON.stringify returns undefined for undefined, functions and symbols.
      if (typeof json !== 'string') throw new TypeError('the configuration is not JSON-serialisable');
      if (json.length > MAX_CONFIG_JSON_LENGTH) throw new RangeError(`the configuration is longer than ${MAX_CONFIG_JSON_LENGTH} characters`);
      upsert.run(KEY_OF[slot], json, Math.trunc(now()));
    },
    remove(slot) {
      remove.run(KEY_OF[slot]);
    },
  };
}
