import ruShell from 'virtual:talon-messages/ru-shell';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, type TLanguage } from '../preferences/preferences';

/**
 * The app's i18next instance. The Russian messages of the first page come with the entry and the rest with
 * the first page that needs them (`message-split.ts`); other locales are fetched whole when first chosen.
 */
export const i18n = i18next.createInstance();

let restOfRussian: Promise<void> | null = null;

/** The Russian messages beyond the first page's; `lazyPage` waits for them before showing a page. */
export function loadRestOfMessages(): Promise<void> {
  restOfRussian ??= import('virtual:talon-messages/ru-rest').then(
    ({ default: messages }) => {
      i18n.addResourceBundle('ru', 'translation', messages, true, false);
    },
    (error: unknown) => {
      // A failed download (a lost connection) is tried again by the next page.
      restOfRussian = null;
      throw error;
    },
  );
  return restOfRussian;
}

// Other locales have the same messages but their own plural forms, hence not `typeof ru`.
const lazyLocales: Record<Exclude<TLanguage, 'ru'>, () => Promise<{ default: object }>> = {
  en: () => import('./locales/en.json'),
};

async function ensureLocale(language: TLanguage): Promise<void> {
  if (language === 'ru' || i18n.hasResourceBundle(language, 'translation')) return;
  const { default: resources } = await lazyLocales[language]();
  i18n.addResourceBundle(language, 'translation', resources);
}

/** Initialises i18n synchronously in Russian, then switches to `language` when it is another one. */
export function initI18n(language: TLanguage): Promise<void> {
  i18n.use(initReactI18next).init({
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: ['ru', 'en'],
    resources: { ru: { translation: ruShell } },
    initAsync: false,
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return language === DEFAULT_LANGUAGE ? Promise.resolve() : setLanguage(language);
}

/** Switches the interface language, loading its resources first. */
export async function setLanguage(language: TLanguage): Promise<void> {
  await ensureLocale(language);
  await i18n.changeLanguage(language);
}
