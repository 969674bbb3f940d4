import { describe, expect, it } from 'vitest';
import { THEMES } from '../../../shared/content/accessibility';
import { CONTRAST_PAIRS, contrastRatio, PALETTES, relativeLuminance, THEME_VARIABLES } from './palette';

describe('contrast arithmetic', () => {
  it('matches the WCAG reference values', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10);
    // #767676 on white is the well-known lightest grey that passes 4.5:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('refuses what is not a #rrggbb colour', () => {
    expect(() => relativeLuminance('red')).toThrow(/not a #rrggbb/);
    expect(() => relativeLuminance('#fff')).toThrow(/not a #rrggbb/);
  });
});

describe('theme palettes', () => {
  it('define every variable in every theme as a #rrggbb colour', () => {
    expect(Object.keys(PALETTES).sort()).toEqual([...THEMES].sort());
    for (const theme of THEMES) {
      expect(Object.keys(PALETTES[theme]).sort(), theme).toEqual([...THEME_VARIABLES].sort());
      for (const variable of THEME_VARIABLES) expect(PALETTES[theme][variable], `${theme} ${variable}`).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  for (const theme of THEMES) {
    describe(theme, () => {
      for (const pair of CONTRAST_PAIRS) {
        it(`${pair.foreground} on ${pair.background} (${pair.where}) reaches ${pair.minimum}:1`, () => {
          const palette = PALETTES[theme];
          const ratio = contrastRatio(palette[pair.foreground], palette[pair.background]);
          expect(ratio).toBeGreaterThanOrEqual(pair.minimum);
        });
      }
    });
  }

  it('makes the high-contrast themes at least AAA (7:1) for body text', () => {
    for (const theme of ['darkHighContrast', 'yellowOnBlack', 'lightHighContrast'] as const) {
      const palette = PALETTES[theme];
      expect(contrastRatio(palette['--ink'], palette['--blue-50']), theme).toBeGreaterThanOrEqual(7);
      expect(contrastRatio(palette['--ink'], palette['--white']), theme).toBeGreaterThanOrEqual(7);
    }
  });
});
