import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TAppointment } from './booking.api';
import { formatVisitMoment } from './slot-time';
import { usePatientName } from './use-patient-name';

/**
 * The ticket's facts: whose visit, when (in the clinic's zone), where, who, the code, the ticket number
 * and the status in words; a cancelled visit says why, a moved one links to where it went.
 */
export function AppointmentFacts({ appointment }: { appointment: TAppointment }) {
  const { t, i18n } = useTranslation();
  const patientName = usePatientName()(appointment.patientId);
  return (
    <dl className="facts">
      {patientName ? (
        <div className="facts__row">
          <dt>{t('booking.patient')}</dt>
          <dd>{patientName}</dd>
        </div>
      ) : null}
      <div className="facts__row">
        <dt>{t('booking.when')}</dt>
        <dd>{formatVisitMoment(appointment.slot.start, appointment.slot.timeZone, i18n.language)}</dd>
      </div>
      <div className="facts__row">
        <dt>{t('booking.doctor')}</dt>
        <dd>{`${appointment.practitioner.name}, ${appointment.specialty.name}`}</dd>
      </div>
      <div className="facts__row">
        <dt>{t('booking.clinic')}</dt>
        <dd>
          {appointment.organization.name}
          <br />
          {appointment.organization.address}
          {appointment.room ? (
            <>
              <br />
              {t('booking.room', { room: appointment.room })}
            </>
          ) : null}
        </dd>
      </div>
      <div className="facts__row">
        <dt>{t('booking.code')}</dt>
        <dd className="ticket-code">{appointment.code}</dd>
      </div>
      <div className="facts__row">
        <dt>{t('booking.ticketNumber')}</dt>
        <dd>{appointment.ticketNumber}</dd>
      </div>
      <div className="facts__row">
        <dt>{t('booking.status')}</dt>
        <dd>
          {t(`booking.statuses.${appointment.status}`)}
          {appointment.rescheduledToId ? (
            <>
              {' '}
              <Link to={`/appointments/${appointment.rescheduledToId}`}>{t('booking.toNewVisit')}</Link>
            </>
          ) : null}
        </dd>
      </div>
      {appointment.cancellationReason ? (
        <div className="facts__row">
          <dt>{t('booking.cancellationReason')}</dt>
          <dd>{appointment.cancellationReason}</dd>
        </div>
      ) : null}
    </dl>
  );
}
