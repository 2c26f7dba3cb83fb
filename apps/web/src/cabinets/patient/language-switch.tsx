import { useTranslation } from 'react-i18next';
import { setLanguage } from '../../shared/i18n/i18n';
import { LANGUAGES, type TLanguage } from '../../shared/preferences/preferences';
import { preferencesStore } from '../../shared/preferences/use-preferences';

/** The interface language; each name is written in its own language and marked with `lang`. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();

  const choose = (language: TLanguage) => {
    setLanguage(language).then(
      () => preferencesStore.setLanguage(language),
      (error: unknown) => console.error('Could not load the locale', language, error),
    );
  };

  return (
    <fieldset className="language-switch">
      <legend className="language-switch__legend">{t('layout.footer.language')}</legend>
      <div className="language-switch__options">
        {LANGUAGES.map((language) => (
          <button
            key={language}
            type="button"
            lang={language}
            className="button button--secondary button--toggle"
            aria-pressed={i18n.language === language}
            onClick={() => choose(language)}
          >
            {t(`layout.languages.${language}`)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
