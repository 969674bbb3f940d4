import type { AssessmentSummary } from '../../../shared/bridge';
import type { AssessmentResult, GoalId } from '../../../shared/content/assessment-model';

/**
 * What the host keeps of a result: ids only (AssessmentSummarySchema). The goal is the one
 * the route is about, or the goal the client chose when it names no service ("learn",
 * "other"), so statistics still see why the client came.
 */
export function toSummary(result: AssessmentResult, chosenGoal: GoalId | null): AssessmentSummary {
  return {
    route: result.route,
    withStaff: result.withStaff,
    goal: result.serviceGoal ?? chosenGoal,
    level: result.level,
    needCategory: result.needCategory,
    referralId: result.referralId,
  };
}
