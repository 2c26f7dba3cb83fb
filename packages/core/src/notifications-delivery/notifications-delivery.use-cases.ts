import type { Clock } from '../shared';
import { recordDeliveryReports } from './delivery-reports';
import {
  countUnreadNotifications,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from './in-app-notifications';
import type {
  DeliveryReportRepository,
  InAppNotificationRepository,
  OutboxAdminRepository,
  PushSubscriptionRepository,
} from './notifications-delivery.ports';
import { listOutboxMessages, retryDeadMessage } from './outbox-admin';
import {
  getVapidPublicKey,
  listPushSubscriptions,
  subscribeToPush,
  unsubscribeFromPush,
} from './push-subscriptions';

/** What the delivery use cases need. */
export interface NotificationsDeliveryDeps {
  notifications: InAppNotificationRepository;
  subscriptions: PushSubscriptionRepository;
  outbox: OutboxAdminRepository;
  reports: DeliveryReportRepository;
  clock: Clock;
  /** Push endpoints over http or on private hosts are accepted (development only). */
  allowInsecureEndpoints: boolean;
  /** A host's addresses by DNS, to check a push endpoint before it is kept. */
  resolveHost(host: string): Promise<string[]>;
  /** The configured VAPID public key, or the stored pair's (made by whichever process came first). */
  vapidPublicKey(): Promise<string>;
  /** Hands pending outbox rows to the worker at once; the periodic sweep would find them later anyway. */
  deliverNow(outboxIds: string[]): void;
}

/**
 * In-app notifications, Web Push subscriptions, the outbox's dead letters for the system administrator and
 * the SMS gateway's delivery reports (issue 5, items 3 and 5).
 */
export const notificationsDeliveryUseCases = {
  listNotifications,
  countUnreadNotifications,
  markNotificationRead,
  markAllNotificationsRead,
  getVapidPublicKey,
  listPushSubscriptions,
  subscribeToPush,
  unsubscribeFromPush,
  listOutboxMessages,
  retryDeadMessage,
  recordDeliveryReports,
};
