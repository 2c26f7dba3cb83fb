import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoscowDate } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';

/** One open item of a queue, as the page shows it. */
export interface QueueItem {
  id: string;
  title: string;
  details?: string;
  createdAt: string;
  /** Null where no law sets a deadline (course enrolments). */
  dueAt: string | null;
  isOverdue: boolean;
  /** Where it is handled, or its inline decision. */
  action: ReactNode;
}

/** The count badge's text: open items and, when any, how many are overdue. */
export function useQueueCount() {
  const { t } = useTranslation();
  return (items: readonly { isOverdue: boolean }[] | undefined) => {
    if (!items) return '…';
    const overdue = items.filter((item) => item.isOverdue).length;
    return overdue
      ? `${t('adminQueues.open', { count: items.length })}, ${t('adminQueues.overdueCount', { count: overdue })}`
      : t('adminQueues.open', { count: items.length });
  };
}

/**
 * One queue: its heading with the count badge, then the open items oldest first, each with its deadline and
 * «просрочено» in words (not colour alone), and where it is handled.
 */
export function QueueSection<T>({
  id,
  title,
  query,
  toItem,
}: {
  id: string;
  title: string;
  query: UseQueryResult<T[]>;
  toItem: (item: T) => QueueItem;
}) {
  const { t, i18n } = useTranslation();
  const count = useQueueCount();
  const items = query.data?.map(toItem);
  const date = (iso: string) => formatMoscowDate(iso, i18n.language);
  return (
    <section className="admin-queues__queue" aria-labelledby={`${id}-heading`} id={id}>
      <h2 id={`${id}-heading`}>
        {title} <span className="admin-queues__badge">{count(items)}</span>
      </h2>
      {query.isError ? <ErrorMessage error={query.error} onRetry={() => void query.refetch()} /> : null}
      {items && items.length === 0 ? <p>{t('adminQueues.empty')}</p> : null}
      {items && items.length > 0 ? (
        <ul className="admin-queues__list">
          {items.map((item) => (
            <li
              key={item.id}
              className={
                item.isOverdue ? 'admin-queues__item admin-queues__item--overdue' : 'admin-queues__item'
              }
            >
              <p className="admin-queues__title">
                {item.title}
                {item.isOverdue ? (
                  <strong className="admin-queues__overdue"> — {t('adminQueues.overdue')}</strong>
                ) : null}
              </p>
              {item.details ? <p>{item.details}</p> : null}
              <p className="admin-queues__dates">
                {t('adminQueues.received', { date: date(item.createdAt) })}
                {' · '}
                {item.dueAt
                  ? t('adminQueues.due', { date: date(item.dueAt) })
                  : t('adminQueues.noLegalDeadline')}
              </p>
              <div className="admin-queues__action">{item.action}</div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
