import type { Language } from '../../../shared/content/languages';
// The texts only (not the feature's index): i18n stays free of components and stylesheets.
import { accessibilityMessages, accessibilityOptionMessages } from '../accessibility/messages';
import { guidanceMessages } from '../../../shared/content/worker-guidance-texts';
import { assistMessages } from '../assist/messages';
import { en } from './en';
import { fi } from './fi';
import { fiPlain } from './fi-plain';
import type { Messages } from './messages';
import { sv } from './sv';

/**
 * Every text of one language: the app's own, plus the accessibility feature's, which that
 * folder keeps beside its code (its own texts under 'a11y', the setting names under
 * 'accessibility' at the paths shared/content/accessibility.ts builds).
 */
export type AppMessages = Messages & {
  readonly a11y: (typeof accessibilityMessages)[Language];
  readonly accessibility: (typeof accessibilityOptionMessages)[Language];
  readonly assist: (typeof assistMessages)[Language];
  readonly guidance: (typeof guidanceMessages)[Language];
};

const OWN: Record<Language, Messages> = { fi, 'fi-plain': fiPlain, sv, en };

function merged(language: Language): { translation: AppMessages } {
  return {
    translation: {
      ...OWN[language],
      a11y: accessibilityMessages[language],
      accessibility: accessibilityOptionMessages[language],
      assist: assistMessages[language],
      guidance: guidanceMessages[language],
    },
  };
}

/** Every language the UI can speak, each in the single i18next namespace 'translation'. */
export const resources: Record<Language, { translation: AppMessages }> = {
  fi: merged('fi'),
  'fi-plain': merged('fi-plain'),
  sv: merged('sv'),
  en: merged('en'),
};
