import type ru from './locales/ru.json';

// Translation keys are checked by the compiler against the Russian locale, the source of truth.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof ru };
  }
}
