import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatMoscowDate } from '../../shared/ui/dates';
import { recordQueries, type TEncounter } from './medical-card.api';
import { RecordCards } from './record-state';

const SECTIONS = ['complaints', 'examination', 'conclusion', 'recommendations', 'followUp'] as const;

/** «Приёмы»: the visits' records, newest first, with their diagnoses and the doctor's conclusion. */
export function CardVisits({ patientId }: { patientId: string | undefined }) {
  const { t, i18n } = useTranslation();
  return (
    <RecordCards
      query={useQuery(recordQueries.encounters(patientId))}
      patientId={patientId}
      none={t('card.visits.none')}
      idPrefix="visit"
      title={(e) =>
        `${formatMoscowDate(e.periodStart, i18n.language)} — ${e.specialty?.name ?? t(`card.visits.class.${e.class}`)}`
      }
    >
      {(e) => (
        <>
          <p>{[e.practitioner?.name, e.organization?.name].filter(Boolean).join(', ')}</p>
          {e.conditions.length ? (
            <p>
              {t('card.visits.diagnoses')}: {e.conditions.map((c) => `${c.code} ${c.name}`).join('; ')}
            </p>
          ) : null}
          <VisitSections encounter={e} />
        </>
      )}
    </RecordCards>
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
