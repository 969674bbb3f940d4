import type { Language } from '../../../../shared/content/languages';
import { en } from './en';
import { fi } from './fi';
import { fiPlain } from './fi-plain';
import { sv } from './sv';
import type { A11yMessages } from './types';

export { accessibilityOptionMessages } from './options';
export type { A11yKey, A11yMessages, AccessibilityOptionMessages, OptionKey } from './types';

/** This feature's texts in every language, merged into i18n under the top-level key 'a11y'. */
export const accessibilityMessages: Readonly<Record<Language, A11yMessages>> = {
  fi,
  'fi-plain': fiPlain,
  sv,
  en,
};
