// Notification delivery: in-app notifications, Web Push subscriptions, the dead letters and delivery reports.
export { isAllowedPushEndpoint, maskRecipient, smsRuDeliveryStatus } from './delivery-rules';
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
  markNotificationRead,
  recordDeliveryReports,
  retryDeadMessage,
  subscribeToPush,
  unsubscribeFromPush,
} from './notifications-delivery.use-cases';
