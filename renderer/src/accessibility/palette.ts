/**
 * The colours of the UI's four themes, as values of the CSS custom properties the stylesheets
 * use. documentCss.ts writes them out as the stylesheet, and the contrast test checks
 * every foreground/background pair the stylesheets actually combine.
 *
 * The variable names come from base.css and name the default colours ("--white", "--blue-950"),
 * but every stylesheet uses them by role, consistently: --white is both the surface colour and
 * the text on the dark brand colours. A dark theme would therefore invert the brand colours too
 * (a white toolbar over a black page); BRAND_SURFACE_THEMES paints its brand surfaces with a
 * theme whose brand colour is dark instead.
 */
import type { Theme } from '../../../shared/content/accessibility';

/** The custom properties base.css declares and the existing stylesheets use. */
export const BASE_VARIABLES = [
  '--blue-950',
  '--blue-800',
  '--blue-700',
  '--blue-100',
  '--blue-50',
  '--ink',
  '--muted',
  '--line',
  '--red-700',
  '--red-50',
  '--white',
  '--focus',
  '--focus-on-dark',
] as const;

/**
 * Role variables for colours the stylesheets still hard-code (translucent white on the brand
 * colour, a near-white hover). Their default values equal what those rules paint today (the
 * translucent colours blended over --blue-950), so switching the rules to them changes nothing
 * in the default theme and makes the high-contrast themes work there too.
 */
export const ROLE_VARIABLES = [
  /** Secondary text on --blue-950 (toolbar: "You are on", the loading status). */
  '--on-brand-muted',
  /** Outlines of buttons on --blue-950 (toolbar buttons). */
  '--on-brand-line',
  /** Hover background of buttons on --blue-950. */
  '--on-brand-hover',
  /** Text and dashed outline of disabled buttons on --blue-950 (exempt from contrast rules). */
  '--on-brand-disabled',
  /** Hover background of surfaces (--white), e.g. service tiles. */
  '--surface-hover',
  /** Outline of raised surfaces (dialogs) where the backdrop alone would not show their edge. */
  '--surface-border',
] as const;

export const THEME_VARIABLES = [...BASE_VARIABLES, ...ROLE_VARIABLES] as const;
export type ThemeVariable = (typeof THEME_VARIABLES)[number];
export type ThemePalette = Readonly<Record<ThemeVariable, string>>;

/**
 * The brand surfaces: the toolbar, the welcome screen's bar, the full-screen notices, the help
 * sign and the "ask the staff" card. documentCss.ts gives them the variables of another theme
 * where BRAND_SURFACE_THEMES says so.
 */
export const BRAND_SURFACES = ['.toolbar', '.brand-bar', '.screen--centered', '.help-sign', '.next-step__desk'] as const;

/**
 * A dark theme's brand surfaces painted with another theme's whole palette (so every pair on
 * them is one the contrast test already checks): dark high contrast keeps black bars with white
 * text and outlines, the light high-contrast theme's brand, rather than a white toolbar that
 * glares at a client who chose a dark screen. Yellow on black keeps its yellow bars, the usual
 * look of that scheme.
 */
export const BRAND_SURFACE_THEMES: Readonly<Partial<Record<Theme, Theme>>> = { darkHighContrast: 'lightHighContrast' };

/** Whether the theme is dark (black page): sets `color-scheme`, so scroll bars follow. */
export const DARK_THEMES: readonly Theme[] = ['darkHighContrast', 'yellowOnBlack'];

