import { useTranslation } from 'react-i18next';
import type { LoadReport } from './analytics.api';
import { ScrollRegion } from './scroll-region';

type Figures = LoadReport['totals'];

export interface NameColumn<T> {
  header: string;
  of: (row: T) => string;
}

/**
 * The load of the period per group (clinic, specialty, practitioner): its names, then the figures of the
 * totals. The last name column heads the row.
 */
export function LoadGroupsTable<T extends Figures>({
  caption,
  names,
  rows,
  keyOf,
}: {
  caption: string;
  names: readonly NameColumn<T>[];
  rows: readonly T[];
  keyOf: (row: T) => string;
}) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  const last = names.length - 1;
  return (
    <ScrollRegion label={caption}>
      <table className="analytics__table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {names.map((name) => (
              <th key={name.header} scope="col">
                {name.header}
              </th>
            ))}
            {(['offered', 'booked', 'fulfilled', 'noshow'] as const).map((key) => (
              <th key={key} scope="col">
                {t(`analytics.load.${key}`)}
              </th>
            ))}
            <th scope="col">{t('analytics.load.cancelledByPatient')}</th>
            <th scope="col">{t('analytics.load.cancelledByClinic')}</th>
            <th scope="col">{t('analytics.load.onlineShare')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={keyOf(row)}>
              {names.map((name, i) =>
                i === last ? (
                  <th key={name.header} scope="row">
                    {name.of(row)}
                  </th>
                ) : (
                  <td key={name.header}>{name.of(row)}</td>
                ),
              )}
              <td>{row.offered}</td>
              <td>{row.booked}</td>
              <td>{row.fulfilled}</td>
              <td>{row.noshow}</td>
              <td>{row.cancelledByPatient}</td>
              <td>{row.cancelledByClinic}</td>
              <td>{row.onlineShare === null ? '—' : percent.format(row.onlineShare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
