import { useTranslation } from 'react-i18next';
import { preferencesStore, usePreferences } from '../../shared/preferences/use-preferences';

/** «Версия для слабовидящих» (ГОСТ Р 52872-2019): large type and high contrast, remembered on the device. */
export function LowVisionToggle() {
  const { t } = useTranslation();
  const { isLowVision } = usePreferences();
  return (
    <button
      type="button"
      className="button button--secondary button--toggle low-vision-toggle"
      aria-pressed={isLowVision}
      onClick={() => preferencesStore.setLowVision(!isLowVision)}
    >
      <svg
        className="low-vision-toggle__icon"
        aria-hidden="true"
        focusable="false"
        viewBox="0 0 24 24"
        width="24"
        height="24"
      >
        <path
          fill="currentColor"
          d="M12 5C6.5 5 2.7 9.1 1.3 11.4a1.2 1.2 0 0 0 0 1.2C2.7 14.9 6.5 19 12 19s9.3-4.1 10.7-6.4a1.2 1.2 0 0 0 0-1.2C21.3 9.1 17.5 5 12 5Zm0 11.5a4.5 4.5 0 1 1 0-9 4.5 4.5 0 0 1 0 9Zm0-7a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5Z"
        />
      </svg>
      {t('layout.lowVision')}
    </button>
  );
}
