import Database from 'better-sqlite3';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { GOAL_IDS, NEED_CATEGORIES, ROUTE_KINDS } from '../../../shared/content/assessment-model';
import { LANGUAGES } from '../../../shared/content/languages';
import { REFERRAL_KINDS } from '../../../shared/content/referrals';
import { openStore, type KioskStore } from '../store/store';
import { tempDbPaths } from '../store/testing';
import { dayFromNumber, dayNumberOf, InvalidDateError } from './calendar-day';
import type { SupportReport } from './report';
import { ACCESSIBILITY_FEATURES, accessibilityBit, accessibilityFeaturesOf, DURATION_BUCKETS, InvalidSupportEventError, SUPPORT_OUTCOMES, type SupportEvent } from './support-event';
import { CSV_COLUMNS, REPORT_SQL } from './support-events-repository';
import { pick, seededRandom } from '../../../shared/testing/seeded-random';

const newPath = tempDbPaths('vierella-stats-');

const FIRST_DAY = dayNumberOf('2024-07-01') ?? 0;
const SPAN_DAYS = 550;

function generateEvents(count: number, seed: number): SupportEvent[] {
  const random = seededRandom(seed);
  const one = <T>(list: readonly T[]): T => pick(random, list);
  const maybe = <T>(list: readonly T[], pNull: number): T | null => (random() < pNull ? null : one(list));
  return Array.from({ length: count }, () => ({
    day: dayFromNumber(FIRST_DAY + Math.floor(random() * SPAN_DAYS)),
    hour: Math.floor(random() * 24),
    durationBucket: one(DURATION_BUCKETS),
    language: one(LANGUAGES),
    level: maybe([1, 2, 3, 4] as const, 0.4),
    needCategory: maybe(NEED_CATEGORIES, 0.5),
    goal: maybe(GOAL_IDS, 0.3),
    route: maybe(ROUTE_KINDS, 0.3),
    accessibility: random() < 0.7 ? 0 : Math.floor(random() * 512),
    assistUsed: random() < 0.35,
    outcome: one(SUPPORT_OUTCOMES),
    referralCategory: maybe(REFERRAL_KINDS, 0.8),
  }));
}

/** The same numbers as the report, computed the obvious way over the events in memory. */
function expectedReport(events: readonly SupportEvent[], from: string, to: string): SupportReport {
  const inRange = events.filter((event) => event.day >= from && event.day <= to);
  const tally = <K>(key: (event: SupportEvent) => K): Map<K, number> => {
    const counts = new Map<K, number>();
    for (const event of inRange) counts.set(key(event), (counts.get(key(event)) ?? 0) + 1);
    return counts;
  };
  const countBy = <K>(keys: readonly K[], key: (event: SupportEvent) => K) => {
    const counts = tally(key);
    return keys.map((k) => ({ key: k, sessions: counts.get(k) ?? 0 }));
  };
  const days: string[] = [];
  for (let day = dayNumberOf(from) ?? 0; day <= (dayNumberOf(to) ?? 0); day++) days.push(dayFromNumber(day));
  const assisted = inRange.filter((event) => event.assistUsed).length;
  return {
    from,
    to,
    total: inRange.length,
    perDay: countBy(days, (e) => e.day).map(({ key, sessions }) => ({ day: key, sessions })),
    byHour: countBy(
      Array.from({ length: 24 }, (_, h) => h),
      (e) => e.hour,
    ),
    byDuration: countBy(DURATION_BUCKETS, (e) => e.durationBucket),
    byLanguage: countBy(LANGUAGES, (e) => e.language),
    byLevel: countBy([1, 2, 3, 4, null] as const, (e) => e.level),
    byNeed: countBy([...NEED_CATEGORIES, null], (e) => e.needCategory),
    byGoal: countBy([...GOAL_IDS, null], (e) => e.goal),
    byRoute: countBy([...ROUTE_KINDS, null], (e) => e.route),
    byOutcome: countBy(SUPPORT_OUTCOMES, (e) => e.outcome),
    byReferral: countBy([...REFERRAL_KINDS, null], (e) => e.referralCategory),
    accessibility: ACCESSIBILITY_FEATURES.map((feature) => ({
      key: feature,
      sessions: inRange.filter((event) => (event.accessibility & accessibilityBit(feature)) !== 0).length,
    })),
    assist: { assisted, total: inRange.length, share: inRange.length === 0 ? 0 : assisted / inRange.length },
  };
}

