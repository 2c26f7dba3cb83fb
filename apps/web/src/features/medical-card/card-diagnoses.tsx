import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../shared/ui/dates';
import { recordQueries } from './medical-card.api';
import { EmptyList, RecordState, RecordTable } from './record-state';

/** «Диагнозы»: every diagnosis, active ones first, with its ICD-10 code and status in words. */
export function CardDiagnoses({ patientId }: { patientId: string | undefined }) {
  const { t, i18n } = useTranslation();
  const query = useQuery(recordQueries.conditions(patientId));
  const items = [...(query.data?.items ?? [])].sort(
    (a, b) => Number(b.clinicalStatus === 'active') - Number(a.clinicalStatus === 'active'),
  );
  return (
    <>
      <RecordState query={query} patientId={patientId} />
      {query.data && items.length === 0 ? <EmptyList text={t('card.diagnoses.none')} /> : null}
      {items.length ? (
        <RecordTable
          caption={t('card.diagnoses.caption')}
          columns={[
            t('card.diagnoses.name'),
            t('card.diagnoses.code'),
            t('card.diagnoses.status'),
            t('card.diagnoses.onset'),
          ]}
        >
          {items.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.name}</th>
              <td data-label={t('card.diagnoses.code')}>{c.code}</td>
              <td data-label={t('card.diagnoses.status')}>
                {t(`card.diagnoses.statuses.${c.clinicalStatus}`)}
              </td>
              <td data-label={t('card.diagnoses.onset')}>
                {c.onsetDate ? formatCalendarDate(c.onsetDate, i18n.language) : '—'}
              </td>
            </tr>
          ))}
        </RecordTable>
      ) : null}
    </>
  );
}