export const PALETTES: Readonly<Record<Theme, ThemePalette>> = {
  // base.css's values as they are; documentCss.ts writes them over base.css's own.
  default: {
    '--blue-950': '#062047',
    '--blue-800': '#0a3f86',
    '--blue-700': '#0f52a8',
    '--blue-100': '#dde8f6',
    '--blue-50': '#f2f6fb',
    '--ink': '#10192b',
    '--muted': '#3f4b5e',
    '--line': '#6b7d99',
    '--red-700': '#a3262a',
    '--red-50': '#fdeeee',
    '--white': '#ffffff',
    '--focus': '#0b0c0c',
    '--focus-on-dark': '#ffd23f',
    '--on-brand-muted': '#c9d6ea',
    '--on-brand-line': '#9ba6b5',
    '--on-brand-hover': '#243b5d',
    '--on-brand-disabled': '#8f9bac',
    '--surface-hover': '#f7faff',
    '--surface-border': '#ffffff',
  },
  // White on black; interactive things in light cyan (the content view's link colour).
  darkHighContrast: {
    '--blue-950': '#ffffff',
    '--blue-800': '#8cf0ff',
    '--blue-700': '#d2faff',
    '--blue-100': '#1f3a40',
    '--blue-50': '#000000',
    '--ink': '#ffffff',
    '--muted': '#e0e0e0',
    '--line': '#bdbdbd',
    '--red-700': '#ffa8a8',
    '--red-50': '#3d0f0f',
    '--white': '#000000',
    '--focus': '#ffd23f',
    '--focus-on-dark': '#000000',
    '--on-brand-muted': '#2b2b2b',
    '--on-brand-line': '#000000',
    '--on-brand-hover': '#d2faff',
    '--on-brand-disabled': '#6b6b6b',
    '--surface-hover': '#14262a',
    '--surface-border': '#ffffff',
  },
  // Yellow on black throughout; black on yellow for buttons and bars.
  yellowOnBlack: {
    '--blue-950': '#ffff00',
    '--blue-800': '#ffff00',
    '--blue-700': '#ffffff',
    '--blue-100': '#3d3d00',
    '--blue-50': '#000000',
    '--ink': '#ffff00',
    '--muted': '#ffff00',
    '--line': '#ffff00',
    '--red-700': '#ffb3b3',
    '--red-50': '#3d0f0f',
    '--white': '#000000',
    '--focus': '#ffffff',
    '--focus-on-dark': '#000000',
    '--on-brand-muted': '#000000',
    '--on-brand-line': '#000000',
    '--on-brand-hover': '#ffffff',
    '--on-brand-disabled': '#6b6b00',
    '--surface-hover': '#262600',
    '--surface-border': '#ffff00',
  },
  // Black on white; interactive things in deep blue (the content view's link colour).
  lightHighContrast: {
    '--blue-950': '#000000',
    '--blue-800': '#0000b8',
    '--blue-700': '#000080',
    '--blue-100': '#e3e3ff',
    '--blue-50': '#ffffff',
    '--ink': '#000000',
    '--muted': '#1f1f1f',
    '--line': '#000000',
    '--red-700': '#9e0000',
    '--red-50': '#ffe3e3',
    '--white': '#ffffff',
    '--focus': '#b30000',
    '--focus-on-dark': '#ffff00',
    '--on-brand-muted': '#ffffff',
    '--on-brand-line': '#ffffff',
    '--on-brand-hover': '#333333',
    '--on-brand-disabled': '#a6a6a6',
    '--surface-hover': '#f0f0ff',
    '--surface-border': '#000000',
  },
};

export interface ContrastPair {
  readonly foreground: ThemeVariable;
  readonly background: ThemeVariable;
  /** 4.5 for text (WCAG 1.4.3), 3 for focus rings and control boundaries (WCAG 1.4.11). */
  readonly minimum: 4.5 | 3;
  /** Where the stylesheets put this colour on that one. */
  readonly where: string;
}

const text = (foreground: ThemeVariable, background: ThemeVariable, where: string): ContrastPair => ({
  foreground,
  background,
  minimum: 4.5,
  where,
});
const ui = (foreground: ThemeVariable, background: ThemeVariable, where: string): ContrastPair => ({
  foreground,
  background,
  minimum: 3,
  where,
});

/** Every pairing the stylesheets use (including this folder's panel). */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  text('--ink', '--blue-50', 'body text on the page'),
  text('--ink', '--white', 'text in dialogs, tiles and the panel'),
  text('--ink', '--surface-hover', 'tile text on hover'),
  text('--muted', '--white', 'tile host, countdown unit, panel descriptions'),
  text('--muted', '--blue-50', 'secondary text on the page'),
  text('--white', '--blue-950', 'brand bar, toolbar, notice screens'),
  text('--white', '--blue-800', 'primary buttons, the chosen language'),
  text('--white', '--blue-700', 'primary buttons on hover'),
  text('--white', '--on-brand-hover', 'toolbar buttons on hover'),
  text('--on-brand-muted', '--blue-950', 'secondary toolbar text'),
  text('--blue-800', '--white', 'secondary buttons, tile names, chosen panel options'),
  text('--blue-800', '--blue-50', 'secondary buttons on hover'),
  text('--blue-800', '--blue-100', 'language buttons on hover, chosen panel options'),
  text('--blue-800', '--surface-hover', 'tile names on hover'),
  text('--blue-950', '--blue-50', 'screen titles'),
  text('--blue-950', '--white', 'countdown number'),
  text('--red-700', '--white', 'the end-session button'),
  text('--red-700', '--red-50', 'the end-session button on hover'),
  text('--ink', '--red-50', 'the panel\'s "no voice" note'),
  ui('--focus', '--blue-50', 'focus ring on the page'),
  ui('--focus', '--white', 'focus ring in dialogs and the panel'),
  ui('--focus-on-dark', '--blue-950', 'focus ring in the toolbar'),
  ui('--line', '--white', 'tile and panel option outlines'),
  ui('--line', '--blue-50', 'tile outlines against the page'),
  ui('--line', '--blue-100', 'on-screen keyboard keys against the keyboard'),
  ui('--blue-800', '--blue-50', 'primary buttons against the page'),
  ui('--blue-800', '--white', 'chosen option outline, switch track'),
  ui('--on-brand-line', '--blue-950', 'toolbar button outlines'),
];

/** WCAG relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (match === null) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((part) => {
    const channel = parseInt(part, 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
