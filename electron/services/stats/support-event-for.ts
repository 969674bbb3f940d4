/**
 * Builds the one anonymous support event of a client session from what the core knows at the
 * wipe. Pure: the clock and the time zone come in as arguments.
 */
import type { AssessmentSummary } from '../../../shared/bridge';
import type { AccessibilityPrefs } from '../../../shared/content/accessibility';
import type { Language } from '../../../shared/content/languages';
import { DEFAULT_REFERRALS, findReferral, type Referral, type ReferralKind } from '../../../shared/content/referrals';
import {
  accessibilityFlags,
  ALL_ACCESSIBILITY_FLAGS,
  durationBucketFor,
  parseSupportEvent,
  type SupportEvent,
  type SupportOutcome,
} from './support-event';

/** Why the client session ended: the client ended it, the idle countdown ran out, or the content crashed. */
export const SESSION_END_REASONS = ['client', 'idle', 'crash'] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

export interface SessionFacts {
  /** When the client started the session (ms since the epoch). */
  readonly startedAt: number;
  readonly language: Language;
  /** The self-assessment summary, 'skipped', or null when the client never reached it. */
  readonly assessment: AssessmentSummary | 'skipped' | null;
  /** The preferences in force at the end of the session. */
  readonly accessibility: AccessibilityPrefs;
  /**
   * Features used earlier in the session and since turned off: the OR of `accessibilityFlags`
   * over every preference change. Optional; the final preferences are always counted.
   */
  readonly accessibilityUsed?: number;
  readonly assistUsed: boolean;
  readonly endedBy: SessionEndReason;
  /** The outcome as recorded by the worker (assist mode) or the client; null or absent when nobody said. */
  readonly outcome?: SupportOutcome | null;
  /** The referral the client was given (a directory id), if any. */
  readonly referralId?: string | null;
}

export interface SupportEventOptions {
  /** IANA zone of the service point; the process's local zone when absent. */
  readonly timeZone?: string;
  /** The directory the referral id is looked up in; the service point may have edited it. */
  readonly directory?: readonly Referral[];
}

/**
 * The outcome when nobody recorded one: a session that ran out on the idle timer without
 * staff was abandoned; otherwise a referral means referred, staff involvement means helped,
 * and a session without either was self-service.
 */
export function inferredOutcome(facts: Pick<SessionFacts, 'endedBy' | 'assistUsed'>, referral: ReferralKind | null): SupportOutcome {
  if (facts.endedBy === 'idle' && !facts.assistUsed) return 'abandoned';
  if (referral !== null) return 'referred';
  return facts.assistUsed ? 'helped' : 'selfService';
}

/** The support event for a session that ends at `now`. Throws when the facts do not make a valid event. */
export function supportEventFor(facts: SessionFacts, now: number, options: SupportEventOptions = {}): SupportEvent {
  const { day, hour } = localDayAndHour(facts.startedAt, options.timeZone);
  const summary = facts.assessment === 'skipped' ? null : facts.assessment;
  const referral = facts.referralId ? findReferral(options.directory ?? DEFAULT_REFERRALS, facts.referralId) : null;
  const referralCategory = referral?.kind ?? null;
  const used = (facts.accessibilityUsed ?? 0) & ALL_ACCESSIBILITY_FLAGS;
  return parseSupportEvent({
    day,
    hour,
    durationBucket: durationBucketFor((now - facts.startedAt) / 1000),
    language: facts.language,
    level: summary?.level ?? null,
    needCategory: summary?.needCategory ?? null,
    goal: summary?.goal ?? null,
    route: summary?.route ?? null,
    accessibility: used | accessibilityFlags(facts.accessibility),
    assistUsed: facts.assistUsed,
    outcome: facts.outcome ?? inferredOutcome(facts, referralCategory),
    referralCategory,
  });
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The calendar day ('YYYY-MM-DD') and hour (0–23) of an instant in a time zone. */
export function localDayAndHour(instant: number, timeZone?: string): { day: string; hour: number } {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}
