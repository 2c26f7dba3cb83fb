import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoscowDateTime } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import { FormAlert } from '../../shared/ui/form-alert';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { notificationQueries, notificationsApi } from './notifications.api';
import './notifications.css';
import { CursorPager } from '../../shared/ui/cursor-pager';

/** `/notifications`: the account's in-app notifications, newest first, with read marks. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('notifications.title'));
  const queryClient = useQueryClient();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const cursor = cursors.at(-1) ?? null;
  const page = useQuery(notificationQueries.list(cursor));
  const [status, setStatus] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['account', 'notifications'] });
  const markRead = useMutation({ mutationFn: notificationsApi.markRead, onSuccess: refresh });
  const markAll = useMutation({
    mutationFn: notificationsApi.markAllRead,
    // Marking them all supersedes a failed single mark: its alert goes.
    onMutate: () => markRead.reset(),
    onSuccess: async () => {
      await refresh();
      setStatus(t('notifications.allMarked'));
    },
  });

  return (
    <section className="page">
      <PageHeading isReady={!page.isPending}>{t('notifications.title')}</PageHeading>
      <LiveStatus>{page.isPending ? t('common.loading') : status}</LiveStatus>
      {/* A failed mark would otherwise go unnoticed: the notification just stays unread. */}
      <FormAlert error={markRead.error ?? markAll.error} title={t('notifications.markFailed')} />
      {page.isError ? <ErrorMessage error={page.error} onRetry={() => void page.refetch()} /> : null}
      {page.data ? (
        <>
          <p>{t('notifications.unreadSummary', { count: page.data.unread })}</p>
          {page.data.unread > 0 ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => markAll.mutate()}
              disabled={markAll.isPending}
            >
              {t('notifications.markAll')}
            </button>
          ) : null}
          {page.data.items.length === 0 ? (
            <p>{t('notifications.empty')}</p>
          ) : (
            <ul className="notification-list">
              {page.data.items.map((item) => (
                <li
                  key={item.id}
                  className={`notification-list__item${item.readAt ? '' : ' notification-list__item--unread'}`}
                >
                  <h2 className="notification-list__title">
                    {item.title}
                    {item.readAt ? null : (
                      <span className="visually-hidden"> ({t('notifications.new')})</span>
                    )}
                  </h2>
                  <p>{item.body}</p>
                  <p className="notification-list__meta">
                    {formatMoscowDateTime(item.createdAt, i18n.language)}
                  </p>
                  <div className="notification-list__actions">
                    <Link to={item.url} onClick={() => (item.readAt ? undefined : markRead.mutate(item.id))}>
                      {t('notifications.open')}
                    </Link>
                    {item.readAt ? null : (
                      <button
                        type="button"
                        className="button button--secondary"
                        onClick={() => markRead.mutate(item.id)}
                        aria-label={t('notifications.markReadNamed', { title: item.title })}
                      >
                        {t('notifications.markRead')}
                      </button>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          )}
          <CursorPager
            className="notification-list__actions"
            cursors={cursors}
            nextCursor={page.data.nextCursor}
            onChange={setCursors}
            newerLabel={t('notifications.newer')}
            olderLabel={t('notifications.older')}
          />
        </>
      ) : null}
    </section>
  );
}
