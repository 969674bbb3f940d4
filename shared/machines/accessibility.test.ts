import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { AccessibilityPrefsSchema, DEFAULT_PREFS, type AccessibilityPrefs } from '../content/accessibility';
import type { EaseId } from '../content/assessment-model';
import { accessibilityMachine, type AccessibilityEvent } from './accessibility';

function start(...events: AccessibilityEvent[]) {
  const actor = createActor(accessibilityMachine).start();
  for (const event of events) actor.send(event);
  return actor;
}

/** Events UI code should never send, typed loosely on purpose. */
const loose = (event: Record<string, unknown>) => event as unknown as AccessibilityEvent;

describe('accessibility machine, event by event', () => {
  it('starts from the defaults with the panel closed', () => {
    expect(start().getSnapshot().context).toEqual({ prefs: DEFAULT_PREFS, panelOpen: false });
  });

  it('OPEN_PANEL and CLOSE_PANEL toggle the panel and nothing else', () => {
    const actor = start({ type: 'OPEN_PANEL' });
    expect(actor.getSnapshot().context).toEqual({ prefs: DEFAULT_PREFS, panelOpen: true });
    actor.send({ type: 'OPEN_PANEL' });
    expect(actor.getSnapshot().context.panelOpen).toBe(true);
    actor.send({ type: 'CLOSE_PANEL' });
    expect(actor.getSnapshot().context).toEqual({ prefs: DEFAULT_PREFS, panelOpen: false });
  });

  it('SET changes one valid preference, panel open or not', () => {
    const actor = start({ type: 'SET', key: 'textScale', value: 1.75 }, { type: 'SET', key: 'theme', value: 'lightHighContrast' });
    actor.send({ type: 'SET', key: 'onScreenKeyboard', value: true });
    expect(actor.getSnapshot().context.prefs).toEqual({ ...DEFAULT_PREFS, textScale: 1.75, theme: 'lightHighContrast', onScreenKeyboard: true });
    actor.send({ type: 'SET', key: 'onScreenKeyboard', value: false });
    expect(actor.getSnapshot().context.prefs.onScreenKeyboard).toBe(false);
  });

  it.each([
    ['a text scale off the list', loose({ type: 'SET', key: 'textScale', value: 1.1 })],
    ['a text scale above 200 %', loose({ type: 'SET', key: 'textScale', value: 4 })],
    ['an unknown theme', loose({ type: 'SET', key: 'theme', value: 'pink' })],
    ['a string for a boolean', loose({ type: 'SET', key: 'readAloud', value: 'yes' })],
    ['no value', loose({ type: 'SET', key: 'singleTap' })],
    ['an unknown key', loose({ type: 'SET', key: 'zoom', value: 2 })],
    ['a prototype key', loose({ type: 'SET', key: '__proto__', value: { readAloud: true } })],
  ])('SET with %s is ignored', (_label, event) => {
    const actor = start({ type: 'SET', key: 'font', value: 'atkinson' });
    const before = actor.getSnapshot().context;
    expect(() => actor.send(event)).not.toThrow();
    expect(actor.getSnapshot().context).toEqual(before);
    expect(AccessibilityPrefsSchema.safeParse(actor.getSnapshot().context.prefs).success).toBe(true);
  });

  it('RESET goes back to the defaults and closes the panel (the wipe)', () => {
    const actor = start(
      { type: 'OPEN_PANEL' },
      { type: 'SET', key: 'textScale', value: 2 },
      { type: 'APPLY_WISHES', easeWishes: ['contrast', 'readAloud'] },
      { type: 'RESET' },
    );
    expect(actor.getSnapshot().context).toEqual({ prefs: DEFAULT_PREFS, panelOpen: false });
  });

  it('APPLY_WISHES turns the wishes into settings without undoing the client’s own choices', () => {
    expect(start({ type: 'APPLY_WISHES', easeWishes: ['biggerText', 'contrast', 'readAloud'] }).getSnapshot().context.prefs).toEqual({
      ...DEFAULT_PREFS,
      textScale: 1.5,
      theme: 'darkHighContrast',
      readAloud: true,
    });
    const chosen = start(
      { type: 'SET', key: 'textScale', value: 2 },
      { type: 'SET', key: 'theme', value: 'yellowOnBlack' },
      { type: 'APPLY_WISHES', easeWishes: ['biggerText', 'contrast'] },
    );
    expect(chosen.getSnapshot().context.prefs).toMatchObject({ textScale: 2, theme: 'yellowOnBlack', readAloud: false });
  });

  it('APPLY_WISHES ignores unknown wishes and a malformed event', () => {
    const actor = start(loose({ type: 'APPLY_WISHES', easeWishes: ['louder'] }), loose({ type: 'APPLY_WISHES', easeWishes: 'contrast' }));
    actor.send(loose({ type: 'APPLY_WISHES' }));
    expect(actor.getSnapshot().context.prefs).toEqual(DEFAULT_PREFS);
  });

  it('never shares the defaults object with a changed context', () => {
    const actor = start({ type: 'SET', key: 'readAloud', value: true });
    expect(DEFAULT_PREFS.readAloud).toBe(false);
    actor.send({ type: 'RESET' });
    expect(actor.getSnapshot().context.prefs).toEqual(DEFAULT_PREFS);
  });
});

