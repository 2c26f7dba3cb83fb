import type { Channel } from '../messaging';
import type {
  DeliveryStatusReport,
  InAppNotificationPage,
  OutboxAdminPage,
  OutboxStatus,
  PushSubscriptionInput,
  StoredPushSubscription,
} from './notifications-delivery.types';

export interface InAppNotificationRepository {
  list(accountId: string, options: { limit: number; cursor: string | null }): Promise<InAppNotificationPage>;
  unreadCount(accountId: string): Promise<number>;
  /** False when no such notification of this account exists. */
  markRead(accountId: string, id: string, now: Date): Promise<boolean>;
  markAllRead(accountId: string, now: Date): Promise<number>;
}

export interface PushSubscriptionRepository {
  /** Inserts, or takes over an existing subscription with the same endpoint (re-subscribe, another user). */
  upsert(accountId: string, input: PushSubscriptionInput, now: Date): Promise<StoredPushSubscription>;
  listByAccount(accountId: string): Promise<StoredPushSubscription[]>;
  /** Deletes the account's subscriptions past the `count` most recently used (or made). */
  keepNewest(accountId: string, count: number): Promise<void>;
  /** False when the account has no such subscription. */
  deleteById(accountId: string, id: string): Promise<boolean>;
  deleteByEndpoint(accountId: string, endpoint: string): Promise<boolean>;
}

export interface OutboxAdminRepository {
  list(filter: {
    status?: OutboxStatus;
    channel?: Channel;
    limit: number;
    cursor: string | null;
  }): Promise<OutboxAdminPage>;
  /** dead → pending, due now, attempts reset; null when no such row, false when it is not dead. */
  retryDead(id: string, now: Date): Promise<boolean | null>;
}

export interface DeliveryReportRepository {
  /** Records the report for the sent message with this provider id; false when there is none. */
  record(report: DeliveryStatusReport, now: Date): Promise<{ outboxId: string } | null>;
}
