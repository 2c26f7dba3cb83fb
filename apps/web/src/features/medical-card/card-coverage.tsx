import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../shared/ui/dates';
import { recordQueries } from './medical-card.api';
import { EmptyList, RecordState } from './record-state';

/** «Полис ОМС»: the policies, the number masked, the insurer and the status in words. */
export function CardCoverage({ patientId }: { patientId: string | undefined }) {
  const { t, i18n } = useTranslation();
  const query = useQuery(recordQueries.coverage(patientId));
  const items = query.data?.items ?? [];
  const date = (d: string | null) => (d ? formatCalendarDate(d, i18n.language) : '…');
  return (
    <>
      <RecordState query={query} patientId={patientId} />
      {query.data && items.length === 0 ? <EmptyList text={t('card.coverage.none')} /> : null}
      <ul className="plain-list record-list">
        {items.map((c) => (
          <li key={c.id}>
            <article className="card" aria-labelledby={`coverage-${c.id}`}>
              <h3 id={`coverage-${c.id}`} className="card__title">
                {t('card.coverage.number', { number: c.numberMasked })}
              </h3>
              <dl className="facts">
                <div className="facts__row">
                  <dt>{t('card.coverage.status')}</dt>
                  <dd>{t(`card.coverageStatus.${c.status}`)}</dd>
                </div>
                <div className="facts__row">
                  <dt>{t('card.coverage.insurer')}</dt>
                  <dd>{c.insurer.name}</dd>
                </div>
                <div className="facts__row">
                  <dt>{t('card.coverage.period')}</dt>
                  <dd>{`${date(c.periodStart)} — ${date(c.periodEnd)}`}</dd>
                </div>
              </dl>
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}
