import type { Snapshot } from '../../../shared/bridge';

/** The one modal that covers the screen, if any. */
export type Overlay = 'endConfirm' | 'idleWarning' | 'blocked';

/**
 * Picks the modal to show. Only one is shown at a time, the most urgent first: the end
 * confirmation (the client asked for it), then the idle warning (it ends the session), then
 * the blocked-page notice (it can wait until the client is back).
 */
export function pickOverlay(snapshot: Snapshot): Overlay | null {
  const { phase, idleSecondsLeft } = snapshot.session;
  if (phase === 'ending') return 'endConfirm';
  if (phase !== 'active') return null;
  if (idleSecondsLeft !== null) return 'idleWarning';
  if (snapshot.blocked !== null) return 'blocked';
  return null;
}

/** Whether the host should show the content view over the content slot. */
export function isContentVisible(snapshot: Snapshot): boolean {
  return snapshot.session.phase === 'active' && snapshot.content.host !== null && pickOverlay(snapshot) === null;
}
