import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TAppointment } from '../booking/booking.api';
import { formatVisitMoment } from '../booking/slot-time';

interface HistoryTableProps {
  items: readonly TAppointment[];
  caption: string;
  patientName: (patientId: string) => string | null;
}

/**
 * Past and cancelled visits as a data table: the visit's moment heads each row and opens its details; the
 * status is in words and a fulfilled visit says whether it has a review or offers to leave one.
 */
export function HistoryTable({ items, caption, patientName }: HistoryTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <table className="history-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('history.columns.when')}</th>
          <th scope="col">{t('history.columns.doctor')}</th>
          <th scope="col">{t('history.columns.patient')}</th>
          <th scope="col">{t('history.columns.status')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((visit) => {
          const moment = formatVisitMoment(visit.slot.start, visit.slot.timeZone, i18n.language);
          return (
            <tr key={visit.id}>
              <th scope="row">
                <Link to={`/appointments/${visit.id}`}>{moment}</Link>
              </th>
              <td>
                {visit.practitioner.name}
                <span className="history-table__minor">{visit.specialty.name}</span>
                <span className="history-table__minor">{visit.organization.name}</span>
              </td>
              <td>{patientName(visit.patientId) ?? t('history.unknownPatient')}</td>
              <td>
                {t(`booking.statuses.${visit.status}`)}
                {visit.review ? (
                  <span className="history-table__minor">
                    {t('history.reviewLeft', { rating: visit.review.rating })}
                  </span>
                ) : visit.canReview ? (
                  <span className="history-table__minor">
                    <Link to={`/appointments/${visit.id}?review=1`}>
                      {t('review.leave')}
                      <span className="visually-hidden">{` ${t('history.reviewFor', { moment })}`}</span>
                    </Link>
                  </span>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
