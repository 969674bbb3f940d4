import type { Messages } from './messages';

// Makes t() keys type-checked against the English shape, so a typo fails the build.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
