/**
 * The ethics step: the client reads what to expect here and acknowledges it before the first
 * service opens; the full guidelines (client and supporter side) can be opened at any time.
 *
 *   flow.intro ──ACKNOWLEDGE──▶ flow.acknowledged
 *        ╲                          ╱
 *   OPEN_GUIDELINES (from anywhere) ▶ guidelines ──CLOSE_GUIDELINES──▶ flow.history
 *
 * `flow` wraps the two gating states so that a history state can bring the client back to
 * exactly where they opened the guidelines from: a history state remembers its parent's
 * children only when that parent is exited, and the machine root is never exited.
 *
 * `acknowledged` is where the gating ends, but it is not an XState final state: a final root
 * state would stop the actor, and the guidelines must stay reachable for the whole session.
 * The machine emits nothing; the renderer reads the snapshot (see `ethicsView`).
 */
import { assign, setup, type SnapshotFrom } from 'xstate';
import { isGuidelineTab, type GuidelineTab } from '../content/ethics';

export type EthicsEvent =
  | { type: 'ACKNOWLEDGE' }
  /** Without a tab the guidelines open on the tab shown last (the client tab at first). */
  | { type: 'OPEN_GUIDELINES'; tab?: GuidelineTab }
  | { type: 'SHOW_TAB'; tab: GuidelineTab }
  | { type: 'CLOSE_GUIDELINES' };

export interface EthicsContext {
  /** True once the client has acknowledged the what-to-expect points; never goes back. */
  readonly acknowledged: boolean;
  /** The guidelines tab shown (kept while the guidelines are closed). */
  readonly tab: GuidelineTab;
}

/** The tab an event asks for, or the current one when it asks for none or for an unknown one. */
function requestedTab(context: EthicsContext, event: EthicsEvent): GuidelineTab {
  if ((event.type === 'OPEN_GUIDELINES' || event.type === 'SHOW_TAB') && isGuidelineTab(event.tab)) return event.tab;
  return context.tab;
}

export const ethicsMachine = setup({
  types: {
    context: {} as EthicsContext,
    events: {} as EthicsEvent,
  },
  actions: {
    markAcknowledged: assign({ acknowledged: true }),
    setTab: assign({ tab: ({ context, event }) => requestedTab(context, event) }),
  },
  guards: {
    // Events come from UI code; a stray tab value is ignored rather than stored.
    validTab: ({ event }) => event.type === 'SHOW_TAB' && isGuidelineTab(event.tab),
  },
}).createMachine({
  id: 'ethics',
  context: { acknowledged: false, tab: 'client' },
  initial: 'flow',
  states: {
    flow: {
      initial: 'intro',
      states: {
        intro: {
          on: { ACKNOWLEDGE: { target: 'acknowledged', actions: 'markAcknowledged' } },
        },
        acknowledged: {},
        history: { type: 'history', history: 'shallow' },
      },
      on: {
        OPEN_GUIDELINES: { target: '#ethics.guidelines', actions: 'setTab' },
      },
    },
    guidelines: {
      on: {
        // Already open: only switch the tab, if one is asked for.
        OPEN_GUIDELINES: { actions: 'setTab' },
        SHOW_TAB: { guard: 'validTab', actions: 'setTab' },
        CLOSE_GUIDELINES: { target: '#ethics.flow.history' },
      },
    },
  },
});

export type EthicsSnapshot = SnapshotFrom<typeof ethicsMachine>;

/** What the renderer draws: the three screens of the step. */
export type EthicsView = 'intro' | 'acknowledged' | 'guidelines';

export function ethicsView(snapshot: EthicsSnapshot): EthicsView {
  if (snapshot.matches('guidelines')) return 'guidelines';
  return snapshot.matches({ flow: 'acknowledged' }) ? 'acknowledged' : 'intro';
}

/** The gate the renderer checks before opening the first service. */
export function isEthicsAcknowledged(snapshot: EthicsSnapshot): boolean {
  return snapshot.context.acknowledged;
}
