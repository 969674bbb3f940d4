import type { Language } from '../../../shared/content/languages';
import { en } from './en';
import { fi } from './fi';
import type { Messages } from './messages';
import { sv } from './sv';

/** Every language the UI can speak, each in the single i18next namespace 'translation'. */
export const resources: Record<Language, { translation: Messages }> = {
  fi: { translation: fi },
  sv: { translation: sv },
  en: { translation: en },
};
