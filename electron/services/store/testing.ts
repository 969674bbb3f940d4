/**
 * Test support: databases in fresh folders under os.tmpdir(), removed after the test file.
 * Only test files import this.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** Returns a function that gives a new database path per call; the folders go after the file's tests. */
export function tempDbPaths(prefix = 'vierella-store-'): () => string {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return join(dir, 'kiosk.sqlite');
  };
}

/** A column definition and the table-level constraints of a CREATE TABLE statement. */
export interface ParsedTable {
  /** Column name → its whole definition, e.g. `hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23)`. */
  readonly columns: ReadonlyMap<string, string>;
  readonly constraints: readonly string[];
}

const TABLE_CONSTRAINT = /^(CONSTRAINT|PRIMARY|UNIQUE|CHECK|FOREIGN)\b/i;

/**
 * Splits the body of a CREATE TABLE statement at its top-level commas. Enough SQL for the
 * schemas our migrations write: parentheses, '…' literals and "…" identifiers.
 */
export function parseCreateTable(sql: string): ParsedTable {
  const open = sql.indexOf('(');
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = '';
  for (let i = open + 1; i < sql.length; i++) {
    const ch = sql.charAt(i);
    if (quote) {
      current += ch;
      if (ch === quote) quote = null;
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    if (ch === '(') depth++;
    if (ch === ')') {
      if (depth === 0) break;
      depth--;
    }
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current.trim());
  const columns = new Map<string, string>();
  const constraints: string[] = [];
  for (const part of parts) {
    if (TABLE_CONSTRAINT.test(part)) constraints.push(part);
    else columns.set(part.split(/\s+/)[0]?.replaceAll('"', '') ?? '', part);
  }
  return { columns, constraints };
}

/**
 * The values a definition allows for `column`: the literals of its `column = '…'` terms
 * (store/sql.ts writes lists that way) or of a `column IN ('…', …)` list; null when it has neither.
 */
export function allowedValuesOf(definition: string, column: string): string[] | null {
  const literal = "'((?:[^']|'')*)'";
  const unquote = (m: RegExpMatchArray) => (m[1] ?? '').replaceAll("''", "'");
  const equalities = [...definition.matchAll(new RegExp(`\\b${column} = ${literal}`, 'g'))].map(unquote);
  if (equalities.length > 0) return equalities;
  const list = new RegExp(`\\b${column} IN \\(([^)]*)\\)`).exec(definition);
  return list?.[1] ? [...list[1].matchAll(new RegExp(literal, 'g'))].map(unquote) : null;
}