const EVENT: SupportEvent = {
  day: '2025-03-04',
  hour: 9,
  durationBucket: '2-5min',
  language: 'fi',
  level: 2,
  needCategory: 'device',
  goal: 'benefit',
  route: 'goAhead',
  accessibility: 0,
  assistUsed: false,
  outcome: 'selfService',
  referralCategory: null,
};

describe('report queries on 100,000 generated events', () => {
  const events = generateEvents(100_000, 20250304);
  let store: KioskStore;
  let path: string;

  beforeAll(() => {
    path = newPath();
    store = openStore(path);
    // One transaction for all of them: seconds, not minutes.
    expect(store.supportEvents.insertMany(events)).toBe(events.length);
  }, 30_000);
  afterAll(() => store.close());

  it.each([
    ['a year', '2025-01-01', '2025-12-31'],
    ['the whole span and more', '2024-06-01', '2026-01-31'],
    ['one month', '2024-11-01', '2024-11-30'],
    ['one day', '2024-12-24', '2024-12-24'],
    ['a range without events', '2023-01-01', '2023-01-31'],
  ])('match an in-memory computation for %s', (_what, from, to) => {
    expect(store.supportEvents.report(from, to)).toEqual(expectedReport(events, from, to));
  });

  it('read the daily counts through the primary key and export through the day index', () => {
    const db = new Database(path, { readonly: true });
    const plan = (sql: string) =>
      db
        .prepare<[number, number], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
        .all(0, 1)
        .map((row) => row.detail)
        .join('; ');
    expect(plan(REPORT_SQL.totals)).toMatch(/SEARCH support_daily USING PRIMARY KEY \(day>\? AND day<\?\)/);
    expect(plan(REPORT_SQL.days)).toMatch(/SEARCH support_daily USING PRIMARY KEY \(day>\? AND day<\?\)/);
    expect(plan(REPORT_SQL.events)).toMatch(/SEARCH support_events USING INDEX support_events_day \(day>\? AND day<\?\)/);
    db.close();
  });

  it('export every event of a range, once, as CSV that reads back to the same events', () => {
    const [from, to] = ['2025-02-01', '2025-02-28'];
    const lines = store.supportEvents.exportCsv(from, to).split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines.shift()).toBe(CSV_COLUMNS.join(','));
    const back = lines.map(parseCsvLine).map(eventFromCsv);
    const sortKey = (e: SupportEvent) => JSON.stringify(e);
    const expected = events.filter((e) => e.day >= from && e.day <= to);
    expect(back.length).toBe(expected.length);
    expect(back.map(sortKey).sort()).toEqual(expected.map(sortKey).sort());
  });

  it('keep the daily counts equal to the events when events are deleted', () => {
    const db = new Database(path);
    const [from, to] = ['2024-10-01', '2024-10-31'];
    const removed = db.prepare("DELETE FROM support_events WHERE day BETWEEN ? AND ? AND outcome = 'helped'").run(dayNumberOf(from), dayNumberOf(to));
    db.close();
    expect(removed.changes).toBeGreaterThan(0);
    const remaining = events.filter((e) => !(e.day >= from && e.day <= to && e.outcome === 'helped'));
    expect(store.supportEvents.report(from, to)).toEqual(expectedReport(remaining, from, to));
  });
});

/** Just enough of an RFC 4180 reader for the export's lines (quoted fields, doubled quotes). */
function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else value += line[i++];
      }
      fields.push(value);
      i++; // the comma
    } else {
      const end = line.indexOf(',', i);
      fields.push(line.slice(i, end === -1 ? line.length : end));
      i = end === -1 ? line.length + 1 : end + 1;
    }
  }
  return fields;
}

function eventFromCsv(fields: string[]): SupportEvent {
  const get = (column: (typeof CSV_COLUMNS)[number]) => fields[CSV_COLUMNS.indexOf(column)] ?? '';
  const orNull = (value: string) => (value === '' ? null : value);
  const features = get('accessibility') === '' ? [] : get('accessibility').split(',');
  return {
    day: get('day'),
    hour: Number(get('hour')),
    durationBucket: get('duration_bucket'),
    language: get('language'),
    level: get('level') === '' ? null : Number(get('level')),
    needCategory: orNull(get('need_category')),
    goal: orNull(get('goal')),
    route: orNull(get('route')),
    accessibility: features.reduce((flags, feature) => flags | accessibilityBit(feature as never), 0),
    assistUsed: get('assist_used') === 'true',
    outcome: get('outcome'),
    referralCategory: orNull(get('referral_category')),
  } as SupportEvent;
}

