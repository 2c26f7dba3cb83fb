import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { useMe } from '../auth/use-me';
import { appointmentQueries } from '../booking/booking.api';
import { usePatientName } from '../booking/use-patient-name';
import { userTimeZone } from '../directory/time-zone';
import { fullName } from '../representatives/person-name';
import { representativesQueries } from '../representatives/representatives.api';
import { PendingSurveysCard } from '../surveys/pending-surveys-card';
import {
  HISTORY_PAGE_SIZE,
  type HistoryFilters,
  historyApiQuery,
  historyExportHref,
  readHistoryParams,
  writeHistoryParams,
} from './history-filters';
import { HistoryFiltersForm } from './history-filters-form';
import { HistoryPager } from './history-pager';
import { HistoryTable } from './history-table';
import './history.css';

/**
 * `/appointments/history` («История записей»): past and cancelled visits of the user and their family as a
 * table, filtered by period, doctor, status and person (in the address), paged, exported as CSV or PDF
 * with the same filters; each row opens the visit's details, where a fulfilled one can be reviewed.
 */
export function HistoryPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('history.title'));
  const [params, setParams] = useSearchParams();
  const { filters, page } = useMemo(() => readHistoryParams(params), [params]);
  const timeZone = userTimeZone();
  const query = useQuery({
    ...appointmentQueries.search(historyApiQuery(filters, timeZone, { page, pageSize: HISTORY_PAGE_SIZE })),
    placeholderData: keepPreviousData,
  });
  // The doctor select lists the doctors of the whole history (its latest 100 visits), whatever is filtered.
  const everything = useQuery(
    appointmentQueries.search(
      historyApiQuery({ from: '', to: '', practitioner: '', status: '', patientId: '' }, timeZone, {
        page: 1,
        pageSize: 100,
      }),
    ),
  );
  const { me } = useMe();
  const wards = useQuery({ ...representativesQueries.wards(), enabled: Boolean(me?.patientId) });
  const patientName = usePatientName();
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const movedBy = useRef(false);

  const doctors = useMemo(() => {
    const byId = new Map<string, string>();
    for (const visit of everything.data?.items ?? [])
      byId.set(visit.practitioner.id, visit.practitioner.name);
    return [...byId]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [everything.data]);
  const people = [
    ...(me?.patientId
      ? [{ value: me.patientId, label: t('booking.patientSelf', { name: me.displayName }) }]
      : []),
    ...(wards.data?.items ?? []).map((ward) => ({ value: ward.patient.id, label: fullName(ward.patient) })),
  ];

  const go = (next: HistoryFilters, nextPage = 1) => {
    movedBy.current = true;
    setParams(writeHistoryParams(next, nextPage));
  };
  // After «Показать» or another page, the focus goes to the results, where the answer is.
  useEffect(() => {
    if (movedBy.current && query.isSuccess && !query.isPlaceholderData) {
      movedBy.current = false;
      resultsRef.current?.focus();
    }
  }, [query.isSuccess, query.isPlaceholderData]);

  const total = query.data?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE));
  return (
    <div className="page history">
      <PageHeading isReady={!query.isPending}>{t('history.title')}</PageHeading>
      <p className="page-lead">{t('history.lead')}</p>
      <PendingSurveysCard />
      <p>
        <Link to="/appointments">{t('history.toUpcoming')}</Link>
      </p>
      <HistoryFiltersForm applied={filters} doctors={doctors} people={people} onApply={(next) => go(next)} />
      <section className="section" aria-labelledby="history-export-heading">
        <h2 id="history-export-heading">{t('history.export.title')}</h2>
        <p className="hint">{t('history.export.hint')}</p>
        <div className="actions">
          <a className="button button--secondary" href={historyExportHref('csv', filters, timeZone)} download>
            {t('history.export.csv')}
          </a>
          <a className="button button--secondary" href={historyExportHref('pdf', filters, timeZone)} download>
            {t('history.export.pdf')}
          </a>
        </div>
      </section>
      <section className="section" aria-labelledby="history-results-heading">
        <h2 id="history-results-heading" ref={resultsRef} tabIndex={-1}>
          {query.data ? t('history.found', { count: total }) : t('history.results')}
        </h2>
        <LiveStatus>{query.isFetching ? t('booking.loading') : null}</LiveStatus>
        {query.isError ? (
          <ErrorMessage error={query.error} onRetry={() => void query.refetch()} headingLevel={3} />
        ) : null}
        {query.data && query.data.items.length === 0 ? <p>{t('history.empty')}</p> : null}
        {query.data && query.data.items.length > 0 ? (
          <>
            <HistoryTable
              items={query.data.items}
              caption={t('history.caption', { page, pages: pageCount })}
              patientName={patientName}
            />
            <HistoryPager page={page} pageCount={pageCount} onChange={(next) => go(filters, next)} />
          </>
        ) : null}
      </section>
    </div>
  );
}
