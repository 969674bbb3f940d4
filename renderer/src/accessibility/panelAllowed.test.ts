import { describe, expect, it } from 'vitest';
import { SESSION_PHASES } from '../../../shared/bridge';
import type { Snapshot } from '../../../shared/bridge';
import { panelAllowed } from './panelAllowed';

const session = (phase: Snapshot['session']['phase'], idleSecondsLeft: number | null = null): Snapshot['session'] => ({
  phase,
  language: 'fi',
  idleSecondsLeft,
  endSecondsLeft: null,
});

describe('panelAllowed', () => {
  it('allows the panel on the welcome screen and in a session', () => {
    expect(panelAllowed(session('welcome'))).toBe(true);
    expect(panelAllowed(session('active'))).toBe(true);
  });

  it('gives way to the idle warning', () => {
    expect(panelAllowed(session('active', 20))).toBe(false);
    expect(panelAllowed(session('active', 0))).toBe(false);
  });

  it('is never shown while ending, clearing or out of service', () => {
    for (const phase of SESSION_PHASES.filter((p) => p !== 'welcome' && p !== 'active')) {
      expect(panelAllowed(session(phase)), phase).toBe(false);
    }
  });
});
