import { ORGANIZATION_KINDS } from '@talon/vocabulary';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../shared/preferences/use-preferences';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { SearchForm } from '../../shared/ui/search-form';
import { SelectField } from '../../shared/ui/select-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { useQueryParam } from '../../shared/ui/use-query-param';
import { parseOrganizationKind } from './organization-kinds';
import { OrganizationResults } from './organization-results';
import { RegionRequired } from './region-required';
import { useRegion } from './use-directory';
import { type GeolocationState, useGeolocation } from './use-geolocation';
import './directory.css';

const GEO_MESSAGES = {
  idle: null,
  locating: 'clinics.nearLocating',
  on: 'clinics.nearOn',
  off: 'clinics.nearOff',
  denied: 'clinics.nearDenied',
  failed: 'clinics.nearFailed',
  unsupported: 'clinics.nearUnsupported',
} as const satisfies Record<GeolocationState['status'], string | null>;

/** `/clinics`: the clinics of the chosen region, searchable by name or address, by kind, and by distance. */
export function ClinicsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('clinics.title'));
  const { regionCode } = usePreferences();
  const region = useRegion(regionCode);
  const [q, setQ] = useQueryParam('q');
  const [kindParam, setKind] = useQueryParam('kind');
  const kind = parseOrganizationKind(kindParam);
  const geolocation = useGeolocation();
  const geoMessage = GEO_MESSAGES[geolocation.state.status];
  const isNearOn = geolocation.state.status === 'on';

  const kindOptions = [
    { value: '', label: t('clinics.allKinds') },
    ...ORGANIZATION_KINDS.map((code) => ({ value: code, label: t(`directory.kind.${code}`) })),
  ];

  return (
    <div className="page">
      <PageHeading>{t('clinics.title')}</PageHeading>
      {regionCode === null ? (
        <RegionRequired />
      ) : (
        <>
          {region ? <p className="page-lead">{t('clinics.lead', { region: region.name })}</p> : null}
          <SearchForm
            label={t('clinics.searchLabel')}
            hint={t('clinics.searchHint')}
            value={q}
            onSearch={setQ}
          >
            <div className="search-form__filters">
              <SelectField
                label={t('clinics.kindLabel')}
                value={kind ?? ''}
                options={kindOptions}
                onChange={setKind}
              />
              <button
                type="button"
                className="button button--secondary button--toggle"
                aria-pressed={isNearOn}
                onClick={geolocation.toggle}
              >
                {t('clinics.near')}
              </button>
            </div>
          </SearchForm>
          <LiveStatus className="geo-status">{geoMessage ? t(geoMessage) : null}</LiveStatus>
          <OrganizationResults
            filters={{ region: regionCode, q: q || undefined, kind, near: geolocation.near }}
            regionName={region?.name ?? regionCode}
          />
        </>
      )}
    </div>
  );
}
