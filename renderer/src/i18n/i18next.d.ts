import type { AppMessages } from './resources';

// Makes t() keys type-checked against the resources, so a typo fails the build.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: AppMessages };
  }
}
