import { createInstance } from 'i18next';
import type { i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES } from '../../../shared/content/languages';
import type { Language } from '../../../shared/content/languages';
import { resources } from './resources';

/**
 * Creates the UI's i18next instance. All texts are bundled, so initialisation is synchronous
 * and the first render already has them; the language then follows the host's snapshot.
 */
export function createI18n(language: Language): i18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'fi',
    supportedLngs: [...LANGUAGES],
    initAsync: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
