import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatMoscowDate } from '../../shared/ui/dates';
import { CardLabOrders } from './card-lab-orders';
import { cardHref } from './card-sections';
import {
  formatRange,
  formatValue,
  latestPerAnalyte,
  outOfRangeFirst,
  type TObservation,
} from './lab-results';
import { recordQueries } from './medical-card.api';
import { EmptyList, RecordState, RecordTable } from './record-state';
import { ResultMarker } from './result-marker';

// The chart library comes with the trend only: the card's other tabs and the home page never load it.
const TrendChart = lazy(() => import('./trend-chart').then((m) => ({ default: m.TrendChart })));

/**
 * «Анализы»: the tests ordered and not yet done, then the latest result of each analyte — out of range first — with its range and the marker in
 * words; «Динамика» opens an analyte's trend (`?analyte=`): the chart with the reference band and, as the
 * accessible form, the table of every value.
 */
export function CardLabs({ patientId }: { patientId: string | undefined }) {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const analyte = params.get('analyte');
  const query = useQuery(recordQueries.observations(patientId));
  const latest = query.data ? outOfRangeFirst(latestPerAnalyte(query.data.items)) : [];
  return (
    <>
      {analyte ? <Trend patientId={patientId} code={analyte} /> : null}
      <CardLabOrders patientId={patientId} />
      <RecordState query={query} patientId={patientId} />
      {query.data && latest.length === 0 ? <EmptyList text={t('card.labs.none')} /> : null}
      {latest.length ? (
        <RecordTable
          caption={t('card.labs.caption')}
          columns={[
            t('card.labs.analyte'),
            t('card.labs.value'),
            t('card.labs.range'),
            t('card.labs.assessment'),
            t('card.labs.date'),
            t('card.labs.trend'),
          ]}
        >
          {latest.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.name}</th>
              <td data-label={t('card.labs.value')}>{formatValue(r, i18n.language)}</td>
              <td data-label={t('card.labs.range')}>{rangeText(r, i18n.language, t)}</td>
              <td data-label={t('card.labs.assessment')}>
                <ResultMarker interpretation={r.interpretation} />
              </td>
              <td data-label={t('card.labs.date')}>{formatMoscowDate(r.effective, i18n.language)}</td>
              <td>
                {/* Short on screen, so the table fits 1024 px; the name says which analyte (and keeps the word). */}
                <Link
                  to={cardHref('labs', patientId, { analyte: r.code })}
                  aria-label={t('card.labs.trendOf', { name: r.name })}
                >
                  {t('card.labs.trend')}
                </Link>
              </td>
            </tr>
          ))}
        </RecordTable>
      ) : null}
    </>
  );
}

const rangeText = (
  r: TObservation,
  language: string,
  t: (key: 'card.labs.upTo' | 'card.labs.from') => string,
) => formatRange(r.referenceRange, language, { upTo: t('card.labs.upTo'), from: t('card.labs.from') }) ?? '—';

/** One analyte's values over time: the chart and the same values as a table. */
function Trend({ patientId, code }: { patientId: string | undefined; code: string }) {
  const { t, i18n } = useTranslation();
  const query = useQuery(recordQueries.trend(patientId, code));
  const heading = useRef<HTMLHeadingElement>(null);
  const trend = query.data;
  const name = trend?.name ?? code;
  useEffect(() => {
    if (trend) heading.current?.focus();
  }, [trend]);
  return (
    <section className="card trend" aria-labelledby="trend-heading">
      <h3 id="trend-heading" ref={heading} tabIndex={-1} className="card__title">
        {t('card.labs.trendTitle', { name })}
      </h3>
      <RecordState query={query} patientId={patientId} />
      {trend?.points.length ? (
        <>
          <Suspense fallback={<p>{t('card.loading')}</p>}>
            <TrendChart trend={trend} />
          </Suspense>
          <div className="table-scroll">
            <table className="record-table">
              <caption>{t('card.labs.trendCaption', { name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('card.labs.date')}</th>
                  <th scope="col">{t('card.labs.value')}</th>
                  <th scope="col">{t('card.labs.range')}</th>
                  <th scope="col">{t('card.labs.assessment')}</th>
                </tr>
              </thead>
              <tbody>
                {[...trend.points].reverse().map((p) => (
                  <tr key={p.id}>
                    <th scope="row">{formatMoscowDate(p.effective, i18n.language)}</th>
                    <td data-label={t('card.labs.value')}>{formatValue(p, i18n.language)}</td>
                    <td data-label={t('card.labs.range')}>{rangeText(p, i18n.language, t)}</td>
                    <td data-label={t('card.labs.assessment')}>
                      <ResultMarker interpretation={p.interpretation} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      <p>
        <Link to={cardHref('labs', patientId)}>{t('card.labs.closeTrend')}</Link>
      </p>
    </section>
  );
}
