import type { Language } from '../../../../shared/content/languages';
import { en } from './en';
import { fi } from './fi';
import { fiPlain } from './fi-plain';
import { sv } from './sv';
import type { AssistMessages } from './types';

export type { AssistKey, AssistMessages } from './types';

/** This feature's texts in every language, merged into i18n under the top-level key 'assist'. */
export const assistMessages: Readonly<Record<Language, AssistMessages>> = {
  fi,
  'fi-plain': fiPlain,
  sv,
  en,
};
