import type { Snapshot } from '../../../shared/bridge';

/** Where the assessment machine is, by its top-level state. */
export type AssessmentState = 'offer' | 'question' | 'result' | 'skipped' | 'done';

/** What the main area of a session shows. */
export type FlowStep = 'ethics' | 'offer' | 'question' | 'result' | 'services';

/**
 * The step to show. The host's snapshot comes first, so a reloaded UI view resumes where the
 * client is (the renderer's machines start afresh then); the assessment machine decides only
 * while the client is inside the questions or reading the result.
 *
 * - Until the host has the acknowledgement, the ethics intro (the host refuses services before it).
 * - A page open in the content view wins over the questions: the client went there (toolbar
 *   Back/Forward), and the flow keeps its place for when they come back home.
 * - The offer is shown while the host has no assessment and the machine has not left it.
 */
export function flowStep(client: Snapshot['client'], contentHost: string | null, assessment: AssessmentState): FlowStep {
  if (!client.ethicsAcknowledged) return 'ethics';
  if (contentHost !== null) return 'services';
  if (assessment === 'question' || assessment === 'result') return assessment;
  if (assessment === 'offer' && client.assessment === null) return 'offer';
  return 'services';
}
