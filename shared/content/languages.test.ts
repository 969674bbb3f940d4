import { describe, expect, it } from 'vitest';
import { htmlLang, LanguageSchema, localized } from './languages';

describe('languages', () => {
  const text = { fi: 'Verot', sv: 'Skatter', en: 'Taxes' };

  it('falls back from plain Finnish to Finnish, and uses its own text when given', () => {
    expect(localized(text, 'fi-plain')).toBe('Verot');
    expect(localized({ ...text, 'fi-plain': 'Verot ja rahat' }, 'fi-plain')).toBe('Verot ja rahat');
    expect(localized(text, 'sv')).toBe('Skatter');
  });

  it('marks plain Finnish as Finnish for assistive technology', () => {
    expect(htmlLang('fi-plain')).toBe('fi');
    expect(htmlLang('en')).toBe('en');
  });

  it('offers plain Finnish as its own language', () => {
    expect(LanguageSchema.safeParse('fi-plain').success).toBe(true);
    expect(LanguageSchema.safeParse('fi-PLAIN').success).toBe(false);
  });
});
