/**
 * How the client's preferences show on the UI document: a font size on <html> (every size in
 * the stylesheets is in rem, so this scales the whole UI) and data attributes that documentCss.ts
 * switches on. Pure mapping plus one small DOM writer, so the mapping is tested without a DOM.
 */
import type { AccessibilityPrefs } from '../../../shared/content/accessibility';

/** The attributes this feature owns on <html>; null means "remove it". */
export const DOCUMENT_ATTRIBUTES = [
  'data-theme',
  'data-font',
  'data-text-spacing',
  'data-large-cursor',
  'data-reduced-motion',
  'data-single-tap',
] as const;
export type DocumentAttribute = (typeof DOCUMENT_ATTRIBUTES)[number];

export interface DocumentPresentation {
  /** The root font size, e.g. '150%'. */
  readonly fontSize: string;
  readonly attributes: Readonly<Record<DocumentAttribute, string | null>>;
}

/** On/off settings are present ('true') or absent, so CSS can test with [data-…]. */
const flag = (on: boolean): string | null => (on ? 'true' : null);

export function documentPresentationFor(prefs: AccessibilityPrefs): DocumentPresentation {
  return {
    fontSize: `${Math.round(prefs.textScale * 100)}%`,
    attributes: {
      'data-theme': prefs.theme,
      'data-font': prefs.font,
      'data-text-spacing': flag(prefs.textSpacing),
      'data-large-cursor': flag(prefs.largeCursor),
      'data-reduced-motion': flag(prefs.reducedMotion),
      // Our own UI already opens everything with one click; the attribute is for tests and
      // for any future control that would otherwise want a double tap.
      'data-single-tap': flag(prefs.singleTap),
    },
  };
}

/** The part of an element the presentation touches (an HTMLElement; a fake in tests). */
export interface PresentationTarget {
  readonly style: Pick<CSSStyleDeclaration, 'fontSize' | 'removeProperty'>;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
}

/** Writes a presentation onto an element (the document's <html> in the app). */
export function applyPresentation(root: PresentationTarget, presentation: DocumentPresentation): void {
  root.style.fontSize = presentation.fontSize;
  for (const name of DOCUMENT_ATTRIBUTES) {
    const value = presentation.attributes[name];
    if (value === null) root.removeAttribute(name);
    else root.setAttribute(name, value);
  }
}

/** Takes everything this feature set off the element again. */
export function clearPresentation(root: PresentationTarget): void {
  root.style.removeProperty('font-size');
  for (const name of DOCUMENT_ATTRIBUTES) root.removeAttribute(name);
}
