import type { TAppointment } from '@talon/contracts';
import { useTranslation } from 'react-i18next';
import { formatVisitMoment } from './slot-time';

/** The ticket's facts: when (in the clinic's zone), where, who, the code and the ticket number. */
export function AppointmentFacts({ appointment }: { appointment: TAppointment }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="facts">
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
        <dd>{t(`booking.statuses.${appointment.status}`)}</dd>
      </div>
    </dl>
  );
}
