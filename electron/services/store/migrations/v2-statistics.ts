/**
 * Version 2: anonymous support events, one per client session, and their daily counts.
 *
 * `support_events` holds the events as they were (the CSV export reads it). Charts for a year
 * of a busy service point would have to group a million rows per chart, so triggers keep
 * `support_daily` in step: for every day, how many sessions had each given value of each dimension.
 * A report then sums a few thousand rows instead of scanning the events.
 *
 * As in every migration, the code lists are frozen copies (see v1-core.ts); a store test holds
 * them equal to the lists in shared/content and stats/.
 */
import type { Database } from 'better-sqlite3';
import type { Migration } from '../migrate';
import { sqlOneOf, sqlText } from '../sql';

const DURATION_BUCKETS_V2 = ['<2min', '2-5min', '5-15min', '15-30min', '30-60min', '>60min'];
const LANGUAGES_V2 = ['fi', 'fi-plain', 'sv', 'en'];
const NEED_CATEGORIES_V2 = ['device', 'internet', 'service', 'confidence'];
const GOAL_IDS_V2 = ['benefit', 'messages', 'tax', 'immigration', 'attachments', 'health', 'learn', 'other'];
const ROUTE_KINDS_V2 = ['goAhead', 'askStaff', 'authority', 'learning', 'identification', 'onBehalf'];
const SUPPORT_OUTCOMES_V2 = ['selfService', 'helped', 'referred', 'notResolved', 'abandoned'];
const REFERRAL_KINDS_V2 = ['authority', 'learning', 'identification', 'onBehalf', 'advice'];
/** Bit i of `accessibility` is feature i. */
const ACCESSIBILITY_FEATURES_V2 = [
  'textScale',
  'theme',
  'textSpacing',
  'font',
  'largeCursor',
  'reducedMotion',
  'readAloud',
  'singleTap',
  'onScreenKeyboard',
];
const LAST_DAY = 2_932_896; // 9999-12-31

interface Dimension {
  readonly name: string;
  /** The values support_daily admits for this dimension. */
  readonly values: readonly string[];
  /** The value of a row (`r` is NEW or OLD), as TEXT. */
  readonly expression: (r: string) => string;
  /** Count only when this holds (a value was given; the assist flag is set). */
  readonly when?: (r: string) => string;
}

const range = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
const given = (column: string) => (r: string) => `${r}.${column} IS NOT NULL`;

/**
 * Every dimension except `accessibility`, which is a set of flags and counts once per feature.
 * Only what is there is counted: every event has exactly one outcome, so the outcome counts
 * sum to the sessions, and "not given" is that sum minus the values counted. Fewer rows per
 * event keep bulk inserts fast.
 */
const DIMENSIONS: readonly Dimension[] = [
  { name: 'hour', values: range(0, 23), expression: (r) => `CAST(${r}.hour AS TEXT)` },
  { name: 'duration', values: DURATION_BUCKETS_V2, expression: (r) => `${r}.duration_bucket` },
  { name: 'language', values: LANGUAGES_V2, expression: (r) => `${r}.language` },
  { name: 'level', values: range(1, 4), expression: (r) => `CAST(${r}.level AS TEXT)`, when: given('level') },
  { name: 'need', values: NEED_CATEGORIES_V2, expression: (r) => `${r}.need_category`, when: given('need_category') },
  { name: 'goal', values: GOAL_IDS_V2, expression: (r) => `${r}.goal`, when: given('goal') },
  { name: 'route', values: ROUTE_KINDS_V2, expression: (r) => `${r}.route`, when: given('route') },
  { name: 'outcome', values: SUPPORT_OUTCOMES_V2, expression: (r) => `${r}.outcome` },
  { name: 'referral', values: REFERRAL_KINDS_V2, expression: (r) => `${r}.referral_category`, when: given('referral_category') },
  { name: 'assist', values: ['1'], expression: () => sqlText('1'), when: (r) => `${r}.assist_used = 1` },
];
const ACCESSIBILITY_DIMENSION = 'accessibility';

