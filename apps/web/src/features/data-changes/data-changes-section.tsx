import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoscowDate } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { DataChangeCodeForm } from './data-change-code-form';
import { DataChangeForm } from './data-change-form';
import { dataChangeQueries, type TDataChangeRequest } from './data-changes.api';
import './data-changes.css';

/** A status shown by its word and, for the ones still waiting, by a dashed border (not by colour alone). */
function StatusBadge({ request }: { request: TDataChangeRequest }) {
  const isWaiting = request.status === 'in_progress' || request.status === 'approved';
  return (
    <span className={isWaiting ? 'badge badge--muted' : 'badge'} data-status={request.status}>
      {request.statusLabel}
    </span>
  );
}

function RequestItem({
  request,
  onStatus,
}: {
  request: TDataChangeRequest;
  onStatus: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <li className="record-list__item data-change" aria-labelledby={`data-change-${request.id}`}>
      <h3 className="record-list__title" id={`data-change-${request.id}`}>
        {t('dataChange.list.item', {
          number: request.number,
          category: t(`dataChange.category.${request.category}`),
        })}
      </h3>
      <p>
        <StatusBadge request={request} />
      </p>
      <dl className="record-list__facts">
        <div>
          <dt>{t('dataChange.list.newValue')}</dt>
          <dd>{request.newValue}</dd>
        </div>
        <div>
          <dt>{t('dataChange.list.filed')}</dt>
          <dd>{formatMoscowDate(request.createdAt, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('dataChange.list.due')}</dt>
          <dd>{formatMoscowDate(request.dueAt, i18n.language)}</dd>
        </div>
        {request.attachmentIds.length > 0 ? (
          <div>
            <dt>{t('dataChange.list.scans')}</dt>
            <dd>{request.attachmentIds.length}</dd>
          </div>
        ) : null}
        {request.comment ? (
          <div>
            <dt>{t('dataChange.list.comment')}</dt>
            <dd>{request.comment}</dd>
          </div>
        ) : null}
      </dl>
      {request.needsConfirmation ? <DataChangeCodeForm request={request} onDone={onStatus} /> : null}
    </li>
  );
}

/**
 * «Изменить данные» in «Мои данные»: the form, and the patient's requests with their statuses — «В работе»,
 * «Одобрено», «Изменения применены», «Отклонено» — and the code of a new phone or e-mail.
 */
export function DataChangesSection() {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  const query = useQuery(dataChangeQueries.mine());
  const items = query.data?.items ?? [];
  return (
    <>
      <section className="section" aria-labelledby="data-change-title">
        <h2 id="data-change-title">{t('dataChange.form.title')}</h2>
        <p className="hint">{t('dataChange.form.lead')}</p>
        <LiveStatus>{status}</LiveStatus>
        <DataChangeForm
          onSent={(created) =>
            setStatus(
              t(created.needsConfirmation ? 'dataChange.form.sentWithCode' : 'dataChange.form.sent', {
                number: created.number,
              }),
            )
          }
        />
      </section>
      <section className="section" aria-labelledby="data-change-list-title">
        <h2 id="data-change-list-title">{t('dataChange.list.title')}</h2>
        {query.isError ? (
          <ErrorMessage error={query.error} onRetry={() => void query.refetch()} headingLevel={3} />
        ) : null}
        {query.isSuccess && items.length === 0 ? <p>{t('dataChange.list.empty')}</p> : null}
        {items.length > 0 ? (
          <ul className="record-list">
            {items.map((request) => (
              <RequestItem key={request.id} request={request} onStatus={setStatus} />
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}
