import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoscowDateTime } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import {
  adminNotificationQueries,
  adminNotificationsApi,
  type OutboxStatusFilter,
} from './admin-notifications.api';
import './admin-notifications.css';
import { CursorPager } from '../../shared/ui/cursor-pager';

const STATUSES: OutboxStatusFilter[] = ['dead', 'pending', 'sending', 'sent', 'cancelled'];

/**
 * `/admin/notifications`: the outbox for the system administrator, dead letters first, each with «Повторить».
 * Recipients come masked from the server and payloads never leave it.
 */
export function DeadLettersPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('adminNotifications.title'));
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<OutboxStatusFilter>('dead');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = useQuery(adminNotificationQueries.list(status, cursors.at(-1) ?? null));
  const [announcement, setAnnouncement] = useState('');
  const retry = useMutation({
    mutationFn: adminNotificationsApi.retry,
    onSuccess: async () => {
      setAnnouncement(t('adminNotifications.retried'));
      await queryClient.invalidateQueries({ queryKey: ['account', 'admin-notifications'] });
    },
    onError: () => setAnnouncement(t('adminNotifications.retryFailed')),
  });

  return (
    <section className="page">
      <PageHeading isReady={!page.isPending}>{t('adminNotifications.title')}</PageHeading>
      <p>{t('adminNotifications.intro')}</p>
      <div className="admin-notifications__filter">
        <label htmlFor="outbox-status">{t('adminNotifications.status')}</label>
        <select
          id="outbox-status"
          value={status}
          onChange={(event) => {
            setStatus(event.target.value as OutboxStatusFilter);
            setCursors([null]);
          }}
        >
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`adminNotifications.statuses.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <LiveStatus>{page.isPending ? t('common.loading') : announcement}</LiveStatus>
      {page.isError ? <ErrorMessage error={page.error} onRetry={() => void page.refetch()} /> : null}
      {page.data ? (
        <>
          <p>{t('adminNotifications.total', { count: page.data.total })}</p>
          {page.data.items.length === 0 ? (
            <p>{t('adminNotifications.empty')}</p>
          ) : (
            <div className="admin-notifications__scroll">
              <table className="admin-notifications__table">
                <caption className="visually-hidden">{t('adminNotifications.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('adminNotifications.columns.created')}</th>
                    <th scope="col">{t('adminNotifications.columns.event')}</th>
                    <th scope="col">{t('adminNotifications.columns.channel')}</th>
                    <th scope="col">{t('adminNotifications.columns.recipient')}</th>
                    <th scope="col">{t('adminNotifications.columns.attempts')}</th>
                    <th scope="col">{t('adminNotifications.columns.error')}</th>
                    <th scope="col">{t('adminNotifications.columns.action')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.data.items.map((item) => (
                    <tr key={item.id}>
                      <td>{formatMoscowDateTime(item.createdAt, i18n.language)}</td>
                      <td>
                        {item.event}
                        <br />
                        <small>{item.template}</small>
                      </td>
                      <td>{t(`adminNotifications.channels.${item.channel}`)}</td>
                      <td>{item.maskedRecipient}</td>
                      <td>{item.attempts}</td>
                      <td>
                        {item.lastError ?? '—'}
                        {item.report ? (
                          <>
                            <br />
                            <small>{t(`adminNotifications.report.${item.report.status}`)}</small>
                          </>
                        ) : null}
                      </td>
                      <td>
                        {item.status === 'dead' ? (
                          <button
                            type="button"
                            className="button button--secondary"
                            disabled={retry.isPending}
                            onClick={() => retry.mutate(item.id)}
                            aria-label={t('adminNotifications.retryNamed', {
                              event: item.event,
                              recipient: item.maskedRecipient,
                            })}
                          >
                            {t('adminNotifications.retry')}
                          </button>
                        ) : (
                          t(`adminNotifications.statuses.${item.status}`)
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <CursorPager
            className="admin-notifications__pager"
            cursors={cursors}
            nextCursor={page.data.nextCursor}
            onChange={setCursors}
            newerLabel={t('adminNotifications.newer')}
            olderLabel={t('adminNotifications.older')}
          />
        </>
      ) : null}
    </section>
  );
}
