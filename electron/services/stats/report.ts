/**
 * The statistics report for a date range, in the shape charts want: every category in its list
 * order with zeros included (a chart's bars should not move when a category is empty), "not
 * given" last as a null key, and one entry per day of the range.
 */
import { GOAL_IDS, NEED_CATEGORIES, ROUTE_KINDS, type AutaLevel, type GoalId, type NeedCategory, type RouteKind } from '../../../shared/content/assessment-model';
import { LANGUAGES, type Language } from '../../../shared/content/languages';
import { REFERRAL_KINDS, type ReferralKind } from '../../../shared/content/referrals';
import { dayFromNumber, type DayRange } from './calendar-day';
import {
  ACCESSIBILITY_FEATURES,
  DURATION_BUCKETS,
  SUPPORT_OUTCOMES,
  type AccessibilityFeature,
  type DurationBucket,
  type SupportOutcome,
} from './support-event';

export interface CategoryCount<K> {
  readonly key: K;
  readonly sessions: number;
}

export interface DayCount {
  readonly day: string;
  readonly sessions: number;
}

export interface SupportReport {
  /** The inclusive range, 'YYYY-MM-DD'. */
  readonly from: string;
  readonly to: string;
  readonly total: number;
  /** Every day of the range, zeros included. */
  readonly perDay: readonly DayCount[];
  /** Hours 0–23 of the session start. */
  readonly byHour: readonly CategoryCount<number>[];
  readonly byDuration: readonly CategoryCount<DurationBucket>[];
  readonly byLanguage: readonly CategoryCount<Language>[];
  readonly byLevel: readonly CategoryCount<AutaLevel | null>[];
  readonly byNeed: readonly CategoryCount<NeedCategory | null>[];
  readonly byGoal: readonly CategoryCount<GoalId | null>[];
  readonly byRoute: readonly CategoryCount<RouteKind | null>[];
  readonly byOutcome: readonly CategoryCount<SupportOutcome>[];
  readonly byReferral: readonly CategoryCount<ReferralKind | null>[];
  /** Sessions that used each feature (a session can count under several). */
  readonly accessibility: readonly CategoryCount<AccessibilityFeature>[];
  readonly assist: { readonly assisted: number; readonly total: number; readonly share: number };
}

/** A row of the daily counts summed over the range: dimension, value, sessions. */
export interface DimensionTotal {
  readonly dimension: string;
  readonly value: string;
  readonly sessions: number;
}

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
const LEVELS: readonly AutaLevel[] = [1, 2, 3, 4];

export function buildReport(range: DayRange, totals: readonly DimensionTotal[], days: readonly { day: number; sessions: number }[]): SupportReport {
  const index = new Map(totals.map((row) => [`${row.dimension}\u0000${row.value}`, row.sessions]));
  const count = (dimension: string, value: string): number => index.get(`${dimension}\u0000${value}`) ?? 0;
  const counts = <K extends string | number>(dimension: string, keys: readonly K[]): CategoryCount<K>[] =>
    keys.map((key) => ({ key, sessions: count(dimension, String(key)) }));
  // Every session has exactly one outcome, so the outcomes sum to the sessions.
  const total = SUPPORT_OUTCOMES.reduce((sum, outcome) => sum + count('outcome', outcome), 0);
  // Only given values are counted; "not given" is what remains of the sessions.
  const withNotGiven = <K extends string | number>(dimension: string, keys: readonly K[]): CategoryCount<K | null>[] => {
    const given = counts(dimension, keys);
    return [...given, { key: null, sessions: total - given.reduce((sum, entry) => sum + entry.sessions, 0) }];
  };

  const perDayIndex = new Map(days.map((row) => [row.day, row.sessions]));
  const perDay: DayCount[] = [];
  for (let day = range.from; day <= range.to; day++) perDay.push({ day: dayFromNumber(day), sessions: perDayIndex.get(day) ?? 0 });

  const assisted = count('assist', '1');
  return {
    from: dayFromNumber(range.from),
    to: dayFromNumber(range.to),
    total,
    perDay,
    byHour: counts('hour', HOURS),
    byDuration: counts('duration', DURATION_BUCKETS),
    byLanguage: counts('language', LANGUAGES),
    byLevel: withNotGiven('level', LEVELS),
    byNeed: withNotGiven('need', NEED_CATEGORIES),
    byGoal: withNotGiven('goal', GOAL_IDS),
    byRoute: withNotGiven('route', ROUTE_KINDS),
    byOutcome: counts('outcome', SUPPORT_OUTCOMES),
    byReferral: withNotGiven('referral', REFERRAL_KINDS),
    accessibility: counts('accessibility', ACCESSIBILITY_FEATURES),
    assist: { assisted, total, share: total === 0 ? 0 : assisted / total },
  };
}
