/** Error codes of notification delivery (in-app list, push subscriptions, the dead-letter admin page). */
export const NotificationsDeliveryErrorCode = {
  /** The notification does not exist or belongs to someone else (the same answer, so ids are not probed). */
  NOTIFICATION_NOT_FOUND: 'NOTIFICATION_NOT_FOUND',
  PUSH_SUBSCRIPTION_NOT_FOUND: 'PUSH_SUBSCRIPTION_NOT_FOUND',
  /** The push endpoint is not an https URL of a public host (the worker would post to it). */
  PUSH_ENDPOINT_INVALID: 'PUSH_ENDPOINT_INVALID',
  /** Web Push is off in this installation (no VAPID keys). */
  PUSH_UNAVAILABLE: 'PUSH_UNAVAILABLE',
  OUTBOX_MESSAGE_NOT_FOUND: 'OUTBOX_MESSAGE_NOT_FOUND',
  /** Only a dead message can be retried by hand; pending and sending ones are already on their way. */
  OUTBOX_MESSAGE_NOT_RETRYABLE: 'OUTBOX_MESSAGE_NOT_RETRYABLE',
} as const;

export type NotificationsDeliveryErrorCode =
  (typeof NotificationsDeliveryErrorCode)[keyof typeof NotificationsDeliveryErrorCode];
