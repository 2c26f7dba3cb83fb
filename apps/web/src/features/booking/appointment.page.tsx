import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { VisitSurvey } from '../surveys/visit-survey';
import { AppointmentFacts } from './appointment-facts';
import { AppointmentReview } from './appointment-review';
import type { TAppointment } from './booking.api';
import { appointmentQueries, ticketLinks } from './booking.api';
import { TicketEmail } from './ticket-email';
import { hasLiveTicket, isReschedulable, rescheduleHref } from './visit-actions';
import './booking.css';

/**
 * `/appointments/:id`: a visit's page. Ahead of it, the ticket: QR code, PDF, calendar file, email, «Перенести»;
 * after it (or cancelled, moved), the details: status, cancellation reason, the review of a fulfilled visit.
 */
export function AppointmentPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const query = useQuery(appointmentQueries.one(id));
  const appointment = query.data;
  const title =
    params.get('booked') === '1'
      ? t('booking.bookedTitle')
      : params.get('rescheduled') === '1'
        ? t('booking.rescheduledTitle')
        : appointment && !hasLiveTicket(appointment)
          ? t('booking.visitTitle')
          : t('booking.ticketTitle');
  useDocumentTitle(title);
  const lead =
    params.get('booked') === '1'
      ? t('booking.bookedLead')
      : params.get('rescheduled') === '1'
        ? t('booking.rescheduledLead')
        : null;
  return (
    <div className="page booking">
      <PageHeading isReady={!query.isPending}>{title}</PageHeading>
      <LiveStatus>{query.isPending ? t('booking.loading') : null}</LiveStatus>
      {query.isError ? <ErrorMessage error={query.error} onRetry={() => void query.refetch()} /> : null}
      {appointment ? (
        <>
          {lead ? <p className="page-lead">{lead}</p> : null}
          <article className="card ticket" aria-labelledby="ticket-heading">
            <h2 id="ticket-heading" className="card__title">
              {t('booking.visitOf', { specialty: appointment.specialty.name })}
            </h2>
            <div className="ticket__body">
              <AppointmentFacts appointment={appointment} />
              {hasLiveTicket(appointment) ? (
                <figure className="ticket__qr">
                  <img
                    src={ticketLinks(appointment.id).qr}
                    alt={t('booking.qrAlt', { number: appointment.ticketNumber })}
                    width={176}
                    height={176}
                  />
                  <figcaption>{t('booking.qrCaption')}</figcaption>
                </figure>
              ) : null}
            </div>
          </article>
          {hasLiveTicket(appointment) ? <TicketActions appointment={appointment} /> : null}
          {appointment.status === 'fulfilled' ? <VisitSurvey appointmentId={appointment.id} /> : null}
          {appointment.status === 'fulfilled' ? <AppointmentReview appointment={appointment} /> : null}
          <div className="actions">
            <Link className="button button--secondary" to="/appointments">
              {t('booking.myAppointments')}
            </Link>
            <Link className="button button--secondary" to="/appointments/history">
              {t('history.title')}
            </Link>
          </div>
        </>
      ) : null}
    </div>
  );
}

/** What to do with a ticket ahead of the visit: download it, add it to a calendar, move it, email it. */
function TicketActions({ appointment }: { appointment: TAppointment }) {
  const { t } = useTranslation();
  const links = ticketLinks(appointment.id);
  return (
    <>
      <div className="actions">
        <a className="button button--primary" href={links.pdf} download>
          {t('booking.downloadTicket')}
        </a>
        <a className="button button--secondary" href={links.ics} download>
          {t('booking.addToCalendar')}
        </a>
        {isReschedulable(appointment, new Date()) ? (
          <Link className="button button--secondary" to={rescheduleHref(appointment)}>
            {t('booking.reschedule')}
          </Link>
        ) : null}
      </div>
      <TicketEmail appointmentId={appointment.id} />
    </>
  );
}
