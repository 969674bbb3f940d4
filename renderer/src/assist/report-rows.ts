import type { StaffReport } from '../../../shared/bridge';
import { LANGUAGES } from '../../../shared/content/languages';
import { isAssistOutcome, guidanceKeys } from '../../../shared/content/worker-guidance';
import { NEED_CATEGORIES, ROUTE_KINDS } from '../../../shared/content/assessment-model';
import { REFERRAL_KINDS } from '../../../shared/content/referrals';

type Counts = StaffReport['byNeed'];

/** Which i18n key names a category of a report dimension; null → "not answered". */
export type CategoryKeyFor = (key: string | number | null) => string;

function among<T extends string>(list: readonly T[], key: unknown): key is T {
  return typeof key === 'string' && (list as readonly string[]).includes(key);
}

/** The label keys of the report's dimensions, so every bar is named in the kiosk's own words. */
export const categoryKeys = {
  need: (key) => (among(NEED_CATEGORIES, key) ? guidanceKeys.needTitle(key) : 'assist.report.notGiven'),
  route: (key) => (among(ROUTE_KINDS, key) ? `assessment.routes.${key}.title` : 'assist.report.notGiven'),
  outcome: (key) => (isAssistOutcome(key) ? guidanceKeys.outcome(key) : key === 'abandoned' ? 'assist.report.outcomeAbandoned' : 'assist.report.notGiven'),
  referral: (key) => (among(REFERRAL_KINDS, key) ? `referrals.kinds.${key}.title` : 'assist.report.notGiven'),
  language: (key) => (among(LANGUAGES, key) ? `assist.report.languages.${key}` : 'assist.report.notGiven'),
} satisfies Record<string, CategoryKeyFor>;

/** Rows for a bar chart: the counts in the report's order, each with its label key. */
export function categoryRows(counts: Counts, keyFor: CategoryKeyFor): { labelKey: string; value: number }[] {
  return counts.map((count) => ({ labelKey: keyFor(count.key), value: count.sessions }));
}
