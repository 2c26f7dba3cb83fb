import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, type TLanguage } from '../preferences/preferences';
import ru from './locales/ru.json';

/** The app's i18next instance. Russian is bundled; other locales are fetched when first chosen. */
export const i18n = i18next.createInstance();

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
    resources: { ru: { translation: ru } },
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
