import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths, getSimplePaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { GuidelineTab } from '../content/ethics';
import { ethicsMachine, ethicsView, isEthicsAcknowledged, type EthicsEvent, type EthicsSnapshot, type EthicsView } from './ethics';

function start(...events: EthicsEvent[]) {
  const actor = createActor(ethicsMachine).start();
  for (const event of events) actor.send(event);
  return actor;
}

/** The whole event vocabulary, including a tab value the UI should never send. */
const EVENTS: EthicsEvent[] = [
  { type: 'ACKNOWLEDGE' },
  { type: 'OPEN_GUIDELINES' },
  { type: 'OPEN_GUIDELINES', tab: 'client' },
  { type: 'OPEN_GUIDELINES', tab: 'supporter' },
  { type: 'SHOW_TAB', tab: 'client' },
  { type: 'SHOW_TAB', tab: 'supporter' },
  { type: 'SHOW_TAB', tab: 'staff' as GuidelineTab },
  { type: 'CLOSE_GUIDELINES' },
];

interface Expected {
  readonly view: EthicsView;
  readonly acknowledged: boolean;
  readonly tab: GuidelineTab;
}

/** A hand-written model of the step, folded over the events, to check the machine against. */
function expectedAfter(events: readonly EthicsEvent[]): Expected {
  let state: Expected & { readonly returnTo: EthicsView } = { view: 'intro', acknowledged: false, tab: 'client', returnTo: 'intro' };
  const isTab = (tab: unknown): tab is GuidelineTab => tab === 'client' || tab === 'supporter';
  for (const event of events) {
    const guidelinesOpen = state.view === 'guidelines';
    if (event.type === 'ACKNOWLEDGE' && state.view === 'intro') state = { ...state, view: 'acknowledged', acknowledged: true };
    if (event.type === 'OPEN_GUIDELINES') {
      state = {
        ...state,
        view: 'guidelines',
        tab: isTab(event.tab) ? event.tab : state.tab,
        returnTo: guidelinesOpen ? state.returnTo : state.view,
      };
    }
    if (event.type === 'SHOW_TAB' && guidelinesOpen && isTab(event.tab)) state = { ...state, tab: event.tab };
    if (event.type === 'CLOSE_GUIDELINES' && guidelinesOpen) state = { ...state, view: state.returnTo };
  }
  const { returnTo: _returnTo, ...expected } = state;
  return expected;
}

function observed(snapshot: EthicsSnapshot): Expected {
  return { view: ethicsView(snapshot), acknowledged: isEthicsAcknowledged(snapshot), tab: snapshot.context.tab };
}

