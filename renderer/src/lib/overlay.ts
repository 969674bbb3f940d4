import type { Snapshot } from '../../../shared/bridge';

/** The one modal that covers the screen, if any. */
export type Overlay = 'endConfirm' | 'idleWarning' | 'accessibility' | 'guidelines' | 'picker' | 'documentsDialog' | 'blocked' | 'documentNotice';

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
  /** The client's documents list, or the confirmation before printing. */
  readonly documentsDialog: boolean;
}

/** What the choice depends on in the host's snapshot. */
export type OverlayFacts = Pick<Snapshot, 'session' | 'content' | 'blocked'> & {
  readonly documents: Pick<Snapshot['documents'], 'picker' | 'notice' | 'viewing'>;
};

export const NO_LOCAL_OVERLAYS: LocalOverlays = { guidelines: false, accessibilityPanel: false, languageMenu: false, documentsDialog: false };

/**
 * Picks the modal to show. Only one is shown at a time, the most urgent first: the end
 * confirmation (the client asked for it), then the idle warning (it ends the session), then
 * the document picker (the e-service waits on it, and the client just asked for it), then
 * what the client opened themselves (accessibility settings, the guidelines, documents and
 * printing), and last the notices (a blocked page, a refused file: they can wait until the
 * client is back). The accessibility panel can also be open on the welcome screen; the rest only
 * in a session.
 */
export function pickOverlay(snapshot: OverlayFacts, local: LocalOverlays = NO_LOCAL_OVERLAYS): Overlay | null {
  const { phase, idleSecondsLeft } = snapshot.session;
  if (phase === 'ending') return 'endConfirm';
  if (phase === 'welcome' && local.accessibilityPanel) return 'accessibility';
  if (phase !== 'active') return null;
  if (idleSecondsLeft !== null) return 'idleWarning';
  if (snapshot.documents.picker !== null) return 'picker';
  if (local.accessibilityPanel) return 'accessibility';
  if (local.guidelines) return 'guidelines';
  if (local.documentsDialog) return 'documentsDialog';
  if (snapshot.blocked !== null) return 'blocked';
  if (snapshot.documents.notice !== null) return 'documentNotice';
  return null;
}

/** Whether the host should show the content view over the content slot. */
export function isContentVisible(snapshot: OverlayFacts, local: LocalOverlays = NO_LOCAL_OVERLAYS): boolean {
  return (
    snapshot.session.phase === 'active' &&
    snapshot.content.host !== null &&
    // The document viewer takes the content's place.
    snapshot.documents.viewing === null &&
    pickOverlay(snapshot, local) === null &&
    !local.languageMenu
  );
}
