import { startupScripts } from './renderer-build';
import { describe, expect, it } from 'vitest';
import { parseSupportEvent } from '../../electron/services/stats/support-event';
import { sampleSessions } from '../memory';
import { parseChromiumVersion } from './browser';
import { supportEvents, take, yearRange } from './event-mix';

describe('sampleSessions', () => {
  it('samples after session 100, every 100 sessions and the last', () => {
    expect(sampleSessions(1000)).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
    expect(sampleSessions(250)).toEqual([25, 100, 200, 250]);
  });

  it('takes a tenth of a short run as the baseline', () => {
    expect(sampleSessions(30)).toEqual([3, 30]);
    expect(sampleSessions(5)).toEqual([1, 5]);
    expect(() => sampleSessions(1)).toThrow();
  });
});

describe('parseChromiumVersion', () => {
  it('reads the version past the Debian wrapper’s noise', () => {
    expect(parseChromiumVersion('Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)/usr/bin/chromium: 9: [: x: unexpected operator')).toBe(
      '156.0.8078.114',
    );
    expect(parseChromiumVersion('Google Chrome for Testing')).toBeNull();
  });
});

describe('generated support events', () => {
  it('are valid events inside the year, the same for the same seed', () => {
    const range = yearRange(2025);
    expect(range.days).toBe(365);
    const events = [...supportEvents(2_000, range)];
    for (const event of events) {
      expect(parseSupportEvent(event)).toEqual(event);
      expect(event.day >= range.from && event.day <= range.to).toBe(true);
    }
    expect(new Set(events.map((e) => e.day)).size).toBeGreaterThan(300);
    expect([...supportEvents(50, range)]).toEqual(events.slice(0, 50));
  });

  it('can be taken in batches off one generator', () => {
    const all = supportEvents(25, yearRange(2024));
    const sizes = [take(all, 10), take(all, 10), take(all, 10), take(all, 10)].map((batch) => [...batch].length);
    expect(sizes).toEqual([10, 10, 5, 0]);
  });
});

describe('startupScripts', () => {
  it('names the scripts and module preloads index.html loads, nothing else', () => {
    const html = `<script type="module" crossorigin src="./assets/index-A1.js"></script>
<link rel="modulepreload" crossorigin href="./assets/vendor-B2.js">
<link rel="stylesheet" crossorigin href="./assets/index-C3.css">`;
    expect([...startupScripts(html)]).toEqual(['index-A1.js', 'vendor-B2.js']);
  });
});
