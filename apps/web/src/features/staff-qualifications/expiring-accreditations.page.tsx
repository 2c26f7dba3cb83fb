import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { qualificationQueries } from './qualifications.api';

/** The clinic admin's list (issue 12 item 7): whose accreditation ends within 90 days, soonest first. */
export function ExpiringAccreditationsPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('qualifications.admin.title'));
  const list = useQuery(qualificationQueries.expiring(90));
  return (
    <div className="page">
      <PageHeading isReady={!list.isPending}>{t('qualifications.admin.title')}</PageHeading>
      <p className="page-lead">{t('qualifications.admin.lead')}</p>
      {list.isPending ? (
        <LiveStatus className="page-loading">{t('common.loading')}</LiveStatus>
      ) : list.isError ? (
        <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p>{t('qualifications.admin.none')}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t('qualifications.admin.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('qualifications.admin.practitioner')}</th>
              <th scope="col">{t('qualifications.admin.clinic')}</th>
              <th scope="col">{t('qualifications.fields.specialty')}</th>
              <th scope="col">{t('qualifications.fields.validUntil')}</th>
              <th scope="col">{t('qualifications.fields.daysLeft')}</th>
              <th scope="col">{t('qualifications.fields.status')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((item) => (
              <tr key={`${item.id}-${item.organization.id}`}>
                <td>{item.practitioner.name}</td>
                <td>{item.organization.name}</td>
                <td>{item.specialty.name}</td>
                <td>{formatCalendarDate(item.validUntil, i18n.language)}</td>
                <td>{t('qualifications.daysLeft', { count: item.daysLeft })}</td>
                <td>{t(`qualifications.statuses.${item.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
