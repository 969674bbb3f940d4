import { describe, expect, it } from 'vitest';
import type { StaffReport } from '../../../shared/bridge';
import { LANGUAGES } from '../../../shared/content/languages';
import { guidanceMessages } from '../../../shared/content/worker-guidance-texts';
import { resources } from '../i18n/resources';
import { assistMessages } from './messages';
import { categoryKeys, categoryRows } from './report-rows';
import { summaryLabelKeys } from './summary-labels';

type Tree = { readonly [key: string]: unknown };

/** Looks a dotted key up in the app's texts plus this feature's and the guidance texts. */
function lookup(language: (typeof LANGUAGES)[number], key: string): unknown {
  const root: Tree = { ...resources[language].translation, assist: assistMessages[language], guidance: guidanceMessages[language] };
  return key.split('.').reduce<unknown>((node, part) => (node !== null && typeof node === 'object' ? (node as Tree)[part] : undefined), root);
}

describe('label keys of the panel and the report', () => {
  it('name the summary with the words the client saw', () => {
    const keys = summaryLabelKeys({ route: 'authority', withStaff: false, goal: 'tax', level: 2, needCategory: 'internet', referralId: null });
    expect(keys).toEqual({
      route: 'assessment.routes.authority.title',
      goal: 'assessment.questions.goal.options.tax',
      level: 'assessment.questions.level.options.2',
      need: 'assessment.questions.unsure.options.internet',
    });
    for (const lng of LANGUAGES) for (const key of Object.values(keys)) expect(typeof lookup(lng, key ?? ''), `${lng} ${key}`).toBe('string');
    expect(summaryLabelKeys({ route: 'goAhead', withStaff: false, goal: null, level: null, needCategory: null, referralId: null })).toMatchObject({ goal: null, level: null, need: null });
  });

  it('name every category the report can return, in every language', () => {
    const report: Pick<StaffReport, 'byNeed' | 'byRoute' | 'byOutcome' | 'byReferral' | 'byLanguage'> = {
      byNeed: ['device', 'internet', 'service', 'confidence', null].map((key) => ({ key, sessions: 1 })),
      byRoute: ['goAhead', 'askStaff', 'authority', 'learning', 'identification', 'onBehalf', null].map((key) => ({ key, sessions: 1 })),
      byOutcome: ['selfService', 'helped', 'referred', 'notResolved', 'abandoned'].map((key) => ({ key, sessions: 1 })),
      byReferral: ['authority', 'learning', 'identification', 'onBehalf', 'advice', null].map((key) => ({ key, sessions: 1 })),
      byLanguage: LANGUAGES.map((key) => ({ key, sessions: 2 })),
    };
    const pairs = [
      [report.byNeed, categoryKeys.need],
      [report.byRoute, categoryKeys.route],
      [report.byOutcome, categoryKeys.outcome],
      [report.byReferral, categoryKeys.referral],
      [report.byLanguage, categoryKeys.language],
    ] as const;
    for (const [counts, keyFor] of pairs) {
      const rows = categoryRows(counts, keyFor);
      expect(rows).toHaveLength(counts.length);
      expect(new Set(rows.map((row) => row.labelKey)).size, rows.map((r) => r.labelKey).join()).toBe(counts.length);
      for (const lng of LANGUAGES) for (const row of rows) expect(typeof lookup(lng, row.labelKey), `${lng} ${row.labelKey}`).toBe('string');
    }
  });

  it('calls an unknown or missing category "not answered"', () => {
    expect(categoryKeys.need(null)).toBe('assist.report.notGiven');
    expect(categoryKeys.route('somethingNew')).toBe('assist.report.notGiven');
    expect(categoryKeys.outcome(3)).toBe('assist.report.notGiven');
  });
});
