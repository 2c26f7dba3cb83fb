import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoscowDateTime } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import { supportQueries } from './support.api';

/** «Мои обращения»: one's tickets, newest first, with their number and stage. */
export function MySupportTickets() {
  const { t, i18n } = useTranslation();
  const tickets = useQuery(supportQueries.mine());
  return (
    <section aria-labelledby="help-mine">
      <h2 id="help-mine">{t('support.mine.title')}</h2>
      {tickets.isError ? <ErrorMessage error={tickets.error} onRetry={() => void tickets.refetch()} /> : null}
      {tickets.isSuccess && !tickets.data.items.length ? <p>{t('support.mine.none')}</p> : null}
      <ul className="support-tickets">
        {tickets.data?.items.map((ticket) => (
          <li key={ticket.id} className="support-tickets__item">
            <Link to={`/help/tickets/${ticket.id}`}>
              {ticket.number} — {ticket.subject}
            </Link>{' '}
            <span className={`support-status support-status--${ticket.status}`}>{ticket.statusLabel}</span>{' '}
            <span className="support-tickets__date">
              {formatMoscowDateTime(ticket.createdAt, i18n.language)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
