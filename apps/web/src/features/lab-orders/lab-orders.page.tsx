import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { LabOrderSummary } from './lab-order-summary';
import { labQueries } from './lab-orders.api';
import '../account/account.css';
import './lab-orders.css';

/**
 * «Анализы к выполнению» (issue 12 item 3): the active orders of one's clinics, urgent first and then the
 * oldest (the server's order), each with the way to its result form. For nurses and doctors alike.
 */
export function LabOrdersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('labs.toDo.title'));
  const list = useQuery(labQueries.toDo());
  const orders = list.data?.items ?? [];
  return (
    <div className="page doctor-page">
      <PageHeading isReady={!list.isPending}>{t('labs.toDo.title')}</PageHeading>
      {list.isPending ? <LiveStatus className="page-loading">{t('common.loading')}</LiveStatus> : null}
      {list.isError ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && orders.length === 0 ? <p>{t('labs.toDo.none')}</p> : null}
      {orders.length > 0 ? (
        <>
          <p>{t('labs.toDo.summary', { count: orders.length })}</p>
          <ul className="record-list">
            {orders.map((order) => (
              <li key={order.id} className="record-list__item">
                <LabOrderSummary order={order} showPatient />
                <Link className="button button--primary" to={`/doctor/labs/${order.id}`}>
                  {t('labs.toDo.enter', { number: order.number })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
