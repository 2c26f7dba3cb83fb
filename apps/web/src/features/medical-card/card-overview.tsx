import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoscowDate, formatMoscowDateTime } from '../../shared/ui/dates';
import { CARD_SECTIONS, type CardSectionId, cardHref } from './card-sections';
import { formatValue } from './lab-results';
import { recordQueries, type TRecordSummary } from './medical-card.api';
import { RecordState } from './record-state';
import { ResultMarker } from './result-marker';

const COUNTED: Partial<Record<CardSectionId, keyof TRecordSummary['counts']>> = {
  visits: 'encounters',
  diagnoses: 'conditions',
  labs: 'observations',
  documents: 'documents',
  prescriptions: 'prescriptions',
  immunizations: 'immunizations',
};

/** «Обзор»: the policy, active diagnoses, results out of range, the next visit, and each section's count. */
export function CardOverview({ patientId }: { patientId: string | undefined }) {
  const { t, i18n } = useTranslation();
  const query = useQuery(recordQueries.summary(patientId));
  const summary = query.data;
  return (
    <>
      <RecordState query={query} patientId={patientId} />
      {summary ? (
        <div className="card-overview">
          <article className="card" aria-labelledby="overview-results">
            <h3 id="overview-results" className="card__title">
              {t('card.overview.outOfRange')}
            </h3>
            {summary.latestOutOfRange.length ? (
              <ul className="plain-list">
                {summary.latestOutOfRange.map((r) => (
                  <li key={r.id}>
                    <Link to={cardHref('labs', patientId, { analyte: r.code })}>{r.name}</Link>
                    {': '}
                    {formatValue(r, i18n.language)} <ResultMarker interpretation={r.interpretation} />
                    {' · '}
                    {formatMoscowDate(r.effective, i18n.language)}
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('card.overview.allInRange')}</p>
            )}
          </article>
          <article className="card" aria-labelledby="overview-conditions">
            <h3 id="overview-conditions" className="card__title">
              {t('card.overview.activeConditions')}
            </h3>
            {summary.activeConditions.length ? (
              <ul className="plain-list">
                {summary.activeConditions.map((c) => (
                  <li key={c.id}>{`${c.code} — ${c.name}`}</li>
                ))}
              </ul>
            ) : (
              <p>{t('card.overview.noActiveConditions')}</p>
            )}
          </article>
          <article className="card" aria-labelledby="overview-next">
            <h3 id="overview-next" className="card__title">
              {t('card.overview.nextVisit')}
            </h3>
            {summary.nextVisit ? (
              <p>
                <Link to={`/appointments/${summary.nextVisit.appointmentId}`}>
                  {`${formatMoscowDateTime(summary.nextVisit.startsAt, i18n.language)}, ${summary.nextVisit.specialty.name}`}
                </Link>
                <br />
                {summary.nextVisit.organization.name}
              </p>
            ) : (
              <p>{t('card.overview.noNextVisit')}</p>
            )}
          </article>
          <article className="card" aria-labelledby="overview-coverage">
            <h3 id="overview-coverage" className="card__title">
              {t('card.tabs.coverage')}
            </h3>
            <p>
              {summary.coverage
                ? `${summary.coverage.numberMasked}, ${summary.coverage.insurer.name} — ${t(`card.coverageStatus.${summary.coverage.status}`)}`
                : t('card.coverage.none')}
            </p>
          </article>
          <nav aria-label={t('card.overview.sectionsNav')}>
            <ul className="card-section-buttons">
              {CARD_SECTIONS.filter((s) => COUNTED[s.id]).map((s) => (
                <li key={s.id}>
                  <Link className="button button--secondary" to={cardHref(s.id, patientId)}>
                    {t('card.overview.sectionCount', {
                      section: t(s.label),
                      count: summary.counts[COUNTED[s.id]!],
                    })}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      ) : null}
    </>
  );
}
