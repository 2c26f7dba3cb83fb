export {
  type Database,
  type DatabaseHandle,
  type DatabaseOptions,
  type DbExecutor,
  openDatabase,
} from './client';
export { ENCRYPTED_COLUMNS, type EncryptedColumn } from './crypto/encrypted-columns';
export { createFieldCipher, type FieldCipher, type FieldCipherKeys } from './crypto/field-cipher';
export { ARGON2_OPTIONS, hashPassword } from './crypto/password-hash';
export { type RotationReport, rotateEncryptionKeys } from './crypto/rotate-keys';
export {
  NOTIFICATION_EVENTS_CHANNEL,
  type NotificationEvent,
  type NotificationEventSource,
  openNotificationEventSource,
} from './live/notification-events';
export type { NotificationHandlers, NotificationListener } from './live/pg-notification-listener';
export {
  muteSlotEventsInTransaction,
  openSlotEventSource,
  parseSlotEvent,
  SLOT_EVENTS_CHANNEL,
  type SlotEvent,
  type SlotEventSource,
} from './live/slot-events';
export { logSafeError } from './log-safe-error';
export { isMigrated, migrateDatabase } from './migrate';
export { DatabaseBusyError, isDatabaseBusy, type PoolLimits } from './pool/bounded-pool';
export * from './queue';
export { createAccessStore } from './repositories/access/access-store';
export {
  type AuditChainResult,
  type AuditStore,
  createAuditRepository,
} from './repositories/audit.repository';
export { createBookingStore } from './repositories/booking/booking-store';
export { createClinicCancellationStore } from './repositories/booking/clinic-cancellation.repository';
export {
  createDevMessagesRepository,
  type DevMessage,
  type DevMessagesRepository,
  type NewDevMessage,
} from './repositories/dev-messages.repository';
export { createDirectoryRepository } from './repositories/directory.repository';
export {
  createIdempotencyRepository,
  type IdempotencyRepository,
  type StoredIdempotencyKey,
} from './repositories/idempotency.repository';
export { createIdentityStore, type IdentityStoreOptions } from './repositories/identity/identity-store';
export * from './repositories/notifications';
export * from './repositories/notifications-delivery';
export { createOutboxRepository, type OutboxRepository } from './repositories/outbox.repository';
export { createPrivacyStore } from './repositories/privacy/privacy-store';
export { createReferralsStore } from './repositories/referrals/referrals-store';
export { createRegistryStore } from './repositories/registry/registry-store';
export { createReviewsStore } from './repositories/reviews/reviews-store';
export { createSchedulingStore } from './repositories/scheduling/scheduling-store';
export {
  createRateLimitRepository,
  type RateLimitRepository,
  type WindowLimit,
  type WindowVerdict,
} from './repositories/security/rate-limit.repository';
export {
  createRetentionRepository,
  IDENTITY_RETENTION,
  type RetentionPurge,
  type RetentionRepository,
} from './repositories/security/retention.repository';
export { createSlotSearchRepository } from './repositories/slot-search.repository';
export { createSuggestionsRepository } from './repositories/suggestions.repository';
export { createTicketEmailStore } from './repositories/ticket-email.repository';
export { createTicketsRepository } from './repositories/tickets.repository';
export { createWaitlistRepository } from './repositories/waitlist/waitlist.repository';
export { createWaitlistStore, type SlotEventsFactory } from './repositories/waitlist/waitlist-store';
export * as schema from './schema';
export { queryRows } from './sql';
