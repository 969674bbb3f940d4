import type { AssessmentSummary, Snapshot } from '../../../shared/bridge';
import type { AssistLocalState } from './local-state';

type AssistFacts = Pick<Snapshot, 'assist' | 'client'>;

/** The summary the client could share, or null when there is nothing to ask about. */
export function shareableSummary(snapshot: Pick<Snapshot, 'client'>): AssessmentSummary | null {
  const assessment = snapshot.client.assessment;
  return assessment === null || assessment === 'skipped' ? null : assessment;
}

/** Which of assist's modals is up, if any; one at a time, the worker's PIN entry first. */
export type AssistModal = 'pinPad' | 'report' | 'referralCard' | 'shareConsent' | 'helpSign';

export function assistModal(snapshot: AssistFacts, local: AssistLocalState): AssistModal | null {
  const { mode, helpRequested, shareConsent } = snapshot.assist;
  if (mode === 'pinEntry' || mode === 'checking') return 'pinPad';
  if (mode === 'on') {
    if (local.reportOpen) return 'report';
    if (local.referralCardId !== null) return 'referralCard';
    // The client answers on screen before the worker sees anything of the summary.
    if (shareConsent === 'unasked' && shareableSummary(snapshot) !== null) return 'shareConsent';
    return null;
  }
  return helpRequested ? 'helpSign' : null;
}

/**
 * Whether assist draws something that must hide the content view. The banner, the worker panel
 * and the privacy bar sit beside the content (the client logs in during the privacy moment),
 * so only the modals count.
 */
export function assistCoversContent(snapshot: AssistFacts, local: AssistLocalState): boolean {
  return assistModal(snapshot, local) !== null;
}

/** Whether the worker panel is drawn (the lead narrows the content by WORKER_PANEL_WIDTH). */
export function workerPanelShown(snapshot: Pick<Snapshot, 'assist'>): boolean {
  return snapshot.assist.mode === 'on' && snapshot.assist.panelVisible;
}
