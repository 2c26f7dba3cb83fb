import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, dataOf } from '../../shared/api-client';
import { formatMoscowDateTime } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { SelectField } from '../../shared/ui/select-field';
import { TextField } from '../../shared/ui/text-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import {
  apiQuery,
  exportHref,
  REQUEST_TYPES,
  type RequestHistoryFilters,
  type RequestStatus,
  type RequestType,
  readFilters,
  statusOptions,
  writeFilters,
} from './request-history-filters';
import './request-history.css';

/**
 * `/account/requests` («История обращений», issue 11 item 7): every request of the patient — appointments,
 * data changes, data-subject requests, certificates, attachment requests — newest first. The filters live in the address and are applied as
 * they change, without reloading the page (the query cache keeps the previous rows on screen meanwhile);
 * the server filters and pages; CSV and PDF with the same filters.
 */
export function RequestHistoryPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('requestHistory.title'));
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const query = useInfiniteQuery({
    // Under ['account'] so that logging out drops it (see forgetSession).
    queryKey: ['account', 'request-history', filters],
    queryFn: ({ signal, pageParam }) =>
      dataOf(
        api.GET('/api/v1/me/request-history', {
          params: { query: { ...apiQuery(filters), cursor: pageParam } },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];

  const change = (next: Partial<RequestHistoryFilters>) => {
    const merged = { ...filters, ...next };
    // A status of another type does not survive a change of type.
    if (merged.status && !statusOptions(merged.type).includes(merged.status)) merged.status = '';
    setParams(writeFilters(merged), { replace: true, preventScrollReset: true });
  };
  const all = { value: '', label: t('requestHistory.filters.all') };

  return (
    <div className="page account-page request-history">
      <PageHeading isReady={!query.isPending}>{t('requestHistory.title')}</PageHeading>
      <p className="page-lead">{t('requestHistory.lead')}</p>
      <section className="section" aria-labelledby="request-filters-title">
        <h2 id="request-filters-title">{t('requestHistory.filters.title')}</h2>
        <div className="request-history__filters">
          <SelectField
            id="request-type"
            label={t('requestHistory.filters.type')}
            value={filters.type}
            onChange={(type) => change({ type: type as RequestType | '' })}
            options={[
              all,
              ...REQUEST_TYPES.map((value) => ({ value, label: t(`requestHistory.type.${value}`) })),
            ]}
          />
          <SelectField
            id="request-status"
            label={t('requestHistory.filters.status')}
            value={filters.status}
            onChange={(status) => change({ status: status as RequestStatus | '' })}
            options={[
              all,
              ...statusOptions(filters.type).map((value) => ({
                value,
                label: t(`requestHistory.status.${value}`),
              })),
            ]}
          />
          <TextField
            id="request-from"
            type="date"
            label={t('requestHistory.filters.from')}
            value={filters.from}
            onChange={(event) => change({ from: event.target.value })}
          />
          <TextField
            id="request-to"
            type="date"
            label={t('requestHistory.filters.to')}
            value={filters.to}
            onChange={(event) => change({ to: event.target.value })}
          />
        </div>
        <ul className="download-links">
          <li>
            <a className="button button--secondary" href={exportHref('csv', filters)} download>
              {t('requestHistory.export.csv')}
            </a>
          </li>
          <li>
            <a className="button button--secondary" href={exportHref('pdf', filters)} download>
              {t('requestHistory.export.pdf')}
            </a>
          </li>
        </ul>
      </section>
      <section className="section" aria-labelledby="request-results-title">
        <h2 id="request-results-title">{t('requestHistory.results')}</h2>
        <LiveStatus>
          {query.isFetching
            ? t('requestHistory.loading')
            : t('requestHistory.shown', { count: items.length })}
        </LiveStatus>
        {query.isError ? (
          <ErrorMessage error={query.error} onRetry={() => void query.refetch()} headingLevel={3} />
        ) : null}
        {query.isSuccess && items.length === 0 ? <p>{t('requestHistory.empty')}</p> : null}
        {items.length > 0 ? (
          <section
            className="request-history__table-wrap"
            aria-label={t('requestHistory.caption')}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways on a phone must be reachable by keyboard (axe scrollable-region-focusable).
            tabIndex={0}
          >
            <table className="request-history__table">
              <caption className="visually-hidden">{t('requestHistory.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('requestHistory.column.date')}</th>
                  <th scope="col">{t('requestHistory.column.type')}</th>
                  <th scope="col">{t('requestHistory.column.number')}</th>
                  <th scope="col">{t('requestHistory.column.status')}</th>
                  <th scope="col">{t('requestHistory.column.clinic')}</th>
                  <th scope="col">{t('requestHistory.column.comment')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={`${item.type}-${item.id}`}>
                    <td>{formatMoscowDateTime(item.createdAt, i18n.language)}</td>
                    <td>{t(`requestHistory.type.${item.type}`)}</td>
                    <td>{item.number ?? '—'}</td>
                    <td>{item.statusLabel ?? item.status}</td>
                    <td>{item.organizationName ?? ''}</td>
                    <td>{item.comment ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ) : null}
        {query.hasNextPage ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            {t('requestHistory.more')}
          </button>
        ) : null}
      </section>
    </div>
  );
}
