import { createContext, useContext, useMemo } from 'react';
import { useSelector } from '@xstate/react';
import type { Actor } from 'xstate';
import type { AccessibilityPrefs, PrefKey } from '../../../shared/content/accessibility';
import type { EaseId } from '../../../shared/content/assessment-model';
import type { accessibilityMachine, AccessibilityEvent, SetPrefEvent } from '../../../shared/machines/accessibility';

export interface AccessibilityContextValue {
  readonly actor: Actor<typeof accessibilityMachine>;
  /** Sends events that may change the preferences, and tells the host when they did. */
  readonly commit: (events: readonly AccessibilityEvent[]) => void;
}

export const AccessibilityContext = createContext<AccessibilityContextValue | null>(null);

export interface Accessibility {
  readonly prefs: AccessibilityPrefs;
  readonly panelOpen: boolean;
  readonly openPanel: () => void;
  readonly closePanel: () => void;
  readonly set: <K extends PrefKey>(key: K, value: AccessibilityPrefs[K]) => void;
  /** Back to the defaults; the panel stays open if it was (so the client sees what happened). */
  readonly reset: () => void;
  /** The wishes from the self-assessment ("bigger text", "more contrast", "read aloud"). */
  readonly applyWishes: (wishes: readonly EaseId[]) => void;
}

/** The client's preferences and what can be done with them; inside AccessibilityProvider only. */
export function useAccessibility(): Accessibility {
  const context = useContext(AccessibilityContext);
  if (context === null) throw new Error('useAccessibility outside AccessibilityProvider');
  const { actor, commit } = context;
  const prefs = useSelector(actor, (snapshot) => snapshot.context.prefs);
  const panelOpen = useSelector(actor, (snapshot) => snapshot.context.panelOpen);

  return useMemo<Accessibility>(
    () => ({
      prefs,
      panelOpen,
      openPanel: () => actor.send({ type: 'OPEN_PANEL' }),
      closePanel: () => actor.send({ type: 'CLOSE_PANEL' }),
      set: (key, value) => {
        // TS cannot tie a generic key to its value inside the SET union; the call signature does.
        commit([{ type: 'SET', key, value } as SetPrefEvent]);
      },
      reset: () => {
        const wasOpen = actor.getSnapshot().context.panelOpen;
        // The machine's RESET also closes the panel (right for the wipe, not for this button).
        commit(wasOpen ? [{ type: 'RESET' }, { type: 'OPEN_PANEL' }] : [{ type: 'RESET' }]);
      },
      applyWishes: (wishes) => commit([{ type: 'APPLY_WISHES', easeWishes: wishes }]),
    }),
    [actor, commit, prefs, panelOpen],
  );
}
