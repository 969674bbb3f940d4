import { describe, expect, it } from 'vitest';
import {
  AccessibilityPrefsSchema,
  accessibilityKeys,
  allAccessibilityKeys,
  applyEaseWishes,
  contentCssFor,
  contentZoomFor,
  DEFAULT_PREFS,
  FONTS,
  isHighContrast,
  isPrefKey,
  PREF_KEYS,
  TEXT_SCALES,
  TEXT_SPACING,
  THEMES,
  withPref,
  type AccessibilityPrefs,
} from './accessibility';

const BOOLEAN_KEYS = ['textSpacing', 'largeCursor', 'reducedMotion', 'readAloud', 'singleTap', 'onScreenKeyboard'] as const;

/** The declarations of one CSS rule whose selector list starts with `selector`. */
function declarationsOf(css: string, selector: string): string {
  const rule = css.split('\n').find((line) => line.startsWith(`${selector} {`));
  return rule ? rule.slice(rule.indexOf('{') + 1, rule.lastIndexOf('}')) : '';
}

describe('preferences', () => {
  it('default to no adjustments, and pass the schema', () => {
    expect(AccessibilityPrefsSchema.parse(DEFAULT_PREFS)).toEqual(DEFAULT_PREFS);
    expect(DEFAULT_PREFS).toMatchObject({ textScale: 1, theme: 'default', font: 'system' });
    for (const key of BOOLEAN_KEYS) expect(DEFAULT_PREFS[key]).toBe(false);
    expect([...PREF_KEYS].sort()).toEqual(Object.keys(DEFAULT_PREFS).sort());
    expect(Object.isFrozen(DEFAULT_PREFS)).toBe(true);
  });

  it('scale text from 100 % to 200 %', () => {
    expect(TEXT_SCALES).toEqual([1, 1.25, 1.5, 1.75, 2]);
    expect(THEMES).toEqual(['default', 'darkHighContrast', 'yellowOnBlack', 'lightHighContrast']);
    expect(FONTS).toEqual(['system', 'atkinson', 'openDyslexic']);
  });

  it('are refused by the schema when a value is off the list or a key unknown', () => {
    for (const broken of [
      { ...DEFAULT_PREFS, textScale: 1.1 },
      { ...DEFAULT_PREFS, textScale: 3 },
      { ...DEFAULT_PREFS, theme: 'pink' },
      { ...DEFAULT_PREFS, font: 'comicSans' },
      { ...DEFAULT_PREFS, readAloud: 'yes' },
      { ...DEFAULT_PREFS, zoom: 2 },
    ]) {
      expect(AccessibilityPrefsSchema.safeParse(broken).success, JSON.stringify(broken)).toBe(false);
    }
  });

  it('are changed one key at a time by withPref, which refuses what the schema refuses', () => {
    expect(withPref(DEFAULT_PREFS, 'textScale', 1.75)).toEqual({ ...DEFAULT_PREFS, textScale: 1.75 });
    expect(withPref(DEFAULT_PREFS, 'theme', 'yellowOnBlack')).toEqual({ ...DEFAULT_PREFS, theme: 'yellowOnBlack' });
    expect(withPref(DEFAULT_PREFS, 'singleTap', true)).toEqual({ ...DEFAULT_PREFS, singleTap: true });
    expect(withPref(DEFAULT_PREFS, 'textScale', 1.3)).toBeNull();
    expect(withPref(DEFAULT_PREFS, 'readAloud', 1)).toBeNull();
    expect(withPref(DEFAULT_PREFS, 'zoom', 2)).toBeNull();
    expect(withPref(DEFAULT_PREFS, '__proto__', {})).toBeNull();
    expect(withPref(DEFAULT_PREFS, 'constructor', true)).toBeNull();
    expect(withPref(DEFAULT_PREFS, 7, true)).toBeNull();
    expect(isPrefKey('theme')).toBe(true);
    expect(isPrefKey('toString')).toBe(false);
  });
});

describe('ease wishes from the self-assessment', () => {
  it('make text bigger, add contrast and read aloud', () => {
    expect(applyEaseWishes(DEFAULT_PREFS, ['biggerText', 'contrast', 'readAloud'])).toEqual({
      ...DEFAULT_PREFS,
      textScale: 1.5,
      theme: 'darkHighContrast',
      readAloud: true,
    });
  });

  it('only ever strengthen what the client already chose', () => {
    const chosen: AccessibilityPrefs = { ...DEFAULT_PREFS, textScale: 2, theme: 'yellowOnBlack', readAloud: true };
    expect(applyEaseWishes(chosen, ['biggerText', 'contrast', 'readAloud'])).toEqual(chosen);
    expect(applyEaseWishes({ ...DEFAULT_PREFS, textScale: 1.25 }, ['biggerText']).textScale).toBe(1.5);
    expect(applyEaseWishes({ ...DEFAULT_PREFS, textScale: 1.75 }, ['biggerText']).textScale).toBe(1.75);
    expect(applyEaseWishes({ ...DEFAULT_PREFS, theme: 'lightHighContrast' }, ['contrast']).theme).toBe('lightHighContrast');
    expect(applyEaseWishes({ ...DEFAULT_PREFS, readAloud: true }, []).readAloud).toBe(true);
  });

  it('leave the rest alone and ignore unknown wishes', () => {
    expect(applyEaseWishes(DEFAULT_PREFS, [])).toEqual(DEFAULT_PREFS);
    expect(applyEaseWishes(DEFAULT_PREFS, ['none', 'louder', 3, null])).toEqual(DEFAULT_PREFS);
    expect(applyEaseWishes(DEFAULT_PREFS, ['readAloud'])).toEqual({ ...DEFAULT_PREFS, readAloud: true });
  });
});

