import { useTranslation } from 'react-i18next';
import type { WaitsReport } from './analytics.api';
import { ScrollRegion } from './scroll-region';

type Wait = WaitsReport['items'][number];

/** «Анализ времени ожидания»: the third next free slot per clinic and specialty, against the legal norm. */
export function WaitsTable({ items }: { items: readonly Wait[] }) {
  const { t, i18n } = useTranslation();
  const days = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  if (items.length === 0) return <p>{t('analytics.waits.empty')}</p>;
  return (
    <ScrollRegion label={t('analytics.waits.caption')}>
      <table className="analytics__table">
        <caption>{t('analytics.waits.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('analytics.waits.organization')}</th>
            <th scope="col">{t('analytics.waits.specialty')}</th>
            <th scope="col">{t('analytics.waits.calendarDays')}</th>
            <th scope="col">{t('analytics.waits.workingDays')}</th>
            <th scope="col">{t('analytics.waits.norm')}</th>
            <th scope="col">{t('analytics.waits.status')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((wait) => (
            <tr key={`${wait.organizationId}-${wait.specialtyCode}`}>
              <td>{wait.organizationName}</td>
              <th scope="row">{wait.specialtyName}</th>
              <td>
                {wait.calendarDays === null
                  ? t('analytics.waits.noThirdSlot')
                  : days.format(wait.calendarDays)}
              </td>
              <td>{wait.workingDays ?? '—'}</td>
              <td>{t(`analytics.waits.norms.${wait.norm.kind}`)}</td>
              <td className={`analytics__status analytics__status--${wait.status}`}>
                {t(`analytics.waits.statuses.${wait.status}`)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
