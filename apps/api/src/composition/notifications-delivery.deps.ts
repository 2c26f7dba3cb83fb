import type { NotificationsDeliveryDeps } from '@talon/core/notifications-delivery';
import {
  createInAppNotificationRepository,
  createOutboxAdminRepository,
  createPushSubscriptionRepository,
  loadOrCreateVapidKeys,
} from '@talon/db';
import type { Infrastructure } from './infrastructure';
import { resolveHostAddresses } from './resolve-host';

/**
 * In-app notifications, Web Push subscriptions and the VAPID public key, the dead-letter admin page, SMS
 * delivery reports (issue 5, items 3 and 5).
 */
export function notificationsDeliveryDeps(infra: Infrastructure): NotificationsDeliveryDeps {
  const { db, cipher, clock, config } = infra;
  const outbox = createOutboxAdminRepository(db);
  let vapidPublicKey: Promise<string> | null = null;
  return {
    notifications: createInAppNotificationRepository(db),
    subscriptions: createPushSubscriptionRepository(db, cipher),
    outbox,
    reports: outbox,
    clock,
    allowInsecureEndpoints: config.delivery.allowInsecurePushEndpoints,
    resolveHost: resolveHostAddresses,
    /** The environment's key, or the pair kept in the database (made by whichever process came first). */
    vapidPublicKey: () => {
      vapidPublicKey ??= config.delivery.vapid
        ? Promise.resolve(config.delivery.vapid.publicKey)
        : loadOrCreateVapidKeys(db, cipher).then((pair) => pair.publicKey);
      vapidPublicKey.catch(() => {
        vapidPublicKey = null;
      });
      return vapidPublicKey;
    },
    deliverNow: (ids) => infra.afterCommit(ids),
  };
}
