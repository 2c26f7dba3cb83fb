import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../shared/ui/dates';
import { Fact } from '../../shared/ui/fact';
import { recordQueries } from './medical-card.api';
import { RecordCards } from './record-state';

/** «Рецепты»: prescriptions, newest first, with the medicine, dosage, validity and status in words. */
export function CardPrescriptions({ patientId }: { patientId: string | undefined }) {
  const { t, i18n } = useTranslation();
  return (
    <RecordCards
      query={useQuery(recordQueries.prescriptions(patientId))}
      patientId={patientId}
      none={t('card.prescriptions.none')}
      idPrefix="prescription"
      title={(p) => [p.medicine.name, p.medicine.form, p.medicine.strength].filter(Boolean).join(', ')}
    >
      {(p) => (
        <dl className="facts">
          <Fact label={t('card.prescriptions.number')}>{p.number}</Fact>
          {p.dosageText ? <Fact label={t('card.prescriptions.dosage')}>{p.dosageText}</Fact> : null}
          <Fact label={t('card.prescriptions.validUntil')}>
            {formatCalendarDate(p.validUntil, i18n.language)}
          </Fact>
          <Fact label={t('card.prescriptions.status')}>{t(`card.prescriptions.statuses.${p.status}`)}</Fact>
        </dl>
      )}
    </RecordCards>
  );
}
