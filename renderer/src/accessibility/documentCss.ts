/**
 * The stylesheet of the client's adjustments on the UI document, generated from the same data
 * the rest of the code uses (the palettes, TEXT_SPACING, the font stacks), so the colours that
 * are contrast-tested are the colours that are painted. Generated rather than a .css file
 * because the tests run without CSS (vitest hands them an empty string for any stylesheet).
 * Switched by the attributes on <html> that documentPrefs.ts writes. Every selector starts with
 * :root[…] or :root:not(…), so it wins over base.css's :root whatever the loading order.
 */
import { TEXT_SPACING, THEMES } from '../../../shared/content/accessibility';
import type { Theme } from '../../../shared/content/accessibility';
import { FONT_STACKS } from './fonts';
import { BRAND_SURFACE_THEMES, BRAND_SURFACES, DARK_THEMES, PALETTES, THEME_VARIABLES } from './palette';

const declarations = (entries: readonly (readonly [string, string])[]): string =>
  entries.map(([name, value]) => `  ${name}: ${value};`).join('\n');

const rule = (selector: string, entries: readonly (readonly [string, string])[]): string =>
  `${selector} {\n${declarations(entries)}\n}`;

/** Rules that apply to every element (and its pseudo-elements) while an attribute is present. */
const everything = (attribute: string): string =>
  [' *', ' *::before', ' *::after'].map((part) => `:root[${attribute}]${part}`).join(',\n');

/**
 * The theme's colours. The default theme is written out too, over base.css's own values (same
 * colours today): the palette is the one source of the colours, so the contrast test covers
 * what is painted even if base.css changes. base.css still colours the page before this runs.
 */
function themeCss(theme: Theme): string {
  const selector = theme === 'default' ? ":root:not([data-theme]),\n:root[data-theme='default']" : `:root[data-theme='${theme}']`;
  return rule(selector, [
    ['color-scheme', DARK_THEMES.includes(theme) ? 'dark' : 'light'],
    ...THEME_VARIABLES.map((name) => [name, PALETTES[theme][name]] as const),
  ]);
}

/**
 * A dark theme's brand surfaces in the colours of the theme BRAND_SURFACE_THEMES names. The
 * focus ring there is that theme's ring for dark surfaces (toolbar.css says the same for the
 * default look). The language list inside the toolbar keeps the page's colours (its own rule
 * sets its focus ring from them). Dark bars on a black page get an edge in the page's own line
 * colour, so the page still has a visible top.
 */
function brandSurfaceCss(theme: Theme): string | null {
  const brand = BRAND_SURFACE_THEMES[theme];
  if (brand === undefined) return null;
  const scope = (selectors: readonly string[]): string => selectors.map((s) => `:root[data-theme='${theme}'] ${s}`).join(',\n');
  const palette = PALETTES[brand];
  const edge = PALETTES[theme]['--line'];
  return [
    rule(scope(BRAND_SURFACES), [...THEME_VARIABLES.map((name) => [name, palette[name]] as const), ['--focus', palette['--focus-on-dark']]]),
    // The language list drops down from the toolbar over the page: it keeps the page's own colours.
    rule(scope(['.toolbar .language-menu__list']), THEME_VARIABLES.filter((name) => name !== '--focus').map((name) => [name, PALETTES[theme][name]] as const)),
    rule(scope(['.toolbar', '.brand-bar']), [['border-bottom', `2px solid ${edge}`]]),
    rule(scope(['.next-step__desk']), [['border', `2px solid ${edge}`]]),
  ].join('\n\n');
}

/** Shadows blur the edges the high-contrast themes rely on. */
function noShadowsCss(): string {
  const selectors = THEMES.filter((theme) => theme !== 'default')
    .map((theme) => `:root[data-theme='${theme}'] *`)
    .join(',\n');
  return rule(selectors, [
    ['box-shadow', 'none !important'],
    ['text-shadow', 'none !important'],
  ]);
}

