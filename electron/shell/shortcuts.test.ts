import { describe, expect, it } from 'vitest';
import type { KeyInput } from './electron-like';
import { isKeyActivity, isPointerActivity } from './shortcuts';

const key = (code: string, type = 'keyDown'): KeyInput => ({ type, code, control: false, shift: false, alt: false, meta: false });

describe('activity', () => {
  it('counts presses and clicks, not releases or pointer moves', () => {
    expect(isKeyActivity(key('KeyA'))).toBe(true);
    expect(isKeyActivity(key('KeyA', 'rawKeyDown'))).toBe(true);
    expect(isKeyActivity(key('KeyA', 'keyUp'))).toBe(false);
    expect(isKeyActivity(key('KeyA', 'char'))).toBe(false);
    expect(isPointerActivity('mouseDown')).toBe(true);
    expect(isPointerActivity('touchStart')).toBe(true);
    expect(isPointerActivity('mouseWheel')).toBe(true);
    expect(isPointerActivity('mouseMove')).toBe(false);
    expect(isPointerActivity('mouseUp')).toBe(false);
  });
});
