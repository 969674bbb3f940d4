/**
 * The schema privacy test: no column of the kiosk's database can hold personal data.
 *
 * Read from the database itself (sqlite_schema and PRAGMA table_xinfo), not from the
 * migration source, so it judges what is really there. It fails when
 * - a table or column name suggests personal data;
 * - a table is not STRICT (a non-STRICT column accepts any value whatever its type);
 * - a column other than a rowid alias has no CHECK;
 * - a TEXT, BLOB or ANY column is not held to a list of allowed values (`x = 'a' OR x = 'b'`,
 *   or `x IN ('a', 'b')`) or a GLOB pattern, unless it is on the short list of justified
 *   columns below;
 * - a text column accepts a name, an address, a URL, a phone number or a sentence when tried.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from './store';
import { allowedValuesOf, parseCreateTable, tempDbPaths } from './testing';

const newPath = tempDbPaths();

/** Words in a table or column name that suggest personal data or free text. */
const SUSPICIOUS_NAMES = [
  'name',
  'email',
  'phone',
  'ssn',
  'hetu',
  'url',
  'path',
  'text',
  'note',
  'comment',
  'message',
  'address',
  'birth',
  'person',
  'user',
];

/**
 * Text and blob columns allowed without a list of values or a GLOB pattern, each with the reason.
 * Every one of them still has a CHECK (shape and size), which the test requires.
 */
const JUSTIFIED_COLUMNS: Readonly<Record<string, string>> = {
  // IT's configuration (service tiles, allowlist, timeouts, the referral directory): written by
  // IT, never about a client. Bounded in size and required to be valid JSON.
  'config_store.json': "IT's configuration, not client data",
  // scrypt output of the worker's PIN and its random salt: bytes, 16–64 of them.
  'worker_pins.hash': 'PIN hash (scrypt)',
  'worker_pins.salt': 'PIN salt (random bytes)',
  // A host name for a temporary allow, held by GLOB checks that refuse paths, spaces,
  // credentials and schemes; the probes below try exactly those.
  'audit_log.host': 'host name of a temporary allow',
};

/** A valid row per table with text columns, so each text column can be probed in turn. */
const BASE_ROWS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  config_store: { key: 'current', json: '{}', updated_at: 0 },
  worker_pins: { id: 1, algorithm: 'scrypt', cost: 1024, block_size: 8, parallelism: 1, hash: Buffer.alloc(32), salt: Buffer.alloc(16), updated_at: 0 },
  audit_log: { at: 0, action: 'allow.temporary', host: 'www.kela.fi' },
  support_events: {
    day: 20000,
    hour: 10,
    duration_bucket: '<2min',
    language: 'fi',
    level: null,
    need_category: 'device',
    goal: 'tax',
    route: 'goAhead',
    accessibility: 0,
    assist_used: 0,
    outcome: 'helped',
    referral_category: 'advice',
  },
  support_daily: { day: 20000, dimension: 'goal', value: 'tax', sessions: 1 },
};

/** What a careless schema would let in. */
const PERSONAL_PROBES = [
  'Matti Meikäläinen',
  'matti.meikalainen@example.com',
  'https://www.kela.fi/hakemus?hetu=010101-123N',
  'www.kela.fi/hakemus',
  'matti:salasana@www.kela.fi',
  '+358 40 123 4567',
  'Asiakas ei osannut kirjautua, soita takaisin',
];

const TEXT_TYPES = new Set(['TEXT', 'BLOB', 'ANY']);

interface ColumnInfo {
  name: string;
  type: string;
  pk: number;
}

