import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { directoryQueries } from '../directory/directory.api';
import { SurveyAnalytics } from '../surveys/survey-analytics';
import { analyticsQueries, type LoadFilters, loadCsvHref } from './analytics.api';
import { DailyTrend } from './daily-trend';
import { LoadTables } from './load-tables';
import { WaitsTable } from './waits-table';
import './analytics.css';

const DAY_MS = 86_400_000;
/** Rows of the waits per page: a system admin's all-clinic answer is thousands of rows, violations first. */
const WAITS_PAGE = 50;
const CANCELLERS = ['patient', 'representative', 'registry', 'clinic'] as const;
// The server's default period is in Moscow days; the page's is too (`en-CA` formats as YYYY-MM-DD).
const moscowDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' });
const isoDay = (at: number) => moscowDay.format(new Date(at));

/**
 * `/admin/analytics` «Аналитика» (issue 13 item 4): waits against the legal norms, then the load of a period —
 * totals, daily trends each with its table, the CSV export, and the load per clinic (a system admin's
 * all-clinic view) or per specialty and practitioner (one clinic). A clinic admin sees their clinic only.
 */
export function AnalyticsPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('analytics.title'));
  const [from, setFrom] = useState(() => isoDay(Date.now() - 29 * DAY_MS));
  const [to, setTo] = useState(() => isoDay(Date.now()));
  const [specialty, setSpecialty] = useState('');
  const [practitioner, setPractitioner] = useState('');
  const [organization, setOrganization] = useState('');
  const [waitsLimit, setWaitsLimit] = useState(WAITS_PAGE);
  const filters: LoadFilters = {
    from,
    to,
    organization: organization || undefined,
    specialty: specialty || undefined,
    practitioner: practitioner || undefined,
  };
  const waits = useQuery(
    analyticsQueries.waits({
      organization: organization || undefined,
      specialty: specialty || undefined,
      limit: waitsLimit,
    }),
  );
  // The server picks the grouping: per clinic for several clinics, down to practitioners for one.
  const load = useQuery(analyticsQueries.load(filters));
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  const directory = useQuery(directoryQueries.specialties());
  const specialties = useMemo(
    () =>
      (directory.data ?? [])
        .map((item) => [item.code, item.name] as const)
        .sort((a, b) => a[1].localeCompare(b[1], 'ru')),
    [directory.data],
  );
  const practitioners = load.data?.groups ?? [];
  // The clinics of the caller's unfiltered load: one for a clinic admin (no choice shown), every clinic for a
  // system admin — kept while one of them is chosen, so the choice can go back.
  const [clinics, setClinics] = useState<(readonly [string, string])[]>([]);
  const seenClinics = organization ? null : load.data?.organizations;
  useEffect(() => {
    if (seenClinics) setClinics(seenClinics.map((o) => [o.organizationId, o.organizationName] as const));
  }, [seenClinics]);
  const days = load.data?.days ?? [];
  const dates = useMemo(() => days.map((d) => d.date), [days]);
  const trends = useMemo(
    () => [
      {
        title: t('analytics.load.trendBookings'),
        series: [
          { label: t('analytics.load.offered'), values: days.map((d) => d.offered) },
          { label: t('analytics.load.booked'), values: days.map((d) => d.booked) },
          { label: t('analytics.load.fulfilled'), values: days.map((d) => d.fulfilled) },
        ],
      },
      {
        title: t('analytics.load.trendLosses'),
        series: [
          { label: t('analytics.load.noshow'), values: days.map((d) => d.noshow) },
          ...CANCELLERS.map((kind) => ({
            label: t(`analytics.load.cancelledBy.${kind}`),
            values: days.map((d) => d.cancelledBy[kind]),
          })),
        ],
      },
    ],
    [days, t],
  );
  const totals = load.data?.totals;

  return (
    <section className="page analytics">
      <PageHeading isReady={!waits.isPending && !load.isPending}>{t('analytics.title')}</PageHeading>
      <form className="analytics__filters" onSubmit={(event) => event.preventDefault()}>
        {clinics.length > 1 || organization ? (
          <label>
            {t('analytics.filters.organization')}
            <select
              value={organization}
              onChange={(e) => {
                setOrganization(e.target.value);
                setPractitioner('');
                setWaitsLimit(WAITS_PAGE);
              }}
            >
              <option value="">{t('analytics.filters.all')}</option>
              {clinics.map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label>
          {t('analytics.filters.from')}
          <input
            type="date"
            value={from}
            max={to}
            onChange={(e) => e.target.value && setFrom(e.target.value)}
          />
        </label>
        <label>
          {t('analytics.filters.to')}
          <input
            type="date"
            value={to}
            min={from}
            onChange={(e) => e.target.value && setTo(e.target.value)}
          />
        </label>
        <label>
          {t('analytics.filters.specialty')}
          <select value={specialty} onChange={(e) => setSpecialty(e.target.value)}>
            <option value="">{t('analytics.filters.all')}</option>
            {specialties.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
        {practitioners.length > 0 || practitioner ? (
          <label>
            {t('analytics.filters.practitioner')}
            <select value={practitioner} onChange={(e) => setPractitioner(e.target.value)}>
              <option value="">{t('analytics.filters.all')}</option>
              {practitioners.map((group) => (
                <option key={`${group.practitionerId}-${group.specialtyCode}`} value={group.practitionerId}>
                  {group.practitionerName}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </form>
      <LiveStatus>{waits.isPending || load.isPending ? t('common.loading') : ''}</LiveStatus>

      <h2>{t('analytics.waits.title')}</h2>
      <p>{t('analytics.waits.intro')}</p>
      {waits.isError ? <ErrorMessage error={waits.error} onRetry={() => void waits.refetch()} /> : null}
      {waits.data ? <WaitsTable items={waits.data.items} /> : null}
      {waits.data && waits.data.total > waits.data.items.length ? (
        <p>
          {t('analytics.waits.shown', { shown: waits.data.items.length, total: waits.data.total })}{' '}
          {waitsLimit < 500 ? (
            <button type="button" onClick={() => setWaitsLimit((limit) => Math.min(500, limit + WAITS_PAGE))}>
              {t('analytics.waits.more')}
            </button>
          ) : null}
        </p>
      ) : null}

      <h2>{t('analytics.load.title')}</h2>
      {load.isError ? <ErrorMessage error={load.error} onRetry={() => void load.refetch()} /> : null}
      {totals ? (
        <>
          <dl className="analytics__totals">
            {(['offered', 'booked', 'fulfilled', 'noshow'] as const).map((key) => (
              <div key={key}>
                <dt>{t(`analytics.load.${key}`)}</dt>
                <dd>{totals[key]}</dd>
              </div>
            ))}
            {CANCELLERS.map((kind) => (
              <div key={kind}>
                <dt>{t(`analytics.load.cancelledBy.${kind}`)}</dt>
                <dd>{totals.cancelledBy[kind]}</dd>
              </div>
            ))}
            <div>
              <dt>{t('analytics.load.onlineShare')}</dt>
              <dd>{totals.onlineShare === null ? '—' : percent.format(totals.onlineShare)}</dd>
            </div>
          </dl>
          <h3>{t('analytics.load.channels')}</h3>
          <ul className="analytics__channels">
            {Object.entries(totals.channels).map(([channel, count]) => (
              <li key={channel}>
                {t(`analytics.channels.${channel as keyof typeof totals.channels}`)}: {count}
              </li>
            ))}
          </ul>
          <p>
            <a href={loadCsvHref(filters)} download>
              {t('analytics.load.csv')}
            </a>
          </p>
          {trends.map((trend) => (
            <DailyTrend key={trend.title} title={trend.title} dates={dates} series={trend.series} />
          ))}
          {load.data ? <LoadTables report={load.data} /> : null}
        </>
      ) : null}
      <SurveyAnalytics query={{ from, to, organization: organization || undefined }} />
    </section>
  );
}
