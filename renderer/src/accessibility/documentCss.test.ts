import { describe, expect, it } from 'vitest';
import { TEXT_SPACING, THEMES } from '../../../shared/content/accessibility';
import { documentCss, LARGE_ARROW_SVG } from './documentCss';
import { DOCUMENT_ATTRIBUTES } from './documentPrefs';
import { FONT_STACKS } from './fonts';
import { BRAND_SURFACE_THEMES, BRAND_SURFACES, contrastRatio, DARK_THEMES, PALETTES } from './palette';

const css = documentCss();
const flat = css.replace(/\s+/g, ' ');

/** The declarations of the rule with exactly this selector (whitespace-insensitive). */
function declarations(selector: string): Map<string, string> {
  const escaped = selector.replace(/\s+/g, ' ').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?:^|[{}])\\s*${escaped}\\s*\\{([^}]*)\\}`).exec(flat);
  if (match === null) throw new Error(`no rule for ${selector}`);
  const out = new Map<string, string>();
  for (const declaration of (match[1] ?? '').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon >= 0) out.set(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim());
  }
  return out;
}

const variablesOf = (rule: Map<string, string>): Record<string, string> =>
  Object.fromEntries([...rule].filter(([name]) => name.startsWith('--')));

describe('documentCss', () => {
  for (const theme of THEMES) {
    it(`paints the ${theme} theme with exactly its tested palette`, () => {
      const selector = theme === 'default' ? ":root:not([data-theme]), :root[data-theme='default']" : `:root[data-theme='${theme}']`;
      const rule = declarations(selector);
      expect(variablesOf(rule)).toEqual(PALETTES[theme]);
      expect(rule.get('color-scheme')).toBe(DARK_THEMES.includes(theme) ? 'dark' : 'light');
    });
  }

  it('paints the dark high-contrast theme’s bars black with the light high-contrast palette, edged in its line colour', () => {
    expect(BRAND_SURFACE_THEMES).toEqual({ darkHighContrast: 'lightHighContrast' });
    const rule = declarations(BRAND_SURFACES.map((s) => `:root[data-theme='darkHighContrast'] ${s}`).join(', '));
    const brand = PALETTES.lightHighContrast;
    expect(variablesOf(rule)).toEqual({ ...brand, '--focus': brand['--focus-on-dark'] });
    // Dark on the dark page: the bar is black, its text white, and its edge shows against the page.
    expect(contrastRatio(brand['--blue-950'], PALETTES.darkHighContrast['--blue-50'])).toBeLessThan(1.5);
    expect(contrastRatio(brand['--white'], brand['--blue-950'])).toBeGreaterThanOrEqual(7);
    const edge = declarations(":root[data-theme='darkHighContrast'] .toolbar, :root[data-theme='darkHighContrast'] .brand-bar").get('border-bottom') ?? '';
    const edgeColour = /#[0-9a-f]{6}/i.exec(edge)?.[0] ?? '';
    expect(contrastRatio(edgeColour, PALETTES.darkHighContrast['--blue-50'])).toBeGreaterThanOrEqual(3);
    // The language list under the toolbar is part of the page again: dark, not a white box.
    const list = variablesOf(declarations(":root[data-theme='darkHighContrast'] .toolbar .language-menu__list"));
    const { '--focus': _focus, ...page } = PALETTES.darkHighContrast;
    expect(list).toEqual(page);
  });

  it('is balanced (every rule closed)', () => {
    expect(css.split('{').length).toBe(css.split('}').length);
  });

  it('applies the WCAG 1.4.12 values of TEXT_SPACING', () => {
    const spacing = declarations(':root[data-text-spacing] *, :root[data-text-spacing] *::before, :root[data-text-spacing] *::after');
    expect(spacing.get('line-height')).toBe(`${TEXT_SPACING.lineHeight} !important`);
    expect(spacing.get('letter-spacing')).toBe(`${TEXT_SPACING.letterSpacingEm}em !important`);
    expect(spacing.get('word-spacing')).toBe(`${TEXT_SPACING.wordSpacingEm}em !important`);
    expect(declarations(':root[data-text-spacing] p:not(:last-child)').get('margin-bottom')).toBe(
      `${TEXT_SPACING.paragraphSpacingEm}em !important`,
    );
  });

  it('switches the font with the same stacks as the panel previews', () => {
    expect(declarations(":root[data-font='atkinson']").get('font-family')).toBe(FONT_STACKS.atkinson);
    expect(declarations(":root[data-font='openDyslexic']").get('font-family')).toBe(FONT_STACKS.openDyslexic);
    expect(FONT_STACKS.atkinson).toMatch(/^'Atkinson Hyperlegible', /);
    expect(FONT_STACKS.openDyslexic).toMatch(/^'OpenDyslexic', /);
  });

  it('stops all animation and transition under data-reduced-motion', () => {
    const rule = declarations(':root[data-reduced-motion] *, :root[data-reduced-motion] *::before, :root[data-reduced-motion] *::after');
    expect(rule.get('animation')).toBe('none !important');
    expect(rule.get('transition')).toBe('none !important');
    expect(flat).toContain('@media (prefers-reduced-motion: reduce)');
  });

  it('draws a 48 px black-and-white cursor under data-large-cursor, as a URL-safe data URI', () => {
    expect(LARGE_ARROW_SVG).toContain("width='48' height='48'");
    expect(LARGE_ARROW_SVG).toContain("fill='#000' stroke='#fff'");
    const cursor = declarations(':root[data-large-cursor], :root[data-large-cursor] *').get('cursor') ?? '';
    expect(cursor).toMatch(/^url\("data:image\/svg\+xml,[^"'#<> ]+"\) 7 3, auto !important$/);
    expect(decodeURIComponent(cursor.slice('url("data:image/svg+xml,'.length, cursor.indexOf('")')))).toBe(LARGE_ARROW_SVG);
  });

  it('has rules for every document attribute that changes the look', () => {
    // data-single-tap changes behaviour (in the content view), not the look.
    for (const attribute of DOCUMENT_ATTRIBUTES.filter((name) => name !== 'data-single-tap')) {
      expect(flat, attribute).toContain(`:root[${attribute}`);
    }
  });
});