function findPrivacyProblems(db: Database.Database, justified: Readonly<Record<string, string>>, baseRows: typeof BASE_ROWS): string[] {
  const problems: string[] = [];
  const tables = db
    .prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all();
  const strict = new Map(
    db
      .prepare<[], { name: string; strict: number }>("SELECT name, strict FROM pragma_table_list WHERE schema = 'main'")
      .all()
      .map((row) => [row.name, row.strict === 1]),
  );
  const suspicious = (name: string) => SUSPICIOUS_NAMES.filter((word) => name.toLowerCase().includes(word));

  for (const table of tables) {
    if (suspicious(table.name).length > 0) problems.push(`table ${table.name}: name suggests personal data (${suspicious(table.name).join(', ')})`);
    if (!strict.get(table.name)) problems.push(`table ${table.name}: not STRICT`);
    const parsed = parseCreateTable(table.sql);
    const columns = db.prepare<[string], ColumnInfo>('SELECT name, type, pk FROM pragma_table_xinfo(?)').all(table.name);
    const textColumns: string[] = [];
    for (const column of columns) {
      const id = `${table.name}.${column.name}`;
      if (suspicious(column.name).length > 0) problems.push(`${id}: name suggests personal data (${suspicious(column.name).join(', ')})`);
      const definition = parsed.columns.get(column.name) ?? '';
      const rowidAlias = column.pk === 1 && column.type === 'INTEGER' && /PRIMARY KEY/i.test(definition);
      if (!rowidAlias && !/\bCHECK\s*\(/i.test(definition)) problems.push(`${id}: no CHECK constraint`);
      if (!TEXT_TYPES.has(column.type.toUpperCase())) continue;
      textColumns.push(column.name);
      if (justified[id]) continue;
      if (allowedValuesOf(definition, column.name) === null && !/\bGLOB\b/i.test(definition)) {
        problems.push(`${id}: ${column.type} without a list of allowed values or a GLOB pattern`);
      }
    }
    if (textColumns.length > 0) problems.push(...probeTextColumns(db, table.name, textColumns, baseRows[table.name]));
  }
  return problems;
}

/** Inserts the base row with each text column replaced by each probe; every insert must be refused. */
function probeTextColumns(db: Database.Database, table: string, columns: readonly string[], base: Readonly<Record<string, unknown>> | undefined): string[] {
  if (!base) return [`table ${table}: has text columns; add a valid row to BASE_ROWS so they can be probed`];
  const problems: string[] = [];
  const insert = (row: Readonly<Record<string, unknown>>) => {
    const names = Object.keys(row);
    db.prepare(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(row);
  };
  const attempt = (row: Readonly<Record<string, unknown>>): string | null => {
    db.exec('SAVEPOINT probe');
    try {
      // The table may hold a fixed row already (pin_lockout style): start from an empty table.
      db.exec(`DELETE FROM ${table}`);
      insert(row);
      return null;
    } catch (error) {
      return (error as { code?: string }).code ?? 'error';
    } finally {
      db.exec('ROLLBACK TO probe');
      db.exec('RELEASE probe');
    }
  };
  const baseResult = attempt(base);
  if (baseResult !== null) return [`table ${table}: the base row is refused (${baseResult}); fix BASE_ROWS`];
  for (const column of columns) {
    for (const probe of PERSONAL_PROBES) {
      const code = attempt({ ...base, [column]: probe });
      // Refused by a CHECK, or by STRICT typing (text into a BLOB column): either way not stored.
      if (!code?.startsWith('SQLITE_CONSTRAINT')) problems.push(`${table}.${column}: accepted ${JSON.stringify(probe)}`);
    }
  }
  return problems;
}

function openLatest(): Database.Database {
  const path = newPath();
  openStore(path).close();
  return new Database(path);
}

describe('the schema privacy test', () => {
  it('finds no column that could hold personal data', () => {
    const db = openLatest();
    expect(findPrivacyProblems(db, JUSTIFIED_COLUMNS, BASE_ROWS)).toEqual([]);
    db.close();
  });

  it('lists only columns that exist as justified', () => {
    const db = openLatest();
    for (const id of Object.keys(JUSTIFIED_COLUMNS)) {
      const [table, column] = id.split('.');
      const columns = db.prepare<[string], ColumnInfo>('SELECT name, type, pk FROM pragma_table_xinfo(?)').all(table ?? '');
      expect(columns.map((c) => c.name), id).toContain(column);
    }
    db.close();
  });

  it('catches what it is meant to catch', () => {
    // The same checks against a schema that gets everything wrong, so the test above can fail.
    const db = new Database(':memory:');
    db.exec(`
      CREATE TABLE visits (client_name TEXT, day INTEGER) STRICT;
      CREATE TABLE loose (code TEXT CHECK (length(code) < 50));
      CREATE TABLE events (kind TEXT NOT NULL CHECK (kind IN ('a', 'b')), detail TEXT CHECK (detail GLOB '*')) STRICT;
      CREATE TABLE unprobed (kind TEXT NOT NULL CHECK (kind IN ('a'))) STRICT;
    `);
    const problems = findPrivacyProblems(db, {}, { events: { kind: 'a', detail: 'x' } });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('visits.client_name: name suggests personal data (name)'),
        expect.stringContaining('visits.client_name: no CHECK constraint'),
        expect.stringContaining('visits.day: no CHECK constraint'),
        expect.stringContaining('visits.client_name: TEXT without a list of allowed values or a GLOB pattern'),
        expect.stringContaining('table loose: not STRICT'),
        expect.stringContaining('loose.code: TEXT without a list of allowed values or a GLOB pattern'),
        expect.stringContaining('events.detail: accepted "Matti Meikäläinen"'),
        expect.stringContaining('table unprobed: has text columns; add a valid row to BASE_ROWS'),
      ]),
    );
    // The constrained column of the events table passes the probes.
    expect(problems.filter((p) => p.startsWith('events.kind'))).toEqual([]);
    db.close();
  });

  it('tries the audit host against what a host must never carry', () => {
    const db = openLatest();
    const insertHost = db.prepare("INSERT INTO audit_log (at, action, host) VALUES (0, 'allow.temporary', ?)");
    for (const host of ['www.kela.fi', 'kela.test:8443', 'xn--kel-8cd.fi', '127.0.0.1']) expect(() => insertHost.run(host), host).not.toThrow();
    for (const host of ['https://www.kela.fi', 'www.kela.fi/polku', 'matti@kela.fi', 'kela fi', 'KELA.FI', 'kela.fi:', 'kela.fi:80:80', 'kela.fi:8a', '.kela.fi', '-kela.fi', 'kela.fi?x=1', 'x'.repeat(260)]) {
      expect(() => insertHost.run(host), host).toThrow(/CHECK constraint failed/);
    }
    db.close();
  });
});
