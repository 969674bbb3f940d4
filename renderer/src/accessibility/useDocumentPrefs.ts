import { useLayoutEffect } from 'react';
import type { AccessibilityPrefs } from '../../../shared/content/accessibility';
import { applyPresentation, clearPresentation, documentPresentationFor } from './documentPrefs';

/**
 * Puts the preferences on <html>. A layout effect, so a change is painted in the same frame
 * (the panel is a live preview).
 */
export function useDocumentPrefs(prefs: AccessibilityPrefs): void {
  useLayoutEffect(() => {
    applyPresentation(document.documentElement, documentPresentationFor(prefs));
  }, [prefs]);

  useLayoutEffect(() => () => clearPresentation(document.documentElement), []);
}
