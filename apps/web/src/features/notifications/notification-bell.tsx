import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../auth/use-me';
import { notificationQueries } from './notifications.api';
import { useNotificationEvents } from './use-notification-events';
import './notifications.css';

/**
 * The header's bell: a link to the notification list whose name carries the unread count («Уведомления,
 * 3 непрочитанных»), so a screen reader hears it; the visible badge is hidden from them. The count changes
 * live (SSE) and is announced by a polite live region. Shown only to a logged-in user.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const { me } = useMe();
  const isLoggedIn = Boolean(me);
  const unread = useQuery({ ...notificationQueries.unread(), enabled: isLoggedIn });
  useNotificationEvents(isLoggedIn);
  if (!isLoggedIn) return null;
  const count = unread.data ?? 0;
  const label = count > 0 ? t('notifications.bell.unread', { count }) : t('notifications.bell.none');
  return (
    <div className="notification-bell">
      <Link to="/notifications" className="notification-bell__link" aria-label={label}>
        <svg aria-hidden="true" focusable="false" width="22" height="22" viewBox="0 0 24 24">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
          />
        </svg>
        {count > 0 ? (
          <span className="notification-bell__badge" aria-hidden="true">
            {count > 99 ? '99+' : count}
          </span>
        ) : null}
      </Link>
      <span className="visually-hidden" role="status" aria-live="polite">
        {count > 0 ? t('notifications.bell.unread', { count }) : ''}
      </span>
    </div>
  );
}
