import type { Snapshot } from '../../../shared/bridge';

/** The one modal that covers the screen, if any. */
export type Overlay = 'endConfirm' | 'idleWarning' | 'accessibility' | 'guidelines' | 'blocked';

/** What the client opened in the UI itself; the host knows nothing of these. */
export interface LocalOverlays {
  /** The full ethics guidelines dialog. */
  readonly guidelines: boolean;
  /** The accessibility settings panel. */
  readonly accessibilityPanel: boolean;
  /**
   * The toolbar's language menu. Not a modal (the rest of the UI stays usable), but it drops
   * down over the area of the content view, which the host draws above the UI.
   */
  readonly languageMenu: boolean;
}

/** What the choice depends on in the host's snapshot. */
export type OverlayFacts = Pick<Snapshot, 'session' | 'content' | 'blocked'>;

export const NO_LOCAL_OVERLAYS: LocalOverlays = { guidelines: false, accessibilityPanel: false, languageMenu: false };

/**
 * Picks the modal to show. Only one is shown at a time, the most urgent first: the end
 * confirmation (the client asked for it), then the idle warning (it ends the session), then
 * what the client opened themselves (accessibility settings, the guidelines), and last the
 * blocked-page notice (it can wait until the client is back). The accessibility panel can
 * also be open on the welcome screen; the guidelines only in a session.
 */
export function pickOverlay(snapshot: OverlayFacts, local: LocalOverlays = NO_LOCAL_OVERLAYS): Overlay | null {
  const { phase, idleSecondsLeft } = snapshot.session;
  if (phase === 'ending') return 'endConfirm';
  if (phase === 'welcome' && local.accessibilityPanel) return 'accessibility';
  if (phase !== 'active') return null;
  if (idleSecondsLeft !== null) return 'idleWarning';
  if (local.accessibilityPanel) return 'accessibility';
  if (local.guidelines) return 'guidelines';
  if (snapshot.blocked !== null) return 'blocked';
  return null;
}

/** Whether the host should show the content view over the content slot. */
export function isContentVisible(snapshot: OverlayFacts, local: LocalOverlays = NO_LOCAL_OVERLAYS): boolean {
  return snapshot.session.phase === 'active' && snapshot.content.host !== null && pickOverlay(snapshot, local) === null && !local.languageMenu;
}