/** The (dimension, value) pairs one event counts in: one row each, as a compound SELECT. */
function countedPairs(r: string): string {
  const single = DIMENSIONS.map((d) => `SELECT ${sqlText(d.name)} AS dimension, ${d.expression(r)} AS value${d.when ? ` WHERE ${d.when(r)}` : ''}`);
  const flags = ACCESSIBILITY_FEATURES_V2.map(
    (feature, bit) => `SELECT ${sqlText(ACCESSIBILITY_DIMENSION)}, ${sqlText(feature)} WHERE ${r}.accessibility & ${1 << bit}`,
  );
  return [...single, ...flags].join('\n        UNION ALL ');
}

const dailyValueCheck = [
  'CASE dimension',
  ...DIMENSIONS.map((d) => `WHEN ${sqlText(d.name)} THEN ${sqlOneOf('value', d.values)}`),
  `WHEN ${sqlText(ACCESSIBILITY_DIMENSION)} THEN ${sqlOneOf('value', ACCESSIBILITY_FEATURES_V2)}`,
  'ELSE 0 END',
].join(' ');

function up(db: Database): void {
  db.exec(`
    CREATE TABLE support_events (
      id INTEGER PRIMARY KEY,
      day INTEGER NOT NULL CHECK (day BETWEEN 0 AND ${LAST_DAY}),
      hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
      duration_bucket TEXT NOT NULL CHECK ${sqlOneOf('duration_bucket', DURATION_BUCKETS_V2)},
      language TEXT NOT NULL CHECK ${sqlOneOf('language', LANGUAGES_V2)},
      level INTEGER CHECK (level BETWEEN 1 AND 4),
      need_category TEXT CHECK ${sqlOneOf('need_category', NEED_CATEGORIES_V2)},
      goal TEXT CHECK ${sqlOneOf('goal', GOAL_IDS_V2)},
      route TEXT CHECK ${sqlOneOf('route', ROUTE_KINDS_V2)},
      accessibility INTEGER NOT NULL CHECK (accessibility BETWEEN 0 AND ${(1 << ACCESSIBILITY_FEATURES_V2.length) - 1}),
      assist_used INTEGER NOT NULL CHECK (assist_used IN (0, 1)),
      outcome TEXT NOT NULL CHECK ${sqlOneOf('outcome', SUPPORT_OUTCOMES_V2)},
      referral_category TEXT CHECK ${sqlOneOf('referral_category', REFERRAL_KINDS_V2)}
    ) STRICT;
    CREATE INDEX support_events_day ON support_events (day);

    CREATE TABLE support_daily (
      day INTEGER NOT NULL CHECK (day BETWEEN 0 AND ${LAST_DAY}),
      dimension TEXT NOT NULL CHECK ${sqlOneOf('dimension', [...DIMENSIONS.map((d) => d.name), ACCESSIBILITY_DIMENSION])},
      value TEXT NOT NULL CHECK (${dailyValueCheck}),
      sessions INTEGER NOT NULL CHECK (sessions >= 0),
      PRIMARY KEY (day, dimension, value)
    ) STRICT, WITHOUT ROWID;

    CREATE TRIGGER support_events_count AFTER INSERT ON support_events
    BEGIN
      INSERT INTO support_daily (day, dimension, value, sessions)
      SELECT NEW.day, pair.dimension, pair.value, 1 FROM (
        ${countedPairs('NEW')}
      ) AS pair WHERE true
      ON CONFLICT (day, dimension, value) DO UPDATE SET sessions = sessions + 1;
    END;

    CREATE TRIGGER support_events_uncount AFTER DELETE ON support_events
    BEGIN
      UPDATE support_daily SET sessions = sessions - 1
      WHERE day = OLD.day AND (dimension, value) IN (
        ${countedPairs('OLD')}
      );
      DELETE FROM support_daily WHERE day = OLD.day AND sessions = 0;
    END;

    -- An event describes a session that is over: there is nothing to correct later.
    CREATE TRIGGER support_events_no_update BEFORE UPDATE ON support_events
    BEGIN
      SELECT RAISE(ABORT, 'support events cannot be changed');
    END;
  `);
}

export const v2Statistics: Migration = { version: 2, description: 'anonymous support events and daily counts', up };
