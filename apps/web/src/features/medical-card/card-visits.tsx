import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatMoscowDate } from '../../shared/ui/dates';
import { recordQueries, type TEncounter } from './medical-card.api';
import { EmptyList, RecordState } from './record-state';

const SECTIONS = ['complaints', 'examination', 'conclusion', 'recommendations', 'followUp'] as const;

/** «Приёмы»: the visits' records, newest first, with their diagnoses and the doctor's conclusion. */
export function CardVisits({ patientId }: { patientId: string | undefined }) {
  const { t, i18n } = useTranslation();
  const query = useQuery(recordQueries.encounters(patientId));
  const items = query.data?.items ?? [];
  return (
    <>
      <RecordState query={query} patientId={patientId} />
      {query.data && items.length === 0 ? <EmptyList text={t('card.visits.none')} /> : null}
      <ul className="plain-list record-list">
        {items.map((e) => (
          <li key={e.id}>
            <article className="card" aria-labelledby={`visit-${e.id}`}>
              <h3 id={`visit-${e.id}`} className="card__title">
                {`${formatMoscowDate(e.periodStart, i18n.language)} — ${e.specialty?.name ?? t(`card.visits.class.${e.class}`)}`}
              </h3>
              <p>{[e.practitioner?.name, e.organization?.name].filter(Boolean).join(', ')}</p>
              {e.conditions.length ? (
                <p>
                  {t('card.visits.diagnoses')}: {e.conditions.map((c) => `${c.code} ${c.name}`).join('; ')}
                </p>
              ) : null}
              <VisitSections encounter={e} />
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The record's sections that were filled in, behind a native disclosure (keyboard and reader friendly). */
function VisitSections({ encounter }: { encounter: TEncounter }) {
  const { t } = useTranslation();
  const filled = SECTIONS.filter((key) => encounter[key]);
  if (!filled.length) return null;
  return (
    <details>
      <summary>{t('card.visits.record')}</summary>
      <dl className="facts">
        {filled.map((key) => (
          <div className="facts__row" key={key}>
            <dt>{t(`card.visits.sections.${key}`)}</dt>
            <dd>{encounter[key]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
