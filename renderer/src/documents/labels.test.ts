import { describe, expect, it } from 'vitest';
import { decodeBase64, formatSize } from './labels';

describe('formatSize', () => {
  it('speaks kilobytes below a megabyte, never zero', () => {
    expect(formatSize(12, 'en')).toBe('1 kB');
    expect(formatSize(48_400, 'en')).toBe('48 kB');
    expect(formatSize(2_450_000, 'en')).toBe('2.5 MB');
  });

  it('writes numbers the language’s way', () => {
    expect(formatSize(2_450_000, 'fi')).toBe('2,5 MB');
    expect(formatSize(2_450_000, 'fi-plain')).toBe('2,5 MB');
    expect(formatSize(1_234_000_000, 'sv')).toMatch(/^1\s234 MB$/);
  });
});

describe('decodeBase64', () => {
  it('gives back the bytes, including those above 127', () => {
    expect([...decodeBase64(btoa(String.fromCharCode(0, 127, 128, 255, 37)))]).toEqual([0, 127, 128, 255, 37]);
  });
});
