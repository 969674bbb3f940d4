import { describe, expect, it } from 'vitest';
import { canSubmitPin, MAX_PIN_DIGITS, nextPin, pinActionForKey } from './pin-buffer';

describe('PIN digit buffer', () => {
  it('appends digits and erases the last one', () => {
    let pin = '';
    for (const digit of ['1', '2', '3']) pin = nextPin(pin, { type: 'digit', digit });
    expect(pin).toBe('123');
    expect(nextPin(pin, { type: 'erase' })).toBe('12');
    expect(nextPin('', { type: 'erase' })).toBe('');
    expect(nextPin(pin, { type: 'clear' })).toBe('');
  });

  it('refuses anything but a single digit', () => {
    expect(nextPin('12', { type: 'digit', digit: 'a' })).toBe('12');
    expect(nextPin('12', { type: 'digit', digit: '34' })).toBe('12');
    expect(nextPin('12', { type: 'digit', digit: '' })).toBe('12');
  });

  it('stops at the longest PIN the bridge accepts', () => {
    const full = '1'.repeat(MAX_PIN_DIGITS);
    expect(nextPin(full, { type: 'digit', digit: '2' })).toBe(full);
    expect(canSubmitPin(full)).toBe(true);
  });

  it('submits only 4 to 12 digits, like the bridge schema', () => {
    expect(canSubmitPin('123')).toBe(false);
    expect(canSubmitPin('1234')).toBe(true);
    expect(canSubmitPin('1'.repeat(13))).toBe(false);
    expect(canSubmitPin('12a4')).toBe(false);
  });

  it('maps physical keys to pad actions', () => {
    expect(pinActionForKey('7')).toEqual({ type: 'digit', digit: '7' });
    expect(pinActionForKey('Backspace')).toEqual({ type: 'erase' });
    expect(pinActionForKey('Delete')).toEqual({ type: 'clear' });
    expect(pinActionForKey('a')).toBeNull();
    expect(pinActionForKey('Enter')).toBeNull();
  });
});
