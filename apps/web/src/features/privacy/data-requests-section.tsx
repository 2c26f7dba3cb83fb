import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatMoscowDate } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import { privacyQueries } from './privacy.api';

/** «Мои обращения»: each request with its state and the legal deadline of the answer. */
export function DataRequestsSection() {
  const { t, i18n } = useTranslation();
  const requests = useQuery(privacyQueries.dataRequests());
  const items = requests.data?.items ?? [];
  const date = (iso: string) => formatMoscowDate(iso, i18n.language);

  return (
    <section className="section" aria-labelledby="data-requests-title">
      <h2 id="data-requests-title">{t('myData.requests.title')}</h2>
      {requests.isError ? (
        <ErrorMessage error={requests.error} onRetry={() => void requests.refetch()} headingLevel={3} />
      ) : null}
      {requests.isPending ? <p>{t('common.loading')}</p> : null}
      {requests.isSuccess && items.length === 0 ? <p className="hint">{t('myData.requests.empty')}</p> : null}
      {items.length > 0 ? (
        <ul className="record-list">
          {items.map((request) => (
            <li key={request.id} className="record-list__item">
              <h3 className="record-list__title">{t(`myData.requests.kind.${request.kind}`)}</h3>
              <dl className="record-list__facts">
                <div>
                  <dt>{t('myData.requests.state')}</dt>
                  <dd>
                    <span className={request.status === 'done' ? 'badge' : 'badge badge--muted'}>
                      {t(`myData.requests.status.${request.status}`)}
                    </span>
                  </dd>
                </div>
                <div>
                  <dt>{t('myData.requests.createdAt')}</dt>
                  <dd>{date(request.createdAt)}</dd>
                </div>
                <div>
                  <dt>{t('myData.requests.dueAt')}</dt>
                  <dd>
                    {date(request.dueAt)}
                    {request.isOverdue ? <strong> ({t('myData.requests.overdue')})</strong> : null}
                  </dd>
                </div>
                {request.closedAt ? (
                  <div>
                    <dt>{t('myData.requests.closedAt')}</dt>
                    <dd>{date(request.closedAt)}</dd>
                  </div>
                ) : null}
                {request.details ? (
                  <div>
                    <dt>{t('myData.requests.details')}</dt>
                    <dd>{request.details}</dd>
                  </div>
                ) : null}
              </dl>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
