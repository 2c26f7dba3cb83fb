import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoscowDate } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { ApplicationForm } from './application-form';
import { staffApplicationsQueries } from './staff-applications.api';
import { StaffCertificates } from './staff-certificates';

/**
 * «Заявления» of «Обучение» (issue 12 item 9): one's applications with their numbers and statuses (a
 * rejection's reason beside it), «Новое заявление» with the form of the chosen type, and «Справки».
 */
export function ApplicationsPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('staffApplications.title'));
  const list = useQuery(staffApplicationsQueries.mine());
  const [isWriting, setWriting] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  return (
    <div className="page doctor-page">
      <PageHeading>{t('staffApplications.title')}</PageHeading>
      {sent ? <p role="status">{sent}</p> : null}
      {isWriting ? (
        <ApplicationForm
          onSubmitted={(application) => {
            setWriting(false);
            setSent(t('staffApplications.sent', { number: application.number }));
          }}
        />
      ) : (
        <button type="button" className="button button--primary" onClick={() => setWriting(true)}>
          {t('staffApplications.new')}
        </button>
      )}
      {list.isPending ? <LiveStatus className="page-loading">{t('common.loading')}</LiveStatus> : null}
      {list.isError ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.items.length === 0 ? <p>{t('staffApplications.none')}</p> : null}
      {list.data && list.data.items.length > 0 ? (
        <table className="doctor-table">
          <caption className="visually-hidden">{t('staffApplications.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('staffApplications.number')}</th>
              <th scope="col">{t('staffApplications.type')}</th>
              <th scope="col">{t('staffApplications.submitted')}</th>
              <th scope="col">{t('staffApplications.status')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.number}</th>
                <td>{t(`staffApplications.types.${a.type}`)}</td>
                <td>{formatMoscowDate(a.createdAt, i18n.language)}</td>
                <td>
                  {t(`staffApplications.statuses.${a.status}`)}
                  {a.rejectionReason ? ` — ${a.rejectionReason}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <StaffCertificates />
    </div>
  );
}
