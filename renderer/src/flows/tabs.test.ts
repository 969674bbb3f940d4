import { describe, expect, it } from 'vitest';
import { tabAfterKey } from './tabs';

describe('tabAfterKey', () => {
  it('moves with the arrows and wraps around', () => {
    expect(tabAfterKey('client', 'ArrowRight')).toBe('supporter');
    expect(tabAfterKey('supporter', 'ArrowRight')).toBe('client');
    expect(tabAfterKey('client', 'ArrowLeft')).toBe('supporter');
    expect(tabAfterKey('supporter', 'ArrowLeft')).toBe('client');
  });

  it('jumps to the first and last tab with Home and End', () => {
    expect(tabAfterKey('supporter', 'Home')).toBe('client');
    expect(tabAfterKey('client', 'End')).toBe('supporter');
  });

  it('ignores other keys', () => {
    for (const key of ['Enter', ' ', 'Tab', 'ArrowDown', 'a']) expect(tabAfterKey('client', key), key).toBeNull();
  });
});
