// Notification delivery: in-app notifications, Web Push subscriptions, the dead letters and delivery reports.

export { recordDeliveryReports } from './delivery-reports';
export { isAllowedPushEndpoint, isPublicAddress, maskRecipient, smsRuDeliveryStatus } from './delivery-rules';
export {
  countUnreadNotifications,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from './in-app-notifications';
export { NotificationsDeliveryErrorCode } from './notifications-delivery.errors';
export type {
  DeliveryReportRepository,
  InAppNotificationRepository,
  OutboxAdminRepository,
  PushSubscriptionRepository,
} from './notifications-delivery.ports';
export type {
  DeliveryReportStatus,
  DeliveryStatusReport,
  InAppNotification,
  InAppNotificationPage,
  OutboxAdminItem,
  OutboxAdminPage,
  OutboxStatus,
  PushSubscriptionInput,
  StoredPushSubscription,
} from './notifications-delivery.types';
export {
  type NotificationsDeliveryDeps,
  notificationsDeliveryUseCases,
} from './notifications-delivery.use-cases';
export { listOutboxMessages, retryDeadMessage } from './outbox-admin';
export {
  getVapidPublicKey,
  listPushSubscriptions,
  PUSH_SUBSCRIPTIONS_PER_ACCOUNT,
  subscribeToPush,
  unsubscribeFromPush,
} from './push-subscriptions';
