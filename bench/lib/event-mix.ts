/**
 * Generated anonymous support events for the statistics benchmark: a year of a busy service
 * point, with office hours, mostly Finnish, most clients skipping the self-assessment.
 * Deterministic for a seed, and produced lazily so a million events never sit in memory at once.
 */
import { GOAL_IDS, NEED_CATEGORIES, ROUTE_KINDS } from '../../shared/content/assessment-model';
import { REFERRAL_KINDS } from '../../shared/content/referrals';
import { dayFromNumber, dayNumberOf } from '../../electron/services/stats/calendar-day';
import { ALL_ACCESSIBILITY_FLAGS, DURATION_BUCKETS, SUPPORT_OUTCOMES, type SupportEvent } from '../../electron/services/stats/support-event';
import type { Language } from '../../shared/content/languages';
import { intBetween, pick, seededRandom, type Random } from '../../shared/testing/seeded-random';

export interface YearRange {
  /** 'YYYY-MM-DD', inclusive. */
  readonly from: string;
  readonly to: string;
  readonly days: number;
}

export function yearRange(year: number): YearRange {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const first = dayNumberOf(from);
  const last = dayNumberOf(to);
  if (first === null || last === null) throw new Error(`no such year: ${year}`);
  return { from, to, days: last - first + 1 };
}

const LANGUAGE_WEIGHTS: readonly (readonly [Language, number])[] = [
  ['fi', 0.6],
  ['fi-plain', 0.15],
  ['sv', 0.1],
  ['en', 0.15],
];

function language(random: Random): Language {
  let roll = random();
  for (const [lang, weight] of LANGUAGE_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return lang;
  }
  return 'fi';
}

function maybe<T>(random: Random, list: readonly T[], shareGiven: number): T | null {
  return random() < shareGiven ? pick(random, list) : null;
}

function event(random: Random, firstDay: number, days: number): SupportEvent {
  const assessed = random() < 0.35;
  return {
    day: dayFromNumber(firstDay + Math.floor(random() * days)),
    // Office hours mostly, a few evening clients.
    hour: random() < 0.9 ? intBetween(random, 8, 16) : intBetween(random, 0, 23),
    durationBucket: pick(random, DURATION_BUCKETS),
    language: language(random),
    level: assessed ? pick(random, [1, 2, 3, 4] as const) : null,
    needCategory: assessed ? maybe(random, NEED_CATEGORIES, 0.7) : null,
    goal: assessed ? pick(random, GOAL_IDS) : null,
    route: assessed ? pick(random, ROUTE_KINDS) : null,
    accessibility: random() < 0.8 ? 0 : intBetween(random, 1, ALL_ACCESSIBILITY_FLAGS),
    assistUsed: random() < 0.3,
    outcome: pick(random, SUPPORT_OUTCOMES),
    referralCategory: maybe(random, REFERRAL_KINDS, 0.15),
  };
}

/** `count` events spread over the range's days; call again with the same seed for the same events. */
export function* supportEvents(count: number, range: YearRange, seed = 11): Generator<SupportEvent, void, undefined> {
  const random = seededRandom(seed);
  const firstDay = dayNumberOf(range.from);
  if (firstDay === null) throw new Error(`not a day: ${range.from}`);
  for (let i = 0; i < count; i++) yield event(random, firstDay, range.days);
}

/** Takes up to `size` items off an iterator: lets one generator feed several transactions. */
export function* take<T>(iterator: Iterator<T>, size: number): Generator<T, void, undefined> {
  for (let i = 0; i < size; i++) {
    const next = iterator.next();
    if (next.done === true) return;
    yield next.value;
  }
}
