/**
 * The kiosk's SQLite store: one better-sqlite3 connection in WAL mode, migrated on open, with
 * small typed repositories. Node-only and host-independent (no Electron here).
 *
 * What it holds is listed in ARCHITECTURE.md "Data": configuration, the worker PIN hash and
 * lockout, the audit log of staff actions, anonymous support events. Never personal data;
 * store/schema-privacy.test.ts holds every column to that.
 */
import { chmodSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { createSupportEventStore, type SupportEventStore } from '../stats/support-events-repository';
import { createAuditLog, type AuditLog } from './audit-log';
import { createConfigStore, type ConfigStore } from './config-store';
import { assertNotNewer, migrate, type Migration } from './migrate';
import { MIGRATIONS } from './migrations';
import { createPinStore, type PinStore } from './pin-store';

export interface StoreOptions {
  /** How long a write waits for another connection's lock before failing (ms). */
  readonly busyTimeoutMs?: number;
  /** Clock for the stored timestamps (ms since the epoch). */
  readonly now?: () => number;
  /** Tests only: a different migration list. */
  readonly migrations?: readonly Migration[];
  /** Path of a better-sqlite3 binary built for the running Electron, if the default one is not. */
  readonly nativeBinding?: string;
}

export interface KioskStore {
  readonly path: string;
  /** The schema version after opening (the number of migrations applied). */
  readonly schemaVersion: number;
  readonly configStore: ConfigStore;
  readonly pinStore: PinStore;
  readonly audit: AuditLog;
  readonly supportEvents: SupportEventStore;
  /** The connection's settings, for diagnostics (and the test that they are what this file sets). */
  pragmas(): StorePragmas;
  /** Runs `fn` in one transaction (e.g. an audit entry with the change it records). */
  transaction<T>(fn: () => T): T;
  close(): void;
}

export interface StorePragmas {
  readonly journalMode: string;
  /** 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA */
  readonly synchronous: number;
  readonly foreignKeys: boolean;
  readonly busyTimeoutMs: number;
}

export const DEFAULT_BUSY_TIMEOUT_MS = 5000;
const WAL_SIZE_LIMIT_BYTES = 8 * 1024 * 1024;

/**
 * Opens (creating if needed) and migrates the store. Throws StoreVersionError for a database
 * written by a newer version of the app, and MigrationError when a migration fails (the
 * database then stays at its previous version).
 */
export function openStore(path: string, options: StoreOptions = {}): KioskStore {
  const migrations = options.migrations ?? MIGRATIONS;
  const inMemory = path === ':memory:';
  if (!inMemory) mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS, nativeBinding: options.nativeBinding });
  try {
    // Refuse a newer database before anything writes to it (journal_mode=WAL is a write).
    assertNotNewer(db, migrations);
    if (!inMemory) restrictToOwner(path);
    db.pragma('journal_mode = WAL');
    // NORMAL is durable across application crashes in WAL mode; a power cut may lose the last
    // commits but never corrupts the database, which is the right trade for a kiosk.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // The WAL file keeps its largest size otherwise (a big import would leave it at tens of MB).
    db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
    migrate(db, migrations);
  } catch (error) {
    db.close();
    throw error;
  }
  const now = options.now ?? Date.now;
  return {
    path,
    schemaVersion: migrations.length,
    configStore: createConfigStore(db, now),
    pinStore: createPinStore(db, now),
    audit: createAuditLog(db, now),
    supportEvents: createSupportEventStore(db),
    pragmas: () => ({
      journalMode: String(db.pragma('journal_mode', { simple: true })),
      synchronous: Number(db.pragma('synchronous', { simple: true })),
      foreignKeys: db.pragma('foreign_keys', { simple: true }) === 1,
      busyTimeoutMs: Number(db.pragma('busy_timeout', { simple: true })),
    }),
    transaction: (fn) => db.transaction(fn)(),
    close: () => db.close(),
  };
}

/**
 * The PIN hash is in here: only the kiosk's own user may read the file. SQLite gives the -wal
 * and -shm files the database file's permissions. No effect on Windows, where the app data
 * folder's ACL does this job.
 */
function restrictToOwner(path: string): void {
  if (process.platform === 'win32') return;
  try {
    chmodSync(path, 0o600);
  } catch (error) {
    // Someone else's file (an admin tool run as another user with access): its owner set it up.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
  }
}
