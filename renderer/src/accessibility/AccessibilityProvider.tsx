import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useActorRef, useSelector } from '@xstate/react';
import type { KioskApi, Snapshot } from '../../../shared/bridge';
import type { AccessibilityEvent } from '../../../shared/machines/accessibility';
import { accessibilityMachine } from '../../../shared/machines/accessibility';
import { AccessibilityPanel } from './AccessibilityPanel';
import { AccessibilityContext } from './context';
import type { AccessibilityContextValue } from './context';
import { panelAllowed } from './panelAllowed';
import { getSpeechStore } from './speechStore';
import { afterSend, afterSnapshot, eventsToAdopt, prefsEqual, startSync } from './sync';
import { useDocumentPrefs } from './useDocumentPrefs';

type AccessibilityProviderProps = {
  readonly kiosk: KioskApi;
  readonly snapshot: Snapshot;
  readonly children: ReactNode;
};

/**
 * Runs the accessibility machine for the client, keeps it in agreement with the host's copy of
 * the preferences (see sync.ts), puts the preferences on the document, and shows the panel as a
 * modal over everything it wraps (which turns inert meanwhile).
 */
export function AccessibilityProvider({ kiosk, snapshot, children }: AccessibilityProviderProps) {
  const hostPrefs = snapshot.client.accessibility;
  const { phase } = snapshot.session;
  // A reloaded UI view starts from what the host holds, so nothing is sent on mount.
  const [initial] = useState(() =>
    accessibilityMachine.resolveState({ value: 'ready', context: { prefs: hostPrefs, panelOpen: false } }),
  );
  const actor = useActorRef(accessibilityMachine, { snapshot: initial });
  const syncRef = useRef(startSync(hostPrefs));

  const commit = useCallback(
    (events: readonly AccessibilityEvent[]) => {
      const before = actor.getSnapshot().context.prefs;
      for (const event of events) actor.send(event);
      const after = actor.getSnapshot().context.prefs;
      if (prefsEqual(before, after)) return;
      syncRef.current = afterSend(syncRef.current, after);
      kiosk.setAccessibility({ prefs: after }).catch(() => console.warn('kiosk command failed: setAccessibility'));
    },
    [actor, kiosk],
  );

  // Adopt what the host changed on its own (reset at the wipe, another view of the session).
  useEffect(() => {
    const { sync, adopt } = afterSnapshot(syncRef.current, hostPrefs);
    syncRef.current = sync;
    if (!adopt) return;
    for (const event of eventsToAdopt(actor.getSnapshot().context.prefs, hostPrefs)) actor.send(event);
  }, [actor, hostPrefs]);

  // The next client starts clean even before the host's reset arrives; reading stops at once.
  useEffect(() => {
    if (phase !== 'wiping') return;
    getSpeechStore().stop();
    actor.send({ type: 'RESET' });
    // Measured from what the host holds now, so its copy of the old client's choices (until
    // its own reset) is not adopted back, while its reset is still seen as a change.
    syncRef.current = startSync(syncRef.current.lastHost);
  }, [actor, phase]);

  const prefs = useSelector(actor, (state) => state.context.prefs);
  const panelOpen = useSelector(actor, (state) => state.context.panelOpen);
  const allowed = panelAllowed(snapshot.session);
  const showPanel = panelOpen && allowed;

  useDocumentPrefs(prefs);

  useEffect(() => {
    if (!prefs.readAloud) getSpeechStore().stop();
  }, [prefs.readAloud]);

  // A host modal (idle warning, end confirmation) takes over; the panel does not come back.
  useEffect(() => {
    if (panelOpen && !allowed) actor.send({ type: 'CLOSE_PANEL' });
  }, [actor, panelOpen, allowed]);

  const value = useMemo<AccessibilityContextValue>(() => ({ actor, commit }), [actor, commit]);

  return (
    <AccessibilityContext.Provider value={value}>
      {/* display: contents, so the wrapper changes no layout; inert keeps the modal modal. */}
      <div className="a11y-scope" inert={showPanel}>
        {children}
      </div>
      {showPanel && <AccessibilityPanel />}
    </AccessibilityContext.Provider>
  );
}
