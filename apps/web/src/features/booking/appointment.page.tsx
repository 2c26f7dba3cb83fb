import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { AppointmentFacts } from './appointment-card';
import { appointmentQueries, ticketLinks } from './booking.api';
import './booking.css';

/** `/appointments/:id`: the ticket of a visit (after booking: «Вы записаны»), its PDF and calendar file. */
export function AppointmentPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const query = useQuery(appointmentQueries.one(id));
  const isNew = params.get('booked') === '1';
  const title = isNew ? t('booking.bookedTitle') : t('booking.ticketTitle');
  useDocumentTitle(title);
  const links = ticketLinks(id);
  return (
    <div className="page booking">
      <PageHeading isReady={!query.isPending}>{title}</PageHeading>
      <LiveStatus>{query.isPending ? t('booking.loading') : null}</LiveStatus>
      {query.isError ? <ErrorMessage error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? (
        <>
          {isNew ? <p className="page-lead">{t('booking.bookedLead')}</p> : null}
          <article className="card ticket">
            <AppointmentFacts appointment={query.data} />
          </article>
          <div className="actions">
            <a className="button button--primary" href={links.pdf} download>
              {t('booking.downloadTicket')}
            </a>
            <a className="button button--secondary" href={links.ics} download>
              {t('booking.addToCalendar')}
            </a>
            <Link className="button button--secondary" to="/appointments">
              {t('booking.myAppointments')}
            </Link>
          </div>
        </>
      ) : null}
    </div>
  );
}
