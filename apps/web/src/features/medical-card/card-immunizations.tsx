import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../shared/ui/dates';
import { recordQueries } from './medical-card.api';
import { EmptyList, RecordState, RecordTable } from './record-state';

/** «Прививки»: the vaccinations, newest first. */
export function CardImmunizations({ patientId }: { patientId: string | undefined }) {
  const { t, i18n } = useTranslation();
  const query = useQuery(recordQueries.immunizations(patientId));
  const items = (query.data?.items ?? []).filter((i) => i.status === 'completed');
  return (
    <>
      <RecordState query={query} patientId={patientId} />
      {query.data && items.length === 0 ? <EmptyList text={t('card.immunizations.none')} /> : null}
      {items.length ? (
        <RecordTable
          caption={t('card.immunizations.caption')}
          columns={[
            t('card.immunizations.vaccine'),
            t('card.immunizations.date'),
            t('card.immunizations.dose'),
            t('card.immunizations.where'),
          ]}
        >
          {items.map((i) => (
            <tr key={i.id}>
              <th scope="row">{i.vaccine.name}</th>
              <td data-label={t('card.immunizations.date')}>{formatCalendarDate(i.date, i18n.language)}</td>
              <td data-label={t('card.immunizations.dose')}>{i.doseNumber ?? '—'}</td>
              <td data-label={t('card.immunizations.where')}>{i.organization?.name ?? i.performer ?? '—'}</td>
            </tr>
          ))}
        </RecordTable>
      ) : null}
    </>
  );
}
