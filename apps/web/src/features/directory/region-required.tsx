import { useTranslation } from 'react-i18next';
import { REGION_SELECT_ID } from './region-select';

/** Shown instead of a regional list until a region is chosen; its button takes the user to the picker. */
export function RegionRequired() {
  const { t } = useTranslation();
  const focusPicker = () => document.getElementById(REGION_SELECT_ID)?.focus();
  return (
    <div className="notice">
      <h2 className="notice__title">{t('region.requiredTitle')}</h2>
      <p>{t('region.requiredText')}</p>
      <button type="button" className="button button--primary" onClick={focusPicker}>
        {t('region.requiredAction')}
      </button>
    </div>
  );
}
