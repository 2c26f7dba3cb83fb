import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../shared/ui/error-message';
import { Fact } from '../../shared/ui/fact';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { clinicsQueries } from './clinics.api';
import './admin-clinics.css';

/**
 * `/admin/clinics/:organizationId`: one clinic's region, address and counts, and the ways into its staff
 * (the staff list filtered to it, where its first admin is invited) and its schedules.
 */
export function AdminClinicPage() {
  const { t } = useTranslation();
  const { organizationId = '' } = useParams();
  const clinic = useQuery(clinicsQueries.one(organizationId));
  useDocumentTitle(clinic.data?.shortName ?? t('adminClinics.title'));
  const chosen = `?organization=${encodeURIComponent(organizationId)}`;

  return (
    <div className="page">
      <p>
        <Link to="/admin/clinics">{t('adminClinics.back')}</Link>
      </p>
      {clinic.isError ? <ErrorMessage error={clinic.error} onRetry={() => void clinic.refetch()} /> : null}
      {clinic.isPending ? <LiveStatus className="page-loading">{t('common.loading')}</LiveStatus> : null}
      {clinic.data ? (
        <>
          <PageHeading>{clinic.data.name}</PageHeading>
          <dl className="facts">
            <Fact label={t('adminClinics.region')}>{clinic.data.region.name}</Fact>
            <Fact label={t('adminClinics.address')}>{clinic.data.address}</Fact>
            <Fact label={t('adminClinics.practitioners')}>{clinic.data.practitioners}</Fact>
            <Fact label={t('adminClinics.staff')}>{t('adminClinics.staffCounts', clinic.data.staff)}</Fact>
            <Fact label={t('adminClinics.attached')}>{clinic.data.attachedPatients}</Fact>
            <Fact label={t('adminClinics.today')}>{clinic.data.appointmentsToday}</Fact>
          </dl>
          <ul className="admin-clinics__links">
            <li>
              <Link to={`/admin/staff${chosen}`}>{t('adminClinics.openStaff')}</Link>
            </li>
            <li>
              <Link to={`/admin/schedules${chosen}`}>{t('adminClinics.openSchedules')}</Link>
            </li>
          </ul>
        </>
      ) : null}
    </div>
  );
}
