import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { htmlLang, type Language } from '../../../shared/content/languages';
import type { SessionPhase } from '../../../shared/bridge';

/**
 * Mirrors the session onto the document: the UI language (i18next and <html lang>, so screen
 * readers pronounce it right; plain Finnish is Finnish there) and the phase as `data-phase` (a stable hook for tests and
 * styles). A layout effect, so a language switch is painted in one frame.
 */
export function useDocumentState(language: Language, phase: SessionPhase | null): void {
  const { i18n } = useTranslation();

  useLayoutEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = htmlLang(language);
  }, [i18n, language]);

  useLayoutEffect(() => {
    const root = document.documentElement;
    if (phase === null) delete root.dataset.phase;
    else root.dataset.phase = phase;
  }, [phase]);
}
