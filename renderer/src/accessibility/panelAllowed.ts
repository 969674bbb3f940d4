import type { Snapshot } from '../../../shared/bridge';

/**
 * Whether the panel may be on screen: on the welcome screen and in a session, but not under the
 * host's urgent modals (the end confirmation, the idle warning) and not while clearing. Less
 * urgent notices (a blocked page) wait under it: the app's overlay order puts them below.
 */
export function panelAllowed(session: Snapshot['session']): boolean {
  if (session.phase === 'welcome') return true;
  return session.phase === 'active' && session.idleSecondsLeft === null;
}
