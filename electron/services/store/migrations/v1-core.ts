/**
 * Version 1: configuration, the worker PIN with its lockout, and the audit log.
 *
 * A migration is history: once released it never changes. The code lists below are therefore
 * copies frozen at this version, not imports; a store test compares them with the lists in the
 * code and fails when those grow, which is the cue to add a migration.
 */
import type { Database } from 'better-sqlite3';
import type { Migration } from '../migrate';
import { sqlOneOf } from '../sql';

const AUDIT_ACTIONS_V1 = [
  'app.start',
  'assist.enter',
  'assist.exit',
  'assist.pin-failed',
  'assist.lockout',
  'pin.set',
  'pin.reset',
  'allow.temporary',
  'wipe.failed',
  'wipe.recovered',
  'config.invalid',
  'config.applied',
  'report.viewed',
  'stats.exported',
];
const HOST_ACTIONS_V1 = ['allow.temporary'];

/**
 * A plausible host name, optionally with a port: lower-case letters, digits, dots and dashes,
 * at most one colon and only digits after it. This rules out what a host must never carry into
 * the log: a path (/), spaces, credentials (@), a query or fragment, a scheme (://).
 */
const HOST_CHECK = [
  'length(host) BETWEEN 1 AND 259',
  "host NOT GLOB '*[^a-z0-9.:-]*'",
  "host NOT GLOB '*:*:*'",
  "host NOT GLOB '*:*[^0-9]*'",
  "host NOT GLOB '*:'",
  "host NOT GLOB '[.:-]*'",
].join(' AND ');

function up(db: Database): void {
  db.exec(`
    CREATE TABLE config_store (
      key TEXT PRIMARY KEY NOT NULL CHECK ${sqlOneOf('key', ['current', 'last_known_good'])},
      json TEXT NOT NULL CHECK (length(json) < 1000000 AND json_valid(json)),
      updated_at INTEGER NOT NULL CHECK (updated_at >= 0)
    ) STRICT;

    CREATE TABLE worker_pins (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      algorithm TEXT NOT NULL CHECK ${sqlOneOf('algorithm', ['scrypt'])},
      cost INTEGER NOT NULL CHECK (cost BETWEEN 1024 AND 16777216 AND (cost & (cost - 1)) = 0),
      block_size INTEGER NOT NULL CHECK (block_size BETWEEN 1 AND 64),
      parallelism INTEGER NOT NULL CHECK (parallelism BETWEEN 1 AND 16),
      hash BLOB NOT NULL CHECK (length(hash) BETWEEN 16 AND 64),
      salt BLOB NOT NULL CHECK (length(salt) BETWEEN 16 AND 64),
      updated_at INTEGER NOT NULL CHECK (updated_at >= 0)
    ) STRICT;

    CREATE TABLE pin_lockout (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      failures INTEGER NOT NULL CHECK (failures >= 0),
      locked_until INTEGER CHECK (locked_until >= 0)
    ) STRICT;
    INSERT INTO pin_lockout (id, failures, locked_until) VALUES (1, 0, NULL);

    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at INTEGER NOT NULL CHECK (at >= 0),
      action TEXT NOT NULL CHECK ${sqlOneOf('action', AUDIT_ACTIONS_V1)},
      host TEXT CHECK (host IS NULL OR (${HOST_CHECK})),
      CHECK ((host IS NOT NULL) = ${sqlOneOf('action', HOST_ACTIONS_V1)})
    ) STRICT;
    CREATE INDEX audit_log_at ON audit_log (at);

    -- Entries are facts: they may be pruned one day, never rewritten.
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN
      SELECT RAISE(ABORT, 'audit entries cannot be changed');
    END;
  `);
}

export const v1Core: Migration = { version: 1, description: 'configuration, worker PIN, lockout, audit log', up };
