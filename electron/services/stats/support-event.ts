/**
 * The anonymous support event: one per client session, written at the wipe, and nothing else
 * about the session is ever stored. Every field is a code from a fixed list, a small number or
 * a flag set, so no field can carry a name, free text or an address (the schema privacy test
 * holds the database to the same rule).
 */
import { z } from 'zod';
import { DEFAULT_PREFS, type AccessibilityPrefs, type PrefKey } from '../../../shared/content/accessibility';
import { GOAL_IDS, NEED_CATEGORIES, ROUTE_KINDS } from '../../../shared/content/assessment-model';
import { LanguageSchema } from '../../../shared/content/languages';
import { ReferralKindSchema } from '../../../shared/content/referrals';
import { isCalendarDay } from './calendar-day';

/** How long the session lasted, in coarse buckets: an exact duration helps re-identify a visit. */
export const DURATION_BUCKETS = ['<2min', '2-5min', '5-15min', '15-30min', '30-60min', '>60min'] as const;
export type DurationBucket = (typeof DURATION_BUCKETS)[number];

/** Upper bounds (exclusive, in seconds) of every bucket but the last. */
const DURATION_LIMITS: readonly (readonly [number, DurationBucket])[] = [
  [2 * 60, '<2min'],
  [5 * 60, '2-5min'],
  [15 * 60, '5-15min'],
  [30 * 60, '15-30min'],
  [60 * 60, '30-60min'],
];

export function durationBucketFor(seconds: number): DurationBucket {
  const safe = Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
  return DURATION_LIMITS.find(([limit]) => safe < limit)?.[1] ?? '>60min';
}

/**
 * How the session ended for the client. `abandoned`: the session ran out on the idle timer and
 * nobody from staff had been involved (the client most likely walked away).
 */
export const SUPPORT_OUTCOMES = ['selfService', 'helped', 'referred', 'notResolved', 'abandoned'] as const;
export type SupportOutcome = (typeof SUPPORT_OUTCOMES)[number];

/**
 * The accessibility features as bits of the `accessibility` integer: feature i is bit 1 << i.
 * The bits are stored, so this list is append-only: never reorder or remove an entry.
 * A test holds it equal to the preference keys, so a new preference needs a decision here.
 */
export const ACCESSIBILITY_FEATURES = [
  'textScale',
  'theme',
  'textSpacing',
  'font',
  'largeCursor',
  'reducedMotion',
  'readAloud',
  'singleTap',
  'onScreenKeyboard',
] as const satisfies readonly PrefKey[];
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number];

// Compile-time half of that check: a preference key without a bit fails here.
const _everyPrefHasABit: [Exclude<PrefKey, AccessibilityFeature>] extends [never] ? true : never = true;

export const ALL_ACCESSIBILITY_FLAGS = (1 << ACCESSIBILITY_FEATURES.length) - 1;

export function accessibilityBit(feature: AccessibilityFeature): number {
  return 1 << ACCESSIBILITY_FEATURES.indexOf(feature);
}

/**
 * The features the client used: every preference that differs from its default (a bigger text
 * scale, a theme other than the default, a font other than the system's, any switch turned on).
 * Sessions OR these together when the client changes settings along the way.
 */
export function accessibilityFlags(prefs: AccessibilityPrefs): number {
  return ACCESSIBILITY_FEATURES.reduce(
    (flags, feature) => (prefs[feature] !== DEFAULT_PREFS[feature] ? flags | accessibilityBit(feature) : flags),
    0,
  );
}

/** The features named by a flag set, in list order. */
export function accessibilityFeaturesOf(flags: number): AccessibilityFeature[] {
  return ACCESSIBILITY_FEATURES.filter((feature) => (flags & accessibilityBit(feature)) !== 0);
}

export const AutaLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const SupportEventSchema = z
  .object({
    /** The service point's calendar day the session started on. */
    day: z.string().refine(isCalendarDay, 'a calendar date YYYY-MM-DD'),
    /** The hour (0–23, local time) the session started in. */
    hour: z.number().int().min(0).max(23),
    durationBucket: z.enum(DURATION_BUCKETS),
    language: LanguageSchema,
    /** AUTA level from the self-assessment; null when not answered. */
    level: AutaLevelSchema.nullable(),
    needCategory: z.enum(NEED_CATEGORIES).nullable(),
    goal: z.enum(GOAL_IDS).nullable(),
    route: z.enum(ROUTE_KINDS).nullable(),
    /** Flags of ACCESSIBILITY_FEATURES used in the session. */
    accessibility: z.number().int().min(0).max(ALL_ACCESSIBILITY_FLAGS),
    assistUsed: z.boolean(),
    outcome: z.enum(SUPPORT_OUTCOMES),
    referralCategory: ReferralKindSchema.nullable(),
  })
  .strict();
export type SupportEvent = z.infer<typeof SupportEventSchema>;

/** A support event that failed the schema; names the fields at fault, never their values. */
export class InvalidSupportEventError extends Error {
  override readonly name = 'InvalidSupportEventError';
}

export function parseSupportEvent(value: unknown): SupportEvent {
  const result = SupportEventSchema.safeParse(value);
  if (!result.success) {
    const fields = [...new Set(result.error.issues.map((issue) => issue.path.join('.') || '(event)'))];
    throw new InvalidSupportEventError(`invalid support event: ${fields.join(', ')}`);
  }
  return result.data;
}
