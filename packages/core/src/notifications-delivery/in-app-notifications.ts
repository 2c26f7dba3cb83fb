import type { Principal } from '../identity';
import type { Clock } from '../shared';
import { DomainError } from '../shared';
import { NotificationsDeliveryErrorCode as Code } from './notifications-delivery.errors';
import type { InAppNotificationRepository } from './notifications-delivery.ports';
import type { InAppNotificationPage } from './notifications-delivery.types';

/** The account's in-app notifications (the bell's list), newest first, a page at a time. */
export async function listNotifications(
  deps: { notifications: InAppNotificationRepository },
  principal: Principal,
  input: { limit: number; cursor?: string },
): Promise<InAppNotificationPage> {
  return deps.notifications.list(principal.accountId, { limit: input.limit, cursor: input.cursor ?? null });
}

/** How many of the account's notifications are unread (the bell's badge). */
export async function countUnreadNotifications(
  deps: { notifications: InAppNotificationRepository },
  principal: Principal,
): Promise<number> {
  return deps.notifications.unreadCount(principal.accountId);
}

/** Marks one of the account's notifications read; someone else's answers as a missing one. */
export async function markNotificationRead(
  deps: { notifications: InAppNotificationRepository; clock: Clock },
  principal: Principal,
  input: { id: string },
): Promise<void> {
  const isFound = await deps.notifications.markRead(principal.accountId, input.id, deps.clock.now());
  if (!isFound) throw new DomainError(Code.NOTIFICATION_NOT_FOUND);
}

/** Marks every notification of the account read; how many were unread. */
export async function markAllNotificationsRead(
  deps: { notifications: InAppNotificationRepository; clock: Clock },
  principal: Principal,
): Promise<number> {
  return deps.notifications.markAllRead(principal.accountId, deps.clock.now());
}
