import { ZText, z } from './zod';

const ZDateTime = z.iso.datetime({ offset: true });
/** `nextCursor` is base64url of "<time>|<uuid>"; anything else is refused, not read as the first page. */
const KEYSET_CURSOR =
  /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?\|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isKeysetCursor = (value: string) => {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) return false;
  try {
    return KEYSET_CURSOR.test(atob(value.replaceAll('-', '+').replaceAll('_', '/')));
  } catch {
    return false;
  }
};
const ZCursor = z
  .string()
  .max(200)
  .refine(isKeysetCursor, 'Ссылка на следующую страницу устарела или повреждена — откройте список с начала')
  .optional()
  .describe('`nextCursor` of the previous page');
const ZLimit = z.coerce.number().int().min(1).max(100).default(20).describe('Items per page, at most 100');

/** One in-app notification (the bell). */
export const ZInAppNotification = z.object({
  id: z.uuid(),
  event: z.string(),
  title: z.string(),
  body: z.string(),
  url: z.string().describe('A path inside the web app the notification opens'),
  createdAt: ZDateTime,
  readAt: ZDateTime.nullable(),
});

export const ZNotificationsQuery = z.object({ cursor: ZCursor, limit: ZLimit });

export const ZInAppNotificationPage = z.object({
  items: z.array(ZInAppNotification),
  nextCursor: z.string().nullable(),
  unread: z.number().int(),
});

export const ZUnreadCount = z.object({ unread: z.number().int() });
export const ZMarkedRead = z.object({ marked: z.number().int() });

/** A browser's PushSubscription (`subscription.toJSON()`), with an optional label for the settings page. */
export const ZPushSubscriptionRequest = z.object({
  endpoint: z.url({ message: 'Ожидается адрес сервиса уведомлений' }).max(2_000),
  keys: z.object({
    p256dh: z.string().regex(/^[\w-]{20,200}={0,2}$/, 'Ключ подписки повреждён'),
    auth: z.string().regex(/^[\w-]{8,100}={0,2}$/, 'Ключ подписки повреждён'),
  }),
  label: ZText(100).nullish(),
});

export const ZPushSubscription = z.object({
  id: z.uuid(),
  endpoint: z.string(),
  label: z.string().nullable(),
  createdAt: ZDateTime,
});

export const ZPushSubscriptionList = z.object({ items: z.array(ZPushSubscription) });

export const ZPushUnsubscribeQuery = z.object({
  endpoint: z.url().max(2_000).describe('The subscription to forget, by the endpoint the browser knows'),
});

export const ZVapidPublicKey = z.object({
  publicKey: z.string().describe('The application server key for `pushManager.subscribe` (base64url)'),
});

export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'dead', 'cancelled'] as const;
export const OUTBOX_CHANNELS = ['sms', 'email', 'push', 'in_app'] as const;

export const ZAdminOutboxQuery = z.object({
  status: z.enum(OUTBOX_STATUSES).optional(),
  channel: z.enum(OUTBOX_CHANNELS).optional(),
  cursor: ZCursor,
  limit: ZLimit,
});

/** An outbox message on the admin page: no payload, the recipient masked. */
export const ZAdminOutboxMessage = z.object({
  id: z.uuid(),
  event: z.string(),
  channel: z.enum(OUTBOX_CHANNELS),
  template: z.string(),
  maskedRecipient: z.string(),
  status: z.enum(OUTBOX_STATUSES),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  notBefore: ZDateTime,
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
  sentAt: ZDateTime.nullable(),
  report: z
    .object({ status: z.enum(['delivered', 'failed']), providerStatus: z.string(), reportedAt: ZDateTime })
    .nullable()
    .describe('What the provider later reported (SMS delivery status callback)'),
});

export const ZAdminOutboxPage = z.object({
  items: z.array(ZAdminOutboxMessage),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
});

export const ZDeliveryStatusAnswer = z.object({
  recorded: z.number().int(),
  unknown: z.number().int(),
});

export type TInAppNotification = z.infer<typeof ZInAppNotification>;
export type TInAppNotificationPage = z.infer<typeof ZInAppNotificationPage>;
export type TPushSubscriptionRequest = z.infer<typeof ZPushSubscriptionRequest>;
export type TAdminOutboxMessage = z.infer<typeof ZAdminOutboxMessage>;
export type TAdminOutboxPage = z.infer<typeof ZAdminOutboxPage>;
