export {
  createInAppNotificationRepository,
  type InAppNotificationStore,
  type NewInAppNotification,
} from './in-app-notifications.repository';
export { createOutboxAdminRepository } from './outbox-admin.repository';
export { createOutboxDispatchRepository, type OutboxDispatchRepository } from './outbox-dispatch.repository';
export {
  createPushSubscriptionRepository,
  type PushSubscriptionStore,
} from './push-subscriptions.repository';
export { generateVapidKeyPair, loadOrCreateVapidKeys, type VapidKeyPair } from './vapid-keys.repository';
