import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Fact } from '../../shared/ui/fact';
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
      {patientName ? <Fact label={t('booking.patient')}>{patientName}</Fact> : null}
      <Fact label={t('booking.when')}>
        {formatVisitMoment(appointment.slot.start, appointment.slot.timeZone, i18n.language)}
      </Fact>
      <Fact label={t('booking.doctor')}>
        {[appointment.practitioner.name, appointment.specialty.name].join(', ')}
      </Fact>
      <div className="facts__row">
        <dt>{t('booking.clinic')}</dt>
        <dd>
          {appointment.organization.name}
          {appointment.visitType === 'video' ? null : (
            <>
              <br />
              {appointment.organization.address}
            </>
          )}
          {appointment.room && appointment.visitType !== 'video' ? (
            <>
              <br />
              {t('booking.room', { room: appointment.room })}
            </>
          ) : null}
        </dd>
      </div>
      {appointment.visitType === 'video' ? (
        // A video visit (issue 17): the room's link where the address would be; nobody comes to the clinic.
        <div className="facts__row">
          <dt>{t('booking.videoVisit')}</dt>
          <dd>
            <Link to={`/visit/${appointment.id}`}>{t('booking.videoRoom')}</Link>
            <br />
            {t('booking.videoRoomHint')}
          </dd>
        </div>
      ) : null}
      <Fact label={t('booking.code')} valueClassName="ticket-code">
        {appointment.code}
      </Fact>
      <Fact label={t('booking.ticketNumber')}>{appointment.ticketNumber}</Fact>
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
        <Fact label={t('booking.cancellationReason')}>{appointment.cancellationReason}</Fact>
      ) : null}
    </dl>
  );
}
