import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { DEFAULT_PREFS } from '../../../shared/content/accessibility';
import type { AccessibilityPrefs } from '../../../shared/content/accessibility';
import { accessibilityMachine } from '../../../shared/machines/accessibility';
import { afterSend, afterSnapshot, eventsToAdopt, prefsEqual, startSync } from './sync';

const big: AccessibilityPrefs = { ...DEFAULT_PREFS, textScale: 2 };
const bigDark: AccessibilityPrefs = { ...big, theme: 'darkHighContrast' };
const other: AccessibilityPrefs = { ...DEFAULT_PREFS, font: 'atkinson', largeCursor: true };

describe('prefsEqual', () => {
  it('compares by value', () => {
    expect(prefsEqual({ ...DEFAULT_PREFS }, DEFAULT_PREFS)).toBe(true);
    expect(prefsEqual(big, DEFAULT_PREFS)).toBe(false);
    expect(prefsEqual({ ...DEFAULT_PREFS, singleTap: true }, DEFAULT_PREFS)).toBe(false);
  });
});

describe('eventsToAdopt', () => {
  /** Runs the events on the real machine, from `from` with the panel as given. */
  function adopt(from: AccessibilityPrefs, to: AccessibilityPrefs, panelOpen: boolean) {
    const actor = createActor(accessibilityMachine, {
      snapshot: accessibilityMachine.resolveState({ value: 'ready', context: { prefs: from, panelOpen } }),
    }).start();
    for (const event of eventsToAdopt(from, to)) actor.send(event);
    return actor.getSnapshot().context;
  }

  it('sends nothing when already equal', () => {
    expect(eventsToAdopt(big, { ...big })).toEqual([]);
  });

  it('resets to the defaults with RESET, which also closes the panel (the wipe)', () => {
    expect(eventsToAdopt(bigDark, DEFAULT_PREFS)).toEqual([{ type: 'RESET' }]);
    expect(adopt(bigDark, DEFAULT_PREFS, true)).toEqual({ prefs: DEFAULT_PREFS, panelOpen: false });
  });

  it('sets only the settings that differ, leaving the panel as it is', () => {
    expect(eventsToAdopt(big, bigDark)).toEqual([{ type: 'SET', key: 'theme', value: 'darkHighContrast' }]);
    const result = adopt(bigDark, other, true);
    expect(result.prefs).toEqual(other);
    expect(result.panelOpen).toBe(true);
  });
});

describe('host sync', () => {
  it('adopts nothing while the host repeats what it had (snapshots come every second)', () => {
    const sync = startSync(big);
    expect(afterSnapshot(sync, { ...big })).toEqual({ sync, adopt: false });
  });

  it("takes the host's echo of what the UI sent as an answer, not as news", () => {
    let sync = afterSend(startSync(DEFAULT_PREFS), big);
    const result = afterSnapshot(sync, big);
    expect(result.adopt).toBe(false);
    sync = result.sync;
    expect(sync).toEqual({ lastHost: big, pending: [] });
  });

  it('does not jump back when the UI is ahead of the echoes (quick taps)', () => {
    let sync = startSync(DEFAULT_PREFS);
    sync = afterSend(sync, big);
    sync = afterSend(sync, bigDark);
    // A tick from before the host applied anything.
    let result = afterSnapshot(sync, DEFAULT_PREFS);
    expect(result.adopt).toBe(false);
    // The first echo: the UI is already further; nothing to adopt.
    result = afterSnapshot(result.sync, big);
    expect(result.adopt).toBe(false);
    expect(result.sync.pending).toEqual([bigDark]);
    result = afterSnapshot(result.sync, bigDark);
    expect(result).toEqual({ sync: { lastHost: bigDark, pending: [] }, adopt: false });
  });

  it('adopts a change that came from outside (the reset at the wipe)', () => {
    let sync = afterSend(startSync(DEFAULT_PREFS), big);
    sync = afterSnapshot(sync, big).sync;
    const result = afterSnapshot(sync, DEFAULT_PREFS);
    expect(result).toEqual({ sync: { lastHost: DEFAULT_PREFS, pending: [] }, adopt: true });
  });

  it('adopts an outside change even while sends are unanswered, and forgets them', () => {
    const sync = afterSend(startSync(DEFAULT_PREFS), big);
    expect(afterSnapshot(sync, other)).toEqual({ sync: { lastHost: other, pending: [] }, adopt: true });
  });

  it('keeps a bounded list of unanswered sends', () => {
    let sync = startSync(DEFAULT_PREFS);
    for (let i = 0; i < 100; i += 1) sync = afterSend(sync, i % 2 === 0 ? big : other);
    expect(sync.pending.length).toBeLessThanOrEqual(32);
    expect(sync.pending.at(-1)).toEqual(other);
  });
});