/** WCAG 2.2 success criterion 1.4.12: the spacing content must tolerate, applied. */
function textSpacingCss(): string {
  const { lineHeight, letterSpacingEm, wordSpacingEm, paragraphSpacingEm } = TEXT_SPACING;
  return [
    rule(everything('data-text-spacing'), [
      ['line-height', `${lineHeight} !important`],
      ['letter-spacing', `${letterSpacingEm}em !important`],
      ['word-spacing', `${wordSpacingEm}em !important`],
    ]),
    // Spacing after paragraphs; the last one in its box has nothing after it to keep apart from.
    rule(':root[data-text-spacing] p:not(:last-child)', [['margin-bottom', `${paragraphSpacingEm}em !important`]]),
  ].join('\n\n');
}

function fontsCss(): string {
  return [
    rule(":root[data-font='atkinson']", [['font-family', FONT_STACKS.atkinson]]),
    rule(":root[data-font='openDyslexic']", [['font-family', FONT_STACKS.openDyslexic]]),
    // Form fields do not inherit the font by default.
    rule(':root[data-font] input,\n:root[data-font] textarea,\n:root[data-font] select', [['font-family', 'inherit']]),
  ].join('\n\n');
}

const svgUrl = (svg: string): string => `url("data:image/svg+xml,${encodeURIComponent(svg).replace(/'/g, '%27')}")`;

/** 48 px, black with a white outline, so it shows on any colour; the hot spot is the tip. */
export const LARGE_ARROW_SVG =
  "<svg xmlns='http://www.w3.org/2000/svg' width='48' height='48' viewBox='0 0 48 48'>" +
  "<path d='M7 3v37l9.5-9 6.5 14.5 7-3-6.5-14H37z' fill='#000' stroke='#fff' stroke-width='3' stroke-linejoin='round'/></svg>";
/** The text cursor at the same size, for text fields. */
export const LARGE_TEXT_SVG =
  "<svg xmlns='http://www.w3.org/2000/svg' width='48' height='48' viewBox='0 0 48 48'>" +
  "<path d='M15 5h18M15 43h18M24 5v38' fill='none' stroke='#fff' stroke-width='9' stroke-linecap='round'/>" +
  "<path d='M15 5h18M15 43h18M24 5v38' fill='none' stroke='#000' stroke-width='4' stroke-linecap='round'/></svg>";

function largeCursorCss(): string {
  return [
    rule(':root[data-large-cursor],\n:root[data-large-cursor] *', [['cursor', `${svgUrl(LARGE_ARROW_SVG)} 7 3, auto !important`]]),
    rule(":root[data-large-cursor] input:not([type='checkbox']):not([type='radio']),\n:root[data-large-cursor] textarea", [
      ['cursor', `${svgUrl(LARGE_TEXT_SVG)} 24 24, text !important`],
    ]),
  ].join('\n\n');
}

function reducedMotionCss(): string {
  return [
    rule(everything('data-reduced-motion'), [
      ['animation', 'none !important'],
      ['transition', 'none !important'],
      ['scroll-behavior', 'auto !important'],
    ]),
    // The system setting alone stops every transition and smooth scroll; animations stay to the
    // stylesheets that already offer a calm variant for it (the progress bar only fades).
    `@media (prefers-reduced-motion: reduce) {\n${rule(':root *,\n:root *::before,\n:root *::after', [
      ['transition', 'none !important'],
      ['scroll-behavior', 'auto !important'],
    ])}\n}`,
  ].join('\n\n');
}

export const DOCUMENT_CSS_ID = 'a11y-document-css';

/** Puts the stylesheet into the document once (before the first render: no flash of colours). */
export function installDocumentCss(doc: Document): void {
  if (doc.getElementById(DOCUMENT_CSS_ID) !== null) return;
  const style = doc.createElement('style');
  style.id = DOCUMENT_CSS_ID;
  style.textContent = documentCss();
  doc.head.append(style);
}

/** The whole stylesheet. */
export function documentCss(): string {
  return [
    ...THEMES.map(themeCss),
    ...THEMES.flatMap((theme) => brandSurfaceCss(theme) ?? []),
    noShadowsCss(),
    textSpacingCss(),
    fontsCss(),
    largeCursorCss(),
    reducedMotionCss(),
  ].join('\n\n');
}