describe('ethics machine, event by event', () => {
  it('starts on the what-to-expect points, not acknowledged, on the client tab', () => {
    const snapshot = start().getSnapshot();
    expect(snapshot.value).toEqual({ flow: 'intro' });
    expect(observed(snapshot)).toEqual({ view: 'intro', acknowledged: false, tab: 'client' });
    expect(snapshot.status).toBe('active');
  });

  it('ACKNOWLEDGE opens the gate and keeps the machine running', () => {
    const snapshot = start({ type: 'ACKNOWLEDGE' }).getSnapshot();
    expect(observed(snapshot)).toMatchObject({ view: 'acknowledged', acknowledged: true });
    expect(snapshot.status).toBe('active');
    expect(start({ type: 'ACKNOWLEDGE' }, { type: 'ACKNOWLEDGE' }).getSnapshot().context.acknowledged).toBe(true);
  });

  it('OPEN_GUIDELINES opens them from the intro, on the tab asked for', () => {
    expect(observed(start({ type: 'OPEN_GUIDELINES' }).getSnapshot())).toEqual({ view: 'guidelines', acknowledged: false, tab: 'client' });
    expect(start({ type: 'OPEN_GUIDELINES', tab: 'supporter' }).getSnapshot().context.tab).toBe('supporter');
  });

  it('OPEN_GUIDELINES opens them after acknowledging too, and again while open only switches the tab', () => {
    const actor = start({ type: 'ACKNOWLEDGE' }, { type: 'OPEN_GUIDELINES' });
    expect(ethicsView(actor.getSnapshot())).toBe('guidelines');
    actor.send({ type: 'OPEN_GUIDELINES', tab: 'supporter' });
    expect(observed(actor.getSnapshot())).toEqual({ view: 'guidelines', acknowledged: true, tab: 'supporter' });
  });

  it('SHOW_TAB switches tabs inside the guidelines and ignores unknown tabs', () => {
    const actor = start({ type: 'OPEN_GUIDELINES' }, { type: 'SHOW_TAB', tab: 'supporter' });
    expect(actor.getSnapshot().context.tab).toBe('supporter');
    actor.send({ type: 'SHOW_TAB', tab: 'staff' as GuidelineTab });
    expect(actor.getSnapshot().context.tab).toBe('supporter');
    actor.send({ type: 'SHOW_TAB', tab: 'client' });
    expect(actor.getSnapshot().context.tab).toBe('client');
  });

  it('SHOW_TAB and CLOSE_GUIDELINES do nothing while the guidelines are closed', () => {
    const actor = start({ type: 'SHOW_TAB', tab: 'supporter' }, { type: 'CLOSE_GUIDELINES' });
    expect(observed(actor.getSnapshot())).toEqual({ view: 'intro', acknowledged: false, tab: 'client' });
  });

  it('CLOSE_GUIDELINES returns to the intro when opened from there, keeping the tab for next time', () => {
    const actor = start({ type: 'OPEN_GUIDELINES', tab: 'supporter' }, { type: 'CLOSE_GUIDELINES' });
    expect(observed(actor.getSnapshot())).toEqual({ view: 'intro', acknowledged: false, tab: 'supporter' });
    actor.send({ type: 'OPEN_GUIDELINES' });
    expect(actor.getSnapshot().context.tab).toBe('supporter');
  });

  it('CLOSE_GUIDELINES returns to acknowledged when opened from there', () => {
    const actor = start({ type: 'ACKNOWLEDGE' }, { type: 'OPEN_GUIDELINES' }, { type: 'CLOSE_GUIDELINES' });
    expect(actor.getSnapshot().value).toEqual({ flow: 'acknowledged' });
  });

  it('ACKNOWLEDGE is ignored while the guidelines are open: the gate opens only from the intro', () => {
    const actor = start({ type: 'OPEN_GUIDELINES' }, { type: 'ACKNOWLEDGE' });
    expect(observed(actor.getSnapshot())).toMatchObject({ view: 'guidelines', acknowledged: false });
    actor.send({ type: 'CLOSE_GUIDELINES' });
    expect(observed(actor.getSnapshot())).toMatchObject({ view: 'intro', acknowledged: false });
  });
});

describe('ethics machine, every path (@xstate/graph)', () => {
  const options = { events: EVENTS };

  it('reaches exactly the eight combinations of view, acknowledgement and tab', () => {
    const states = getShortestPaths(ethicsMachine, options).map((path) => JSON.stringify(observed(path.state)));
    expect(new Set(states).size).toBe(8);
    expect(states).toHaveLength(8);
  });

  it('agrees with the hand-written model and with a live actor on every simple path', () => {
    const paths = getSimplePaths(ethicsMachine, options);
    expect(paths.length).toBeGreaterThan(50);
    for (const path of paths) {
      const events = path.steps.slice(1).map((step) => step.event);
      const live = start(...events).getSnapshot();
      const label = events.map((event) => JSON.stringify(event)).join(' → ');
      expect(observed(path.state), label).toEqual(expectedAfter(events));
      expect(observed(live), label).toEqual(observed(path.state));
      expect(live.value, label).toEqual(path.state.value);
    }
  });

  it('acknowledges only on a path with ACKNOWLEDGE taken from the intro', () => {
    for (const path of getSimplePaths(ethicsMachine, options)) {
      const acknowledgedFromIntro = path.steps.some(
        (step, i) => step.event.type === 'ACKNOWLEDGE' && i > 0 && ethicsView(path.steps[i - 1]?.state as EthicsSnapshot) === 'intro',
      );
      expect(isEthicsAcknowledged(path.state)).toBe(acknowledgedFromIntro);
    }
  });

  it('every edge keeps the gate one-way and CLOSE_GUIDELINES never lands in the guidelines', () => {
    const edges = adjacencyMapToArray(getAdjacencyMap(ethicsMachine, options));
    expect(edges.length).toBe(8 * EVENTS.length);
    for (const { state, event, nextState } of edges) {
      if (state.context.acknowledged) expect(nextState.context.acknowledged).toBe(true);
      if (!state.context.acknowledged && nextState.context.acknowledged) {
        expect(event.type).toBe('ACKNOWLEDGE');
        expect(ethicsView(state)).toBe('intro');
      }
      if (event.type === 'CLOSE_GUIDELINES') expect(ethicsView(nextState)).not.toBe('guidelines');
      if (event.type === 'OPEN_GUIDELINES') expect(ethicsView(nextState)).toBe('guidelines');
      expect(nextState.status).toBe('active');
    }
  });
});
