import { describe, expect, it } from 'vitest';
import { createThrottle } from './throttle';

function setup(intervalMs = 1000) {
  let time = 0;
  let calls = 0;
  const throttled = createThrottle(() => (calls += 1), intervalMs, () => time);
  return {
    throttled,
    advance: (ms: number) => (time += ms),
    calls: () => calls,
  };
}

describe('createThrottle', () => {
  it('calls through on the first call', () => {
    const t = setup();
    t.throttled();
    expect(t.calls()).toBe(1);
  });

  it('drops calls inside the interval', () => {
    const t = setup();
    t.throttled();
    t.advance(400);
    t.throttled();
    t.advance(599);
    t.throttled();
    expect(t.calls()).toBe(1);
  });

  it('calls again once the interval has passed since the last call that went through', () => {
    const t = setup();
    t.throttled();
    t.advance(999);
    t.throttled();
    t.advance(1);
    t.throttled();
    expect(t.calls()).toBe(2);
    t.advance(500);
    t.throttled();
    expect(t.calls()).toBe(2);
    t.advance(500);
    t.throttled();
    expect(t.calls()).toBe(3);
  });

  it('passes at most one call per interval in a burst of events', () => {
    const t = setup();
    for (let i = 0; i < 100; i += 1) {
      t.throttled();
      t.advance(50);
    }
    // 100 events over 5 seconds: t = 0, 1000, 2000, 3000, 4000.
    expect(t.calls()).toBe(5);
  });
});
