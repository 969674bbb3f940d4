/**
 * The client's accessibility adjustments: the preferences, their defaults, and what they mean
 * for the content view (third-party e-service pages the kiosk does not control).
 *
 * The preferences live only for one client session: the machine resets them at the wipe.
 * The adjustments come from the special needs named in DOMAIN.md (larger text and contrast,
 * reading aloud, removing double-click, an on-screen keyboard) and from WCAG 2.2.
 */
import { z } from 'zod';
import type { EaseId } from './assessment-model';

/** At least 100–200 % (WCAG 1.4.4 asks for text resizable to 200 %). */
export const TEXT_SCALES = [1, 1.25, 1.5, 1.75, 2] as const;
export type TextScale = (typeof TEXT_SCALES)[number];

export const THEMES = ['default', 'darkHighContrast', 'yellowOnBlack', 'lightHighContrast'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Fonts for the kiosk's own UI: Atkinson Hyperlegible and OpenDyslexic are to be bundled under
 * assets/fonts; `system` is the platform's UI font. Not applied to the content view, which
 * cannot load the kiosk's font files.
 */
export const FONTS = ['system', 'atkinson', 'openDyslexic'] as const;
export type FontChoice = (typeof FONTS)[number];

/** WCAG 2.2 success criterion 1.4.12 (Text Spacing): the values content must tolerate. */
export const TEXT_SPACING = {
  /** Line height, times the font size. */
  lineHeight: 1.5,
  /** Spacing after paragraphs, in em. */
  paragraphSpacingEm: 2,
  letterSpacingEm: 0.12,
  wordSpacingEm: 0.16,
} as const;

export const AccessibilityPrefsSchema = z
  .object({
    textScale: z.literal(TEXT_SCALES),
    theme: z.enum(THEMES),
    textSpacing: z.boolean(),
    font: z.enum(FONTS),
    largeCursor: z.boolean(),
    reducedMotion: z.boolean(),
    readAloud: z.boolean(),
    /** Activate with a single tap or click where a double-click would be needed. */
    singleTap: z.boolean(),
    onScreenKeyboard: z.boolean(),
  })
  .strict();
export type AccessibilityPrefs = z.infer<typeof AccessibilityPrefsSchema>;
export type PrefKey = keyof AccessibilityPrefs;
export const PREF_KEYS: readonly PrefKey[] = Object.freeze(Object.keys(AccessibilityPrefsSchema.shape) as PrefKey[]);

export const DEFAULT_PREFS: AccessibilityPrefs = Object.freeze({
  textScale: 1,
  theme: 'default',
  textSpacing: false,
  font: 'system',
  largeCursor: false,
  reducedMotion: false,
  readAloud: false,
  singleTap: false,
  onScreenKeyboard: false,
});

export function isPrefKey(value: unknown): value is PrefKey {
  return typeof value === 'string' && (PREF_KEYS as readonly string[]).includes(value);
}

/**
 * The preferences with `key` set to `value`, or null when the pair does not pass the schema
 * (an unknown key, a value of the wrong type, a text scale off the list).
 */
export function withPref(prefs: AccessibilityPrefs, key: unknown, value: unknown): AccessibilityPrefs | null {
  if (!isPrefKey(key)) return null;
  const parsed = AccessibilityPrefsSchema.safeParse({ ...prefs, [key]: value });
  return parsed.success ? parsed.data : null;
}

/** The largest-but-one text scale: clearly bigger, and still leaves room to go up. */
export const BIGGER_TEXT_SCALE: TextScale = 1.5;
/** The high-contrast theme offered first to someone who asked for more contrast. */
export const WISHED_CONTRAST_THEME: Theme = 'darkHighContrast';

/**
 * The preferences after the wishes from the self-assessment. Each wish only ever strengthens
 * a setting, never undoes a choice the client already made: bigger text does not shrink a
 * larger scale, and contrast keeps a high-contrast theme the client picked themselves.
 * Unknown wishes are ignored (the event comes from UI code).
 */
export function applyEaseWishes(prefs: AccessibilityPrefs, wishes: readonly unknown[]): AccessibilityPrefs {
  const wished = (id: EaseId): boolean => wishes.includes(id);
  return {
    ...prefs,
    textScale: wished('biggerText') && prefs.textScale < BIGGER_TEXT_SCALE ? BIGGER_TEXT_SCALE : prefs.textScale,
    theme: wished('contrast') && !isHighContrast(prefs.theme) ? WISHED_CONTRAST_THEME : prefs.theme,
    readAloud: wished('readAloud') || prefs.readAloud,
  };
}

/** The high-contrast themes; `default` leaves the page's own colours alone. */
export function isHighContrast(theme: Theme): boolean {
  return theme !== 'default';
}

interface ContrastColours {
  readonly background: string;
  readonly text: string;
  readonly link: string;
}

/**
 * Colour pairs well above WCAG AAA (7:1) for text and links. Links get their own colour and an
 * underline because colour alone must not be what marks them (WCAG 1.4.1).
 */
const CONTRAST_COLOURS: { readonly [T in Exclude<Theme, 'default'>]: ContrastColours } = {
  darkHighContrast: { background: '#000000', text: '#ffffff', link: '#8cf0ff' },
  yellowOnBlack: { background: '#000000', text: '#ffff00', link: '#ffffff' },
  lightHighContrast: { background: '#ffffff', text: '#000000', link: '#0000b8' },
};

function textSpacingCss(): string {
  const { lineHeight, paragraphSpacingEm, letterSpacingEm, wordSpacingEm } = TEXT_SPACING;
  return [
    `* { line-height: ${lineHeight} !important; letter-spacing: ${letterSpacingEm}em !important; word-spacing: ${wordSpacingEm}em !important; }`,
    `p { margin-bottom: ${paragraphSpacingEm}em !important; }`,
  ].join('\n');
}

/**
 * Deliberately blunt: third-party pages differ too much for anything clever, so every element
 * gets the theme's colours and images stay as they are (inverting them would ruin photos and
 * identification QR codes alike).
 */
function contrastCss({ background, text, link }: ContrastColours): string {
  return [
    `*, *::before, *::after { background-color: ${background} !important; color: ${text} !important; border-color: ${text} !important; box-shadow: none !important; text-shadow: none !important; }`,
    `a, a *, a:visited, a:visited * { color: ${link} !important; text-decoration: underline !important; }`,
    `::placeholder { color: ${text} !important; opacity: 1 !important; }`,
    `:focus, :focus-visible { outline: 3px solid ${link} !important; outline-offset: 2px !important; }`,
    // Not !important: only icons that rely on the default black fill (invisible on black) change;
    // paths with a fill of their own keep it.
    `svg { fill: currentColor; }`,
  ].join('\n');
}

/**
 * The CSS the host injects into the content view for these preferences; empty when nothing
 * needs injecting. Text size is not here: it is the view's zoom (`contentZoomFor`), which also
 * scales pages that size their text in pixels.
 */
export function contentCssFor(prefs: AccessibilityPrefs): string {
  const parts: string[] = [];
  if (prefs.textSpacing) parts.push(textSpacingCss());
  if (prefs.theme !== 'default') parts.push(contrastCss(CONTRAST_COLOURS[prefs.theme]));
  return parts.join('\n');
}

/** The zoom factor for the content view. */
export function contentZoomFor(prefs: AccessibilityPrefs): number {
  return prefs.textScale;
}

/** i18n keys cannot contain the dot of 1.25, so text scales are named by their percentage. */
function optionName(value: string | number): string {
  return typeof value === 'number' ? String(Math.round(value * 100)) : value;
}

const optionKey = (key: string, value: string | number): string => `accessibility.settings.${key}.options.${optionName(value)}`;

/** The settings that offer a choice of values rather than on/off. */
export const CHOICE_PREFS = {
  textScale: TEXT_SCALES,
  theme: THEMES,
  font: FONTS,
} as const;
export type ChoicePrefKey = keyof typeof CHOICE_PREFS;

export const accessibilityKeys = {
  /** `accessibility.settings.<key>.label` */
  label: (key: PrefKey): string => `accessibility.settings.${key}.label`,
  /** `accessibility.settings.<key>.options.<value>`, e.g. `…textScale.options.125` for 125 %. */
  option: <K extends ChoicePrefKey>(key: K, value: AccessibilityPrefs[K]): string => optionKey(key, value),
} as const;

/** Every i18n key this module needs, for the test that checks the resources of every language. */
export function allAccessibilityKeys(): string[] {
  const choices = Object.entries(CHOICE_PREFS).flatMap(([key, values]) =>
    (values as readonly (string | number)[]).map((value) => optionKey(key, value)),
  );
  return [...PREF_KEYS.map(accessibilityKeys.label), ...choices];
}