describe('content view adjustments', () => {
  it('inject nothing for the defaults and zoom by the text scale', () => {
    expect(contentCssFor(DEFAULT_PREFS)).toBe('');
    for (const textScale of TEXT_SCALES) {
      expect(contentZoomFor({ ...DEFAULT_PREFS, textScale })).toBe(textScale);
      // Text size is the zoom's job, never CSS.
      expect(contentCssFor({ ...DEFAULT_PREFS, textScale })).toBe('');
    }
    // Settings that concern the kiosk's own UI or input inject nothing either.
    expect(contentCssFor({ ...DEFAULT_PREFS, font: 'atkinson', largeCursor: true, readAloud: true, singleTap: true })).toBe('');
  });

  it('use the WCAG 1.4.12 text spacing values', () => {
    expect(TEXT_SPACING).toEqual({ lineHeight: 1.5, paragraphSpacingEm: 2, letterSpacingEm: 0.12, wordSpacingEm: 0.16 });
    const css = contentCssFor({ ...DEFAULT_PREFS, textSpacing: true });
    const all = declarationsOf(css, '*');
    expect(all).toContain('line-height: 1.5 !important');
    expect(all).toContain('letter-spacing: 0.12em !important');
    expect(all).toContain('word-spacing: 0.16em !important');
    expect(declarationsOf(css, 'p')).toContain('margin-bottom: 2em !important');
    expect(css).not.toContain('background-color');
  });

  it.each([
    ['darkHighContrast', '#000000', '#ffffff'],
    ['yellowOnBlack', '#000000', '#ffff00'],
    ['lightHighContrast', '#ffffff', '#000000'],
  ] as const)('paint every element for %s and mark links apart', (theme, background, text) => {
    const css = contentCssFor({ ...DEFAULT_PREFS, theme });
    const all = declarationsOf(css, '*, *::before, *::after');
    expect(all).toContain(`background-color: ${background} !important`);
    expect(all).toContain(`color: ${text} !important`);
    const links = declarationsOf(css, 'a, a *, a:visited, a:visited *');
    expect(links).toContain('text-decoration: underline !important');
    const linkColour = /(?:^|;)\s*color: (#[0-9a-f]{6}) !important/.exec(links)?.[1];
    expect(linkColour).toBeDefined();
    expect(linkColour).not.toBe(background);
    expect(css).toContain(':focus');
    expect(css).not.toContain('line-height');
  });

  it('combine spacing and contrast, and keep every colour pair above 7:1', () => {
    const css = contentCssFor({ ...DEFAULT_PREFS, theme: 'yellowOnBlack', textSpacing: true });
    expect(css).toContain('letter-spacing: 0.12em');
    expect(css).toContain('#ffff00');
    for (const theme of THEMES.filter(isHighContrast)) {
      const themed = contentCssFor({ ...DEFAULT_PREFS, theme });
      const colours = [...themed.matchAll(/color: (#[0-9a-f]{6})/g)].map((match) => match[1] as string);
      const background = colours[0] as string;
      for (const colour of colours.slice(1)) expect(contrastRatio(background, colour), `${theme} ${colour}`).toBeGreaterThanOrEqual(7);
    }
  });
});

/** WCAG relative-luminance contrast ratio of two #rrggbb colours. */
function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string): number => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('i18n keys', () => {
  it('name every setting and every choice, text scales by percentage', () => {
    expect(accessibilityKeys.label('singleTap')).toBe('accessibility.settings.singleTap.label');
    expect(accessibilityKeys.option('textScale', 1.25)).toBe('accessibility.settings.textScale.options.125');
    expect(accessibilityKeys.option('theme', 'yellowOnBlack')).toBe('accessibility.settings.theme.options.yellowOnBlack');
    const keys = allAccessibilityKeys();
    expect(keys).toHaveLength(PREF_KEYS.length + TEXT_SCALES.length + THEMES.length + FONTS.length);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('accessibility.settings.textScale.options.200');
    // A dot inside a segment would make i18next look for a nested key that is not there.
    for (const key of keys) expect(key).toMatch(/^accessibility\.settings\.[a-zA-Z]+\.(label|options\.[a-zA-Z0-9]+)$/);
  });
});
