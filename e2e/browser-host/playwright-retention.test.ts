import { afterEach, describe, expect, it } from 'vitest';
import { limitPlaywrightRetention, PLAYWRIGHT_RETENTION_LIMIT, resetPlaywrightRetention } from './playwright-retention';

describe('limitPlaywrightRetention', () => {
  afterEach(() => {
    resetPlaywrightRetention();
  });

  it('finds the hook in the installed Playwright (a Playwright update that drops it must show up here)', () => {
    expect(limitPlaywrightRetention(PLAYWRIGHT_RETENTION_LIMIT)).toBe(true);
    expect(resetPlaywrightRetention()).toBe(true);
  });

  it('refuses a limit that would have Playwright drop objects still in use', () => {
    expect(() => limitPlaywrightRetention(0)).toThrow(RangeError);
    expect(() => limitPlaywrightRetention(9)).toThrow(RangeError);
    expect(() => limitPlaywrightRetention(100.5)).toThrow(RangeError);
  });
});