// ── Every path ───────────────────────────────────────────────────────────────────────────

/**
 * A bounded vocabulary: the state key is the whole context, so the values offered decide how
 * many states there are (4 text scales × 3 themes × spacing × reading aloud × panel = 96).
 */
const EVENTS: AccessibilityEvent[] = [
  { type: 'OPEN_PANEL' },
  { type: 'CLOSE_PANEL' },
  { type: 'RESET' },
  { type: 'SET', key: 'textScale', value: 1 },
  { type: 'SET', key: 'textScale', value: 1.25 },
  { type: 'SET', key: 'textScale', value: 2 },
  { type: 'SET', key: 'theme', value: 'yellowOnBlack' },
  { type: 'SET', key: 'textSpacing', value: true },
  { type: 'SET', key: 'textSpacing', value: false },
  { type: 'SET', key: 'readAloud', value: false },
  loose({ type: 'SET', key: 'textScale', value: 1.1 }),
  loose({ type: 'SET', key: 'theme', value: 'pink' }),
  loose({ type: 'SET', key: 'readAloud', value: 'yes' }),
  loose({ type: 'SET', key: 'zoom', value: 2 }),
  { type: 'APPLY_WISHES', easeWishes: ['biggerText', 'contrast', 'readAloud'] },
  { type: 'APPLY_WISHES', easeWishes: ['biggerText'] },
  { type: 'APPLY_WISHES', easeWishes: ['readAloud'] },
  { type: 'APPLY_WISHES', easeWishes: ['contrast'] },
  { type: 'APPLY_WISHES', easeWishes: [] },
  loose({ type: 'APPLY_WISHES', easeWishes: ['bogus'] }),
];

interface Expected {
  prefs: AccessibilityPrefs;
  panelOpen: boolean;
}

