import { useTranslation } from 'react-i18next';
import { formatMoscowDateTime } from '../../shared/ui/dates';
import type { TSupportTicketDetails } from './support.api';

/**
 * A ticket's conversation, oldest first: a log whose new messages screen readers announce politely (the
 * live chat adds them while the page is open).
 */
export function SupportConversation({ ticket }: { ticket: TSupportTicketDetails }) {
  const { t, i18n } = useTranslation();
  return (
    // The log wraps the list: a role on the <ol> itself would take its list semantics away.
    <div role="log" aria-live="polite" aria-label={t('support.ticket.conversation')}>
      <ol className="support-conversation">
        {ticket.messages.map((message) => (
          <li key={message.id} className={`support-message support-message--${message.author}`}>
            <p className="support-message__meta">
              {message.author === 'operator'
                ? t('support.ticket.operator', { name: message.authorName ?? '' })
                : message.author === 'system'
                  ? t('support.ticket.system')
                  : (message.authorName ?? t('support.ticket.you'))}
              {' · '}
              {formatMoscowDateTime(message.createdAt, i18n.language)}
            </p>
            <p className="support-message__text">{message.text}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
