import type { Config } from '@talon/config';
import * as delivery from '@talon/core/notifications-delivery';
import type { Clock } from '@talon/core/shared';
import {
  createInAppNotificationRepository,
  createOutboxAdminRepository,
  createPushSubscriptionRepository,
  type DatabaseHandle,
  type FieldCipher,
  loadOrCreateVapidKeys,
} from '@talon/db';

/**
 * Notification delivery for the API (issue 5, items 3 and 5): the in-app list, Web Push subscriptions and
 * the VAPID public key, the dead-letter admin page, SMS delivery reports. Wired here, used by
 * routes/patient/notifications, push-subscriptions, routes/admin/notifications and routes/public/sms-status.
 */
export function createNotificationsDeliveryServices(
  database: DatabaseHandle,
  cipher: FieldCipher,
  clock: Clock,
  config: Config,
  kick: (outboxIds: string[]) => void,
) {
  const notifications = createInAppNotificationRepository(database.db);
  const subscriptions = createPushSubscriptionRepository(database.db, cipher);
  const outbox = createOutboxAdminRepository(database.db);
  let vapidPublicKey: Promise<string> | null = null;
  return {
    inApp: {
      list: (accountId: string, page: { limit: number; cursor?: string }) =>
        notifications.list(accountId, { limit: page.limit, cursor: page.cursor ?? null }),
      unreadCount: (accountId: string) => notifications.unreadCount(accountId),
      markRead: (accountId: string, id: string) =>
        delivery.markNotificationRead({ notifications, clock }, { accountId, id }),
      markAllRead: (accountId: string) => notifications.markAllRead(accountId, clock.now()),
    },
    push: {
      /** The environment's key, or the pair kept in the database (made by whichever process came first). */
      vapidPublicKey: () => {
        vapidPublicKey ??= config.delivery.vapid
          ? Promise.resolve(config.delivery.vapid.publicKey)
          : loadOrCreateVapidKeys(database.db, cipher).then((pair) => pair.publicKey);
        vapidPublicKey.catch(() => {
          vapidPublicKey = null;
        });
        return vapidPublicKey;
      },
      subscribe: (accountId: string, subscription: delivery.PushSubscriptionInput) =>
        delivery.subscribeToPush(
          { subscriptions, clock, allowInsecureEndpoints: config.delivery.allowInsecurePushEndpoints },
          { accountId, subscription },
        ),
      list: (accountId: string) => subscriptions.listByAccount(accountId),
      unsubscribe: (accountId: string, by: { id?: string; endpoint?: string }) =>
        delivery.unsubscribeFromPush({ subscriptions }, { accountId, ...by }),
    },
    outbox: {
      list: (filter: Parameters<typeof outbox.list>[0]) => outbox.list(filter),
      retry: async (id: string) => {
        await delivery.retryDeadMessage({ outbox, clock }, id);
        kick([id]);
      },
    },
    reports: {
      /** Null when the callback is off (no SMS_STATUS_SECRET). */
      secret: config.delivery.smsStatusSecret,
      record: (reports: readonly delivery.DeliveryStatusReport[]) =>
        delivery.recordDeliveryReports({ reports: outbox, clock }, reports),
    },
  };
}
