import type { AssessmentSummary } from '../../../shared/bridge';

/**
 * The i18n keys of a shared self-assessment summary's ids: the labels the client saw in the
 * questions and on the result screen, so the worker reads the same words the client chose.
 * null where the client gave no answer.
 */
export interface SummaryLabelKeys {
  readonly route: string;
  readonly goal: string | null;
  readonly level: string | null;
  readonly need: string | null;
}

export function summaryLabelKeys(summary: AssessmentSummary): SummaryLabelKeys {
  return {
    route: `assessment.routes.${summary.route}.title`,
    goal: summary.goal === null ? null : `assessment.questions.goal.options.${summary.goal}`,
    level: summary.level === null ? null : `assessment.questions.level.options.${summary.level}`,
    need: summary.needCategory === null ? null : `assessment.questions.unsure.options.${summary.needCategory}`,
  };
}
