import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../shared/ui/dates';
import { recordQueries } from './medical-card.api';
import { EmptyList, RecordState } from './record-state';

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
        <div className="table-scroll">
          <table className="record-table">
            <caption>{t('card.immunizations.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('card.immunizations.vaccine')}</th>
                <th scope="col">{t('card.immunizations.date')}</th>
                <th scope="col">{t('card.immunizations.dose')}</th>
                <th scope="col">{t('card.immunizations.where')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.id}>
                  <th scope="row">{i.vaccine.name}</th>
                  <td data-label={t('card.immunizations.date')}>
                    {formatCalendarDate(i.date, i18n.language)}
                  </td>
                  <td data-label={t('card.immunizations.dose')}>{i.doseNumber ?? '—'}</td>
                  <td data-label={t('card.immunizations.where')}>
                    {i.organization?.name ?? i.performer ?? '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
