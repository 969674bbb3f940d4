import { describe, expect, it } from 'vitest';
import { csvField, csvRow } from './csv';

describe('CSV (RFC 4180)', () => {
  it('leaves plain fields alone and writes null as an empty field', () => {
    expect(csvField('fi-plain')).toBe('fi-plain');
    expect(csvField(12)).toBe('12');
    expect(csvField(true)).toBe('true');
    expect(csvField(null)).toBe('');
    expect(csvField('<2min')).toBe('<2min');
  });

  it('quotes fields with commas, quotes or line breaks, doubling the quotes', () => {
    expect(csvField('textScale,theme')).toBe('"textScale,theme"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('"')).toBe('""""');
  });

  it('joins a row with commas and ends it with CRLF', () => {
    expect(csvRow(['a', null, 'b,c', 3])).toBe('a,,"b,c",3\r\n');
  });
});
