import type { Channel } from '../messaging';

/** A notification in the account's list (the bell). */
export interface InAppNotification {
  id: string;
  event: string;
  title: string;
  body: string;
  /** A path inside the web app. */
  url: string;
  createdAt: Date;
  readAt: Date | null;
}

/** A keyset page, newest first; `nextCursor` is opaque. */
export interface InAppNotificationPage {
  items: InAppNotification[];
  nextCursor: string | null;
  unread: number;
}

/** A browser's PushSubscription as the Push API hands it out. */
export interface PushSubscriptionInput {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  label?: string | null;
}

export interface StoredPushSubscription {
  id: string;
  accountId: string;
  endpoint: string;
  keys: { p256dh: string; auth: string };
  label: string | null;
  createdAt: Date;
}

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'dead' | 'cancelled';
export type DeliveryReportStatus = 'delivered' | 'failed';

/** An outbox message on the admin page: ids, kinds and states only; the recipient masked. */
export interface OutboxAdminItem {
  id: string;
  event: string;
  channel: Channel;
  template: string;
  maskedRecipient: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  notBefore: Date;
  createdAt: Date;
  updatedAt: Date;
  sentAt: Date | null;
  report: { status: DeliveryReportStatus; providerStatus: string; reportedAt: Date } | null;
}

export interface OutboxAdminPage {
  items: OutboxAdminItem[];
  nextCursor: string | null;
  total: number;
}

/** A delivery status a provider reported for a message it accepted (by its own message id). */
export interface DeliveryStatusReport {
  providerMessageId: string;
  status: DeliveryReportStatus;
  providerStatus: string;
}
