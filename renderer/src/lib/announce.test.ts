import { describe, expect, it } from 'vitest';
import { nextAnnouncement } from './announce';

/** Runs a countdown through nextAnnouncement and collects the values a live region would speak. */
function spoken(ticks: number[]): number[] {
  const said: number[] = [];
  let previous: number | null = null;
  for (const seconds of ticks) {
    const next = nextAnnouncement(previous, seconds);
    if (next !== previous) said.push(next);
    previous = next;
  }
  return said;
}

const countdown = (from: number): number[] => Array.from({ length: from + 1 }, (_, i) => from - i);

describe('nextAnnouncement', () => {
  it('announces the start of the countdown', () => {
    expect(nextAnnouncement(null, 30)).toBe(30);
  });

  it('speaks only at the steps, not every second', () => {
    expect(spoken(countdown(30))).toEqual([30, 20, 10, 5]);
  });

  it('starts from an odd value and then follows the steps', () => {
    expect(spoken(countdown(25))).toEqual([25, 20, 10, 5]);
  });

  it('still announces a step that was skipped by a late tick', () => {
    expect(spoken([30, 29, 21, 19, 18, 11, 9])).toEqual([30, 19, 9]);
  });

  it('announces again when time was added', () => {
    expect(spoken([30, 25, 20, 19, 30, 29])).toEqual([30, 20, 30]);
  });

  it('keeps quiet between steps', () => {
    expect(nextAnnouncement(20, 15)).toBe(20);
    expect(nextAnnouncement(10, 6)).toBe(10);
  });
});
