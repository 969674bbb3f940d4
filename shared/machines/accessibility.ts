/**
 * The client's accessibility adjustments for one session: the preferences and whether the
 * settings panel is open. The renderer applies the preferences to its own UI and sends them to
 * the host for the content view (`contentCssFor`, `contentZoomFor`).
 *
 * Every event is validated: a SET that does not pass AccessibilityPrefsSchema leaves the
 * preferences as they were, so the context always holds valid preferences. RESET is what the
 * wipe uses: the next client starts from the defaults.
 */
import { assign, setup, type SnapshotFrom } from 'xstate';
import {
  applyEaseWishes,
  DEFAULT_PREFS,
  withPref,
  type AccessibilityPrefs,
  type PrefKey,
} from '../content/accessibility';
import type { EaseId } from '../content/assessment-model';

/** SET is typed per key for callers; the machine still checks it, since events come from UI code. */
export type SetPrefEvent = { [K in PrefKey]: { type: 'SET'; key: K; value: AccessibilityPrefs[K] } }[PrefKey];

export type AccessibilityEvent =
  | { type: 'OPEN_PANEL' }
  | { type: 'CLOSE_PANEL' }
  | SetPrefEvent
  | { type: 'RESET' }
  /** The ease wishes from the self-assessment result. */
  | { type: 'APPLY_WISHES'; easeWishes: readonly EaseId[] };

export interface AccessibilityContext {
  readonly prefs: AccessibilityPrefs;
  readonly panelOpen: boolean;
}

/** The preferences a SET asks for, or null when it does not pass the schema. */
function setPrefs(context: AccessibilityContext, event: AccessibilityEvent): AccessibilityPrefs | null {
  return event.type === 'SET' ? withPref(context.prefs, event.key, event.value) : null;
}

export const accessibilityMachine = setup({
  types: {
    context: {} as AccessibilityContext,
    events: {} as AccessibilityEvent,
  },
  actions: {
    openPanel: assign({ panelOpen: true }),
    closePanel: assign({ panelOpen: false }),
    setPref: assign({ prefs: ({ context, event }) => setPrefs(context, event) ?? context.prefs }),
    reset: assign({ prefs: DEFAULT_PREFS, panelOpen: false }),
    applyWishes: assign({
      prefs: ({ context, event }) =>
        event.type === 'APPLY_WISHES' && Array.isArray(event.easeWishes)
          ? applyEaseWishes(context.prefs, event.easeWishes)
          : context.prefs,
    }),
  },
  guards: {
    validSet: ({ context, event }) => setPrefs(context, event) !== null,
  },
}).createMachine({
  id: 'accessibility',
  context: { prefs: DEFAULT_PREFS, panelOpen: false },
  initial: 'ready',
  states: {
    // One state: everything here is context, and every event is accepted at any time (the
    // assessment result may apply wishes while the panel is closed).
    ready: {
      on: {
        OPEN_PANEL: { actions: 'openPanel' },
        CLOSE_PANEL: { actions: 'closePanel' },
        SET: { guard: 'validSet', actions: 'setPref' },
        RESET: { actions: 'reset' },
        APPLY_WISHES: { actions: 'applyWishes' },
      },
    },
  },
});

export type AccessibilitySnapshot = SnapshotFrom<typeof accessibilityMachine>;
