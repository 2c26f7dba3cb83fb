// In-app notifications: the header's bell (live over SSE) and the list page.
export { NotificationBell } from './notification-bell';
export { NotificationsPage } from './notifications.page';
