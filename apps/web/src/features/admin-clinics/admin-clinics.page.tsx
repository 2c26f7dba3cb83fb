import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { SearchForm } from '../../shared/ui/search-form';
import { SelectField } from '../../shared/ui/select-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { useQueryParam } from '../../shared/ui/use-query-param';
import { directoryQueries } from '../directory/directory.api';
import { clinicsQueries } from './clinics.api';
import '../admin-staff/admin-staff.css';
import './admin-clinics.css';

/**
 * `/admin/clinics` «Клиники» (issue 13 item 3, the system admin's): every clinic with its region, address
 * and counts — practitioners, staff accounts (active, blocked, invited), attached patients, today's visits —
 * found by name, address or region (kept in the URL); a clinic's name opens its page.
 */
export function AdminClinicsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('adminClinics.title'));
  const [query, setQuery] = useQueryParam('query');
  const [region, setRegion] = useQueryParam('region');
  const regions = useQuery(directoryQueries.regions());
  const clinics = useQuery(clinicsQueries.list({ query: query || undefined, region: region || undefined }));

  return (
    <div className="page">
      <PageHeading isReady={!clinics.isPending}>{t('adminClinics.title')}</PageHeading>
      <SearchForm
        label={t('adminClinics.search')}
        hint={t('adminClinics.searchHint')}
        value={query}
        onSearch={setQuery}
      >
        <div className="search-form__filters">
          <SelectField
            label={t('adminClinics.region')}
            value={region}
            onChange={setRegion}
            options={[
              { value: '', label: t('adminClinics.anyRegion') },
              ...(regions.data ?? []).map((r) => ({ value: r.code, label: `${r.code} — ${r.name}` })),
            ]}
          />
        </div>
      </SearchForm>
      {clinics.isError ? <ErrorMessage error={clinics.error} onRetry={() => void clinics.refetch()} /> : null}
      {clinics.isPending ? <LiveStatus className="page-loading">{t('common.loading')}</LiveStatus> : null}
      {clinics.data ? (
        <LiveStatus>{t('adminClinics.found', { count: clinics.data.items.length })}</LiveStatus>
      ) : null}
      {clinics.data?.items.length ? (
        <div className="admin-staff__scroll">
          <table className="admin-staff__table">
            <caption className="visually-hidden">{t('adminClinics.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('adminClinics.clinic')}</th>
                <th scope="col">{t('adminClinics.region')}</th>
                <th scope="col">{t('adminClinics.address')}</th>
                <th scope="col">{t('adminClinics.practitioners')}</th>
                <th scope="col">{t('adminClinics.staff')}</th>
                <th scope="col">{t('adminClinics.attached')}</th>
                <th scope="col">{t('adminClinics.today')}</th>
              </tr>
            </thead>
            <tbody>
              {clinics.data.items.map((clinic) => (
                <tr key={clinic.id}>
                  <th scope="row">
                    <Link to={`/admin/clinics/${clinic.id}`}>{clinic.name}</Link>
                  </th>
                  <td>{clinic.region.name}</td>
                  <td>{clinic.address}</td>
                  <td>{clinic.practitioners}</td>
                  <td>{t('adminClinics.staffCounts', clinic.staff)}</td>
                  <td>{clinic.attachedPatients}</td>
                  <td>{clinic.appointmentsToday}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
