import { describe, expect, it } from 'vitest';
import { matchesAccelerator, parseAccelerator } from './accelerator';

const press = (code: string, mods: Partial<{ control: boolean; shift: boolean; alt: boolean; meta: boolean }> = {}) => ({
  code,
  control: false,
  shift: false,
  alt: false,
  meta: false,
  ...mods,
});

describe('the staff key combination', () => {
  it('matches exactly the configured modifiers and key', () => {
    const combo = 'Control+Alt+Shift+H';
    expect(matchesAccelerator(press('KeyH', { control: true, alt: true, shift: true }), combo)).toBe(true);
    expect(matchesAccelerator(press('KeyH', { control: true, alt: true }), combo)).toBe(false);
    expect(matchesAccelerator(press('KeyH', { control: true, alt: true, shift: true, meta: true }), combo)).toBe(false);
    expect(matchesAccelerator(press('KeyJ', { control: true, alt: true, shift: true }), combo)).toBe(false);
  });

  it('understands digits, function keys and the aliases', () => {
    expect(matchesAccelerator(press('Digit7', { control: true }), 'Ctrl+7')).toBe(true);
    expect(matchesAccelerator(press('F9', { alt: true }), 'Alt+F9')).toBe(true);
    expect(matchesAccelerator(press('KeyS', { control: true, shift: true }), 'CommandOrControl+Shift+S')).toBe(true);
  });

  it('never matches a malformed combination', () => {
    expect(parseAccelerator('H')).toBeNull();
    expect(parseAccelerator('Hyper+H')).toBeNull();
    expect(parseAccelerator('Control+Enter')).toBeNull();
    expect(matchesAccelerator(press('KeyH'), 'H')).toBe(false);
  });
});
