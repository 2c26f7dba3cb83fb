import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api-client';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';

/**
 * Loading and failure of one part of the record. A ward's record the API refuses (404: the young person,
 * 15 or older, keeps their medical data to themselves, or the link gives no medical access) is said plainly.
 */
export function RecordState({
  query,
  patientId,
}: {
  query: Pick<UseQueryResult, 'isPending' | 'isError' | 'error' | 'refetch'>;
  patientId: string | undefined;
}) {
  const { t } = useTranslation();
  const refused = query.error instanceof ApiError && query.error.status === 404 && patientId !== undefined;
  return (
    <>
      <LiveStatus>{query.isPending ? t('card.loading') : null}</LiveStatus>
      {refused ? (
        <div className="notice" role="alert">
          <p className="notice__title">{t('card.accessClosed')}</p>
          <p>{t('card.accessClosedHint')}</p>
        </div>
      ) : query.isError ? (
        <ErrorMessage error={query.error} headingLevel={3} onRetry={() => void query.refetch()} />
      ) : null}
    </>
  );
}

/** «Записей нет» for an empty list. */
export function EmptyList({ text }: { text: string }) {
  return (
    <div className="notice">
      <p>{text}</p>
    </div>
  );
}

/**
 * A part of the record as a table: the caption, the column headings (each row's first cell is its row
 * heading) and the rows. The table is the accessible form of the record; under 40 rem its rows stack.
 */
export function RecordTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: readonly string[];
  children: ReactNode;
}) {
  return (
    <div className="table-scroll">
      <table className="record-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/**
 * A part of the record as cards, with its loading, failure and «none» states: one article an item, titled
 * (the heading names the article for screen readers), its facts below.
 */
export function RecordCards<T extends { id: string }>({
  query,
  patientId,
  none,
  idPrefix,
  title,
  children,
}: {
  /** The section's list query; its `items` are the cards. */
  query: Pick<
    UseQueryResult<{ items: readonly T[] }>,
    'data' | 'isPending' | 'isError' | 'isSuccess' | 'error' | 'refetch'
  >;
  patientId: string | undefined;
  /** What an empty list says. */
  none: string;
  idPrefix: string;
  title: (item: T) => ReactNode;
  children: (item: T) => ReactNode;
}) {
  const items = query.data?.items ?? [];
  return (
    <>
      <RecordState query={query} patientId={patientId} />
      {query.isSuccess && items.length === 0 ? <EmptyList text={none} /> : null}
      <ul className="plain-list record-list">
        {items.map((item) => (
          <li key={item.id}>
            <article className="card" aria-labelledby={`${idPrefix}-${item.id}`}>
              <h3 id={`${idPrefix}-${item.id}`} className="card__title">
                {title(item)}
              </h3>
              {children(item)}
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}
