import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, MigrationError, StoreVersionError, type Migration } from './migrate';
import { MIGRATIONS } from './migrations';
import { v1Core } from './migrations/v1-core';
import { openStore } from './store';
import { tempDbPaths } from './testing';

const newPath = tempDbPaths();

function inspect<T>(path: string, read: (db: Database.Database) => T): T {
  const db = new Database(path, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const tableNames = (db: Database.Database): string[] =>
  db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all()
    .map((row) => row.name);

describe('openStore', () => {
  it('creates a fresh database at the latest version, in WAL mode with the intended pragmas', () => {
    const path = newPath();
    const store = openStore(path, { busyTimeoutMs: 1234 });
    expect(store.schemaVersion).toBe(MIGRATIONS.length);
    store.close();

    inspect(path, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(tableNames(db)).toEqual(['audit_log', 'config_store', 'pin_lockout', 'support_daily', 'support_events', 'worker_pins']);
    });
  });

  it('sets synchronous, foreign keys and the busy timeout on its connection', () => {
    const store = openStore(newPath(), { busyTimeoutMs: 1234 });
    expect(store.pragmas()).toEqual({ journalMode: 'wal', synchronous: 1, foreignKeys: true, busyTimeoutMs: 1234 });
    store.close();
  });

  it('makes every table STRICT', () => {
    const path = newPath();
    openStore(path).close();
    inspect(path, (db) => {
      const tables = db.prepare<[], { name: string; strict: number }>("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'").all();
      expect(tables.length).toBeGreaterThan(0);
      expect(tables.filter((t) => t.strict !== 1).map((t) => t.name)).toEqual([]);
    });
  });

  it('lets only the owner read the file (it holds the PIN hash)', () => {
    if (process.platform === 'win32') return;
    const path = newPath();
    openStore(path).close();
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('reopens an up-to-date database without change and keeps its data', () => {
    const path = newPath();
    const first = openStore(path, { now: () => 1000 });
    first.audit.append('app.start');
    first.close();
    const second = openStore(path);
    expect(second.audit.list({ limit: 10 }).map((e) => e.action)).toEqual(['app.start']);
    second.close();
  });

  it('migrates a version 1 database to the latest version, keeping its data', () => {
    const path = newPath();
    const v1 = new Database(path);
    migrate(v1, [v1Core]);
    expect(v1.pragma('user_version', { simple: true })).toBe(1);
    v1.prepare("INSERT INTO audit_log (at, action, host) VALUES (5, 'allow.temporary', 'www.kela.fi')").run();
    v1.close();

    const store = openStore(path);
    expect(store.schemaVersion).toBe(2);
    expect(store.audit.list({ limit: 5 })).toEqual([{ id: 1, at: 5, action: 'allow.temporary', host: 'www.kela.fi' }]);
    // The version 2 tables exist and work.
    store.supportEvents.insert({
      day: '2025-03-04',
      hour: 9,
      durationBucket: '5-15min',
      language: 'fi',
      level: null,
      needCategory: null,
      goal: null,
      route: null,
      accessibility: 0,
      assistUsed: false,
      outcome: 'selfService',
      referralCategory: null,
    });
    expect(store.supportEvents.report('2025-03-04', '2025-03-04').total).toBe(1);
    store.close();
    inspect(path, (db) => expect(db.pragma('user_version', { simple: true })).toBe(2));
  });

  it('refuses a database newer than the code, without touching it', () => {
    const path = newPath();
    const future = new Database(path);
    future.pragma('user_version = 99');
    future.close();

    expect(() => openStore(path)).toThrow(StoreVersionError);
    expect(() => openStore(path)).toThrow(/schema version 99.*knows only up to 2/);
    inspect(path, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(99);
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(tableNames(db)).toEqual([]);
    });
  });

  it('rolls a failed migration back completely and stays at the previous version', () => {
    const path = newPath();
    const broken: Migration = {
      version: 2,
      description: 'broken on purpose',
      up: (db) => {
        db.exec('CREATE TABLE half_done (x INTEGER) STRICT');
        db.exec('THIS IS NOT SQL');
      },
    };
    expect(() => openStore(path, { migrations: [v1Core, broken] })).toThrow(MigrationError);
    inspect(path, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(1);
      expect(tableNames(db)).not.toContain('half_done');
    });
    // The real migrations then carry it on.
    const store = openStore(path);
    expect(store.schemaVersion).toBe(2);
    store.close();
  });

  it('refuses a migration list that is not numbered 1, 2, 3 …', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [{ ...v1Core, version: 2 }])).toThrow(/versions must be 1, 2, 3/);
    db.close();
  });

  it('works in memory (for tests of other services)', () => {
    const store = openStore(':memory:');
    store.configStore.put('current', { a: 1 });
    expect(store.configStore.get('current')?.value).toEqual({ a: 1 });
    store.close();
  });

  it('runs a transaction as one unit', () => {
    const store = openStore(':memory:', { now: () => 7 });
    expect(() =>
      store.transaction(() => {
        store.audit.append('pin.set');
        throw new Error('abort');
      }),
    ).toThrow('abort');
    expect(store.audit.list({ limit: 10 })).toEqual([]);
    store.close();
  });
});