/** A hand-written model of the machine, folded over the events, to check it against. */
function expectedAfter(events: readonly AccessibilityEvent[]): Expected {
  let state: Expected = { prefs: { ...DEFAULT_PREFS }, panelOpen: false };
  const allowed: Record<string, readonly unknown[]> = {
    textScale: [1, 1.25, 1.5, 1.75, 2],
    theme: ['default', 'darkHighContrast', 'yellowOnBlack', 'lightHighContrast'],
    textSpacing: [true, false],
    readAloud: [true, false],
  };
  for (const event of events) {
    if (event.type === 'OPEN_PANEL') state = { ...state, panelOpen: true };
    if (event.type === 'CLOSE_PANEL') state = { ...state, panelOpen: false };
    if (event.type === 'RESET') state = { prefs: { ...DEFAULT_PREFS }, panelOpen: false };
    if (event.type === 'SET' && allowed[event.key]?.includes(event.value)) state = { ...state, prefs: { ...state.prefs, [event.key]: event.value } };
    if (event.type === 'APPLY_WISHES') {
      const wishes: readonly string[] = event.easeWishes;
      const prefs = { ...state.prefs };
      if (wishes.includes('biggerText') && prefs.textScale < 1.5) prefs.textScale = 1.5;
      if (wishes.includes('contrast') && prefs.theme === 'default') prefs.theme = 'darkHighContrast';
      if (wishes.includes('readAloud')) prefs.readAloud = true;
      state = { ...state, prefs };
    }
  }
  return state;
}

describe('accessibility machine, every path (@xstate/graph)', () => {
  const options = { events: EVENTS };
  const paths = getShortestPaths(accessibilityMachine, options);

  it('reaches every combination the vocabulary allows', () => {
    expect(paths).toHaveLength(4 * 3 * 2 * 2 * 2);
  });

  it('holds valid preferences on every path, agreeing with the model and a live actor', () => {
    const broken = paths.flatMap((path) => {
      const events = path.steps.slice(1).map((step) => step.event);
      const { context } = path.state;
      const live = start(...events).getSnapshot().context;
      const problems: string[] = [];
      if (!AccessibilityPrefsSchema.safeParse(context.prefs).success) problems.push('invalid prefs');
      if (JSON.stringify(context) !== JSON.stringify(expectedAfter(events))) problems.push('differs from the model');
      if (JSON.stringify(live) !== JSON.stringify(context)) problems.push('differs from a live actor');
      return problems.map((problem) => `${problem}: ${events.map((event) => JSON.stringify(event)).join(' → ')}`);
    });
    expect(broken).toEqual([]);
  });

  it('changes preferences only as each event allows, on every edge', () => {
    const edges = adjacencyMapToArray(getAdjacencyMap(accessibilityMachine, options));
    expect(edges).toHaveLength(paths.length * EVENTS.length);
    const changedKeys = (before: AccessibilityPrefs, after: AccessibilityPrefs) =>
      (Object.keys(before) as (keyof AccessibilityPrefs)[]).filter((key) => before[key] !== after[key]);
    const broken = edges.filter(({ state, event, nextState }) => {
      const before = state.context.prefs;
      const after = nextState.context.prefs;
      const changed = changedKeys(before, after);
      if (!AccessibilityPrefsSchema.safeParse(after).success) return true;
      switch (event.type) {
        case 'OPEN_PANEL':
        case 'CLOSE_PANEL':
          return changed.length > 0 || nextState.context.panelOpen !== (event.type === 'OPEN_PANEL');
        case 'RESET':
          return JSON.stringify(nextState.context) !== JSON.stringify({ prefs: DEFAULT_PREFS, panelOpen: false });
        case 'SET':
          return changed.some((key) => key !== event.key) || nextState.context.panelOpen !== state.context.panelOpen;
        case 'APPLY_WISHES': {
          const wishes: readonly EaseId[] = Array.isArray(event.easeWishes) ? event.easeWishes : [];
          return (
            changed.some((key) => !['textScale', 'theme', 'readAloud'].includes(key)) ||
            after.textScale < before.textScale ||
            (before.readAloud && !after.readAloud) ||
            (before.theme !== 'default' && after.theme !== before.theme) ||
            (changed.includes('textScale') && !wishes.includes('biggerText')) ||
            (changed.includes('theme') && !wishes.includes('contrast')) ||
            (changed.includes('readAloud') && !wishes.includes('readAloud'))
          );
        }
      }
    });
    expect(broken.map(({ state, event }) => `${JSON.stringify(state.context)} ${JSON.stringify(event)}`)).toEqual([]);
  });
});

