import { describe, expect, it } from 'vitest';

describe('the accessibility module', () => {
  // A generous timeout: the first import transforms React, XState and simple-keyboard.
  it('loads without a DOM and exports exactly the contract the flows code builds on', { timeout: 30_000 }, async () => {
    const module = await import('./index');
    expect(Object.keys(module).sort()).toEqual([
      'AccessibilityButton',
      'AccessibilityPanel',
      'AccessibilityProvider',
      'KioskTextInput',
      'ReadAloudButton',
      'accessibilityMessages',
      'accessibilityOptionMessages',
      'useAccessibility',
      'useReadAloud',
    ]);
    for (const name of ['AccessibilityButton', 'AccessibilityPanel', 'AccessibilityProvider', 'KioskTextInput', 'ReadAloudButton'] as const) {
      expect(typeof module[name], name).toBe('function');
    }
  });
});
