import { useTranslation } from 'react-i18next';
import { preferencesStore, usePreferences } from '../../shared/preferences/use-preferences';
import { DATA_LANG, useRegions } from './use-directory';

/** The id of the region <select>; «Выбрать регион» buttons move the focus to it. */
export const REGION_SELECT_ID = 'region-select';

interface RegionSelectProps {
  className?: string;
}

/**
 * The remembered region: a native <select> of all regions by name, labelled «Регион». Only one is on a
 * page at a time (the header's, or the home page's while it asks for a region), so the label is unique.
 */
export function RegionSelect({ className }: RegionSelectProps) {
  const { t } = useTranslation();
  const { regionCode } = usePreferences();
  const { regions, isPending, isError, refetch } = useRegions();
  const errorId = `${REGION_SELECT_ID}-error`;
  const isKnown = regions.some((region) => region.code === regionCode);

  return (
    <div className={className ? `field region-select ${className}` : 'field region-select'}>
      <label htmlFor={REGION_SELECT_ID} className="field__label">
        {t('region.label')}
      </label>
      <select
        id={REGION_SELECT_ID}
        className="field__select"
        value={regionCode ?? ''}
        onChange={(event) => preferencesStore.setRegionCode(event.target.value || null)}
        aria-describedby={isError ? errorId : undefined}
        aria-busy={isPending || undefined}
      >
        <option value="">{isPending ? t('region.loading') : t('region.placeholder')}</option>
        {regionCode && !isKnown ? (
          <option value={regionCode}>{t('region.unknown', { code: regionCode })}</option>
        ) : null}
        {regions.map((region) => (
          <option key={region.code} value={region.code} lang={DATA_LANG}>
            {region.name}
          </option>
        ))}
      </select>
      {isError ? (
        <p id={errorId} className="region-select__error">
          {t('region.loadFailed')}{' '}
          <button type="button" className="button button--link" onClick={() => void refetch()}>
            {t('common.retry')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
