import { describe, expect, it } from 'vitest';
import { BENCH_IDS } from './measurement';
import { DEFAULT_SESSIONS, parseSettings } from './settings';

describe('parseSettings', () => {
  it('runs everything with the issue’s 1,000 sessions by default', () => {
    expect(parseSettings({})).toEqual({ only: BENCH_IDS, full: true, sessions: DEFAULT_SESSIONS });
    expect(DEFAULT_SESSIONS).toBe(1000);
  });

  it('takes a session count and a subset, in the runner’s order', () => {
    expect(parseSettings({ BENCH_SESSIONS: '40', BENCH_ONLY: 'statistics, policy' })).toEqual({ only: ['policy', 'statistics'], full: false, sessions: 40 });
  });

  it('refuses a bad session count or an unknown benchmark', () => {
    expect(() => parseSettings({ BENCH_SESSIONS: '1' })).toThrow(/BENCH_SESSIONS/);
    expect(() => parseSettings({ BENCH_SESSIONS: '10.5' })).toThrow(/BENCH_SESSIONS/);
    expect(() => parseSettings({ BENCH_SESSIONS: 'many' })).toThrow(/BENCH_SESSIONS/);
    expect(() => parseSettings({ BENCH_ONLY: 'policy,speed' })).toThrow(/speed/);
  });
});
