import type { TAdminOutboxMessage, TInAppNotification } from '@talon/contracts';
import type {
  InAppNotification,
  OutboxAdminItem,
  StoredPushSubscription,
} from '@talon/core/notifications-delivery';

export const toNotificationDto = (n: InAppNotification): TInAppNotification => ({
  id: n.id,
  event: n.event,
  title: n.title,
  body: n.body,
  url: n.url,
  createdAt: n.createdAt.toISOString(),
  readAt: n.readAt?.toISOString() ?? null,
});

/** Never the keys: they are the browser's secret with the push service. */
export const toPushSubscriptionDto = (s: StoredPushSubscription) => ({
  id: s.id,
  endpoint: s.endpoint,
  label: s.label,
  createdAt: s.createdAt.toISOString(),
});

export const toAdminOutboxDto = (m: OutboxAdminItem): TAdminOutboxMessage => ({
  ...m,
  notBefore: m.notBefore.toISOString(),
  createdAt: m.createdAt.toISOString(),
  updatedAt: m.updatedAt.toISOString(),
  sentAt: m.sentAt?.toISOString() ?? null,
  report: m.report ? { ...m.report, reportedAt: m.report.reportedAt.toISOString() } : null,
});
