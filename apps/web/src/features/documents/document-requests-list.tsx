import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatMoscowDate } from '../../shared/ui/dates';
import { describeError, ErrorMessage } from '../../shared/ui/error-message';
import { documentsApi, documentsQueries, type TDocumentRequest } from './documents.api';

/** «Мои заказы»: each request with its number, status badge, download and «Отправить на почту». */
export function DocumentRequestsList({ onStatus }: { onStatus: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const requests = useQuery(documentsQueries.requests());
  const items = requests.data?.items ?? [];
  return (
    <section className="section" aria-labelledby="document-requests-title">
      <h2 id="document-requests-title">{t('documents.requests.title')}</h2>
      {requests.isError ? (
        <ErrorMessage error={requests.error} onRetry={() => void requests.refetch()} headingLevel={3} />
      ) : null}
      {requests.isPending ? <p>{t('common.loading')}</p> : null}
      {requests.isSuccess && items.length === 0 ? (
        <p className="hint">{t('documents.requests.empty')}</p>
      ) : null}
      {items.length > 0 ? (
        <ul className="record-list">
          {items.map((request) => (
            <RequestItem
              key={request.id}
              request={request}
              date={formatMoscowDate(request.createdAt, i18n.language)}
              onStatus={onStatus}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function RequestItem(props: {
  request: TDocumentRequest;
  date: string;
  onStatus: (message: string) => void;
}) {
  const { request, date, onStatus } = props;
  const { t } = useTranslation();
  const email = useMutation({
    mutationFn: () => documentsApi.email(request.id),
    onSuccess: ({ sentTo }) => onStatus(t('documents.requests.emailed', { address: sentTo })),
    onError: (error) => onStatus(describeError(error, t)),
  });
  const titleId = `request-${request.id}`;
  return (
    <li className="record-list__item">
      <h3 id={titleId} className="record-list__title">
        {t(`documents.types.${request.type}`)}
      </h3>
      <dl className="record-list__facts">
        <div>
          <dt>{t('documents.requests.number')}</dt>
          <dd>{request.number}</dd>
        </div>
        <div>
          <dt>{t('documents.requests.state')}</dt>
          <dd>
            <span className={request.status === 'ready' ? 'badge' : 'badge badge--muted'}>
              {t(`documents.status.${request.status}`)}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('documents.requests.createdAt')}</dt>
          <dd>{date}</dd>
        </div>
        {request.purpose ? (
          <div>
            <dt>{t('documents.requests.purpose')}</dt>
            <dd>{request.purpose}</dd>
          </div>
        ) : null}
        {request.rejectionReason ? (
          <div>
            <dt>{t('documents.requests.rejectionReason')}</dt>
            <dd>{request.rejectionReason}</dd>
          </div>
        ) : null}
      </dl>
      {request.fileUrl ? (
        <div className="download-links">
          <a className="button button--secondary" href={request.fileUrl} download>
            {t('documents.requests.download', { number: request.number })}
          </a>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => email.mutate()}
            disabled={email.isPending}
            aria-describedby={titleId}
          >
            {t('documents.requests.email')}
          </button>
          {request.checkUrl ? (
            <a className="button button--secondary" href={request.checkUrl}>
              {t('documents.requests.check', { number: request.number })}
            </a>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
