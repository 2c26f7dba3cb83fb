import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../shared/ui/dates';
import { recordQueries } from './medical-card.api';
import { EmptyList, RecordState } from './record-state';

/** «Рецепты»: prescriptions, newest first, with the medicine, dosage, validity and status in words. */
export function CardPrescriptions({ patientId }: { patientId: string | undefined }) {
  const { t, i18n } = useTranslation();
  const query = useQuery(recordQueries.prescriptions(patientId));
  const items = query.data?.items ?? [];
  return (
    <>
      <RecordState query={query} patientId={patientId} />
      {query.data && items.length === 0 ? <EmptyList text={t('card.prescriptions.none')} /> : null}
      <ul className="plain-list record-list">
        {items.map((p) => (
          <li key={p.id}>
            <article className="card" aria-labelledby={`prescription-${p.id}`}>
              <h3 id={`prescription-${p.id}`} className="card__title">
                {[p.medicine.name, p.medicine.form, p.medicine.strength].filter(Boolean).join(', ')}
              </h3>
              <dl className="facts">
                <div className="facts__row">
                  <dt>{t('card.prescriptions.number')}</dt>
                  <dd>{p.number}</dd>
                </div>
                {p.dosageText ? (
                  <div className="facts__row">
                    <dt>{t('card.prescriptions.dosage')}</dt>
                    <dd>{p.dosageText}</dd>
                  </div>
                ) : null}
                <div className="facts__row">
                  <dt>{t('card.prescriptions.validUntil')}</dt>
                  <dd>{formatCalendarDate(p.validUntil, i18n.language)}</dd>
                </div>
                <div className="facts__row">
                  <dt>{t('card.prescriptions.status')}</dt>
                  <dd>{t(`card.prescriptions.statuses.${p.status}`)}</dd>
                </div>
              </dl>
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}
