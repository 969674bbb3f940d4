import { describe, expect, it } from 'vitest';
import { parseAnchors, strategyFor } from './anchors-form';
import { formatClock, formatElapsed } from './time-format';

describe('anchors form', () => {
  it('accepts whole minutes with the midpoint before the goal', () => {
    expect(parseAnchors('10', '20')).toEqual({ midpointMinutes: 10, goalMinutes: 20 });
    expect(parseAnchors(' 5 ', '240')).toEqual({ midpointMinutes: 5, goalMinutes: 240 });
  });

  it('refuses the wrong order, zero, too long, and anything not a number', () => {
    expect(parseAnchors('20', '10')).toBeNull();
    expect(parseAnchors('10', '10')).toBeNull();
    expect(parseAnchors('0', '10')).toBeNull();
    expect(parseAnchors('10', '241')).toBeNull();
    expect(parseAnchors('1.5', '10')).toBeNull();
    expect(parseAnchors('', '10')).toBeNull();
    expect(parseAnchors('-1', '10')).toBeNull();
  });

  it('suggests "more time" before the midpoint and "time is short" after it', () => {
    expect(strategyFor('beforeMidpoint')).toBe('moreTime');
    expect(strategyFor('beforeGoal')).toBe('timeShort');
    expect(strategyFor('pastGoal')).toBe('timeShort');
  });
});

describe('time formats', () => {
  it('shows elapsed time as m:ss, and h:mm:ss from an hour on', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_999)).toBe('1:05');
    expect(formatElapsed(3_600_000 + 61_000)).toBe('1:01:01');
    expect(formatElapsed(-5000)).toBe('0:00');
  });

  it('shows clock times as HH:MM', () => {
    expect(formatClock(new Date(2025, 0, 1, 9, 5).getTime())).toBe('09:05');
  });
});
