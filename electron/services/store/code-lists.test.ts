/**
 * The CHECK lists in the database equal the code lists in the source. Migrations freeze their
 * lists (they are history), so when a list in shared/content or stats/ grows, this test fails
 * until a new migration rebuilds the table with the new list.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { GOAL_IDS, NEED_CATEGORIES, ROUTE_KINDS } from '../../../shared/content/assessment-model';
import { LANGUAGES } from '../../../shared/content/languages';
import { REFERRAL_KINDS } from '../../../shared/content/referrals';
import { AUDIT_ACTIONS, HOST_ACTIONS } from '../staff/audit';
import { ACCESSIBILITY_FEATURES, ALL_ACCESSIBILITY_FLAGS, DURATION_BUCKETS, SUPPORT_OUTCOMES } from '../stats/support-event';
import { openStore } from './store';
import { allowedValuesOf, parseCreateTable, tempDbPaths } from './testing';

const newPath = tempDbPaths();

function latestSchema(): Map<string, string> {
  const path = newPath();
  openStore(path).close();
  const db = new Database(path, { readonly: true });
  const rows = db.prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all();
  db.close();
  return new Map(rows.map((row) => [row.name, row.sql]));
}

const schema = latestSchema();

function columnList(table: string, column: string): string[] | null {
  const definition = parseCreateTable(schema.get(table) ?? '').columns.get(column);
  return definition === undefined ? null : allowedValuesOf(definition, column);
}

describe('CHECK lists match the code', () => {
  it('audit_log.action lists exactly the audit actions', () => {
    expect(columnList('audit_log', 'action')).toEqual([...AUDIT_ACTIONS]);
    const constraints = parseCreateTable(schema.get('audit_log') ?? '').constraints.join(' ');
    expect(allowedValuesOf(constraints, 'action')).toEqual([...HOST_ACTIONS]);
  });

  it.each([
    ['duration_bucket', DURATION_BUCKETS],
    ['language', LANGUAGES],
    ['need_category', NEED_CATEGORIES],
    ['goal', GOAL_IDS],
    ['route', ROUTE_KINDS],
    ['outcome', SUPPORT_OUTCOMES],
    ['referral_category', REFERRAL_KINDS],
  ] as const)('support_events.%s lists exactly the ids of the code', (column, ids) => {
    expect(columnList('support_events', column)).toEqual([...ids]);
  });

  it('support_events.accessibility admits exactly the feature bits', () => {
    const definition = parseCreateTable(schema.get('support_events') ?? '').columns.get('accessibility') ?? '';
    expect(definition).toContain(`BETWEEN 0 AND ${ALL_ACCESSIBILITY_FLAGS}`);
  });

  it('support_daily admits, per dimension, exactly the values of the code', () => {
    const definition = parseCreateTable(schema.get('support_daily') ?? '').columns.get('value') ?? '';
    const listFor = (dimension: string) => {
      const match = new RegExp(`WHEN '${dimension}' THEN (\\([^)]*\\))`).exec(definition);
      return match?.[1] ? allowedValuesOf(match[1], 'value') : null;
    };
    const dimensions = ['hour', 'duration', 'language', 'level', 'need', 'goal', 'route', 'outcome', 'referral', 'assist', 'accessibility'];
    expect(columnList('support_daily', 'dimension')).toEqual(dimensions);
    const hours = Array.from({ length: 24 }, (_, h) => String(h));
    expect(listFor('hour')).toEqual(hours);
    expect(listFor('duration')).toEqual([...DURATION_BUCKETS]);
    expect(listFor('language')).toEqual([...LANGUAGES]);
    expect(listFor('level')).toEqual(['1', '2', '3', '4']);
    expect(listFor('need')).toEqual([...NEED_CATEGORIES]);
    expect(listFor('goal')).toEqual([...GOAL_IDS]);
    expect(listFor('route')).toEqual([...ROUTE_KINDS]);
    expect(listFor('outcome')).toEqual([...SUPPORT_OUTCOMES]);
    expect(listFor('referral')).toEqual([...REFERRAL_KINDS]);
    expect(listFor('assist')).toEqual(['1']);
    expect(listFor('accessibility')).toEqual([...ACCESSIBILITY_FEATURES]);
    // Nothing else: every dimension has its list, and the CASE refuses unknown dimensions.
    expect(dimensions.every((d) => listFor(d) !== null)).toBe(true);
    expect(definition).toMatch(/ELSE 0 END/);
  });
});
