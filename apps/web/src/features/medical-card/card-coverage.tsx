import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../shared/ui/dates';
import { Fact } from '../../shared/ui/fact';
import { recordQueries } from './medical-card.api';
import { RecordCards } from './record-state';

/** «Полис ОМС»: the policies, the number masked, the insurer and the status in words. */
export function CardCoverage({ patientId }: { patientId: string | undefined }) {
  const { t, i18n } = useTranslation();
  const date = (d: string | null) => (d ? formatCalendarDate(d, i18n.language) : '…');
  return (
    <RecordCards
      query={useQuery(recordQueries.coverage(patientId))}
      patientId={patientId}
      none={t('card.coverage.none')}
      idPrefix="coverage"
      title={(c) => t('card.coverage.number', { number: c.numberMasked })}
    >
      {(c) => (
        <dl className="facts">
          <Fact label={t('card.coverage.status')}>{t(`card.coverageStatus.${c.status}`)}</Fact>
          <Fact label={t('card.coverage.insurer')}>{c.insurer.name}</Fact>
          <Fact label={t('card.coverage.period')}>
            {[date(c.periodStart), date(c.periodEnd)].join(' — ')}
          </Fact>
        </dl>
      )}
    </RecordCards>
  );
}
