import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatMoscowDateTime } from '../../shared/ui/dates';
import { supportQueries } from './support.api';

/** Whether operators answer now (the live chat is the ticket's conversation) or when they will. */
export function ChatHours() {
  const { t, i18n } = useTranslation();
  const availability = useQuery(supportQueries.availability());
  if (!availability.data) return null;
  const { open, opensAt } = availability.data;
  return (
    <p className="help-chat-hours">
      {open
        ? t('support.chat.open')
        : opensAt
          ? t('support.chat.closedUntil', { at: formatMoscowDateTime(opensAt, i18n.language) })
          : t('support.chat.closed')}
    </p>
  );
}