describe('CSV export', () => {
  it('writes the header and exactly the events of the range, in day and hour order', () => {
    const store = openStore(':memory:');
    store.supportEvents.insertMany([
      { ...EVENT, day: '2025-03-05', hour: 8 },
      { ...EVENT, day: '2025-03-04', hour: 15, accessibility: accessibilityBit('textScale') | accessibilityBit('readAloud'), assistUsed: true, outcome: 'referred', referralCategory: 'authority' },
      { ...EVENT, day: '2025-03-04', hour: 9, level: null, needCategory: null, goal: null, route: null, language: 'fi-plain', durationBucket: '<2min' },
      { ...EVENT, day: '2025-03-03', hour: 12 },
      { ...EVENT, day: '2025-03-06', hour: 12 },
    ]);
    expect(store.supportEvents.exportCsv('2025-03-04', '2025-03-05')).toBe(
      [
        'day,hour,duration_bucket,language,level,need_category,goal,route,accessibility,assist_used,outcome,referral_category',
        '2025-03-04,9,<2min,fi-plain,,,,,,false,selfService,',
        '2025-03-04,15,2-5min,fi,2,device,benefit,goAhead,"textScale,readAloud",true,referred,authority',
        '2025-03-05,8,2-5min,fi,2,device,benefit,goAhead,,false,selfService,',
        '',
      ].join('\r\n'),
    );
    expect(store.supportEvents.exportCsv('2025-04-01', '2025-04-30')).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
    expect([...store.supportEvents.csvLines('2025-03-06', '2025-03-06')]).toEqual([
      `${CSV_COLUMNS.join(',')}\r\n`,
      '2025-03-06,12,2-5min,fi,2,device,benefit,goAhead,,false,selfService,\r\n',
    ]);
    store.close();
  });

  it('refuses bad dates before reading anything', () => {
    const store = openStore(':memory:');
    expect(() => store.supportEvents.exportCsv('2025-02-30', '2025-03-01')).toThrow(InvalidDateError);
    expect(() => store.supportEvents.exportCsv('2025-03-01', '2025-02-01')).toThrow(/before it starts/);
    expect(() => store.supportEvents.exportCsv('03/01/2025', '2025-03-31')).toThrow(InvalidDateError);
    expect(() => store.supportEvents.csvLines('2025-01-01', 'x')).toThrow(InvalidDateError);
    expect(() => store.supportEvents.report('2025-01-01', '2025-13-01')).toThrow(InvalidDateError);
    store.close();
  });
});

describe('support events', () => {
  it('refuses an invalid event and stores nothing of a batch with one', () => {
    const store = openStore(':memory:');
    expect(() => store.supportEvents.insert({ ...EVENT, goal: 'shopping' as never })).toThrow(InvalidSupportEventError);
    expect(() => store.supportEvents.insertMany([EVENT, { ...EVENT, hour: 25 }])).toThrow(InvalidSupportEventError);
    expect(store.supportEvents.report('2025-03-04', '2025-03-04').total).toBe(0);
    store.close();
  });

  it('counts a session under each accessibility feature it used', () => {
    const store = openStore(':memory:');
    store.supportEvents.insert({ ...EVENT, accessibility: accessibilityBit('theme') | accessibilityBit('onScreenKeyboard') });
    const counted = store.supportEvents.report('2025-03-04', '2025-03-04').accessibility.filter((c) => c.sessions > 0);
    expect(counted).toEqual([
      { key: 'theme', sessions: 1 },
      { key: 'onScreenKeyboard', sessions: 1 },
    ]);
    expect(accessibilityFeaturesOf(accessibilityBit('theme') | accessibilityBit('onScreenKeyboard'))).toEqual(counted.map((c) => c.key));
    store.close();
  });

  it('cannot be changed once stored', () => {
    const path = newPath();
    const store = openStore(path);
    store.supportEvents.insert(EVENT);
    store.close();
    const db = new Database(path);
    expect(() => db.prepare("UPDATE support_events SET outcome = 'helped'").run()).toThrow(/support events cannot be changed/);
    db.close();
  });
});
