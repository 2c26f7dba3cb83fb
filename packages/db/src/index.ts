export { type AuditChainer, type ChainHead, createAuditChainer, readChainHead } from './audit/audit-chainer';
export { readLatestAuditCheckpoint, writeAuditCheckpoint } from './audit/audit-checkpoints';
export { type AuditLogCheck, checkAuditLog } from './audit/check-audit-log';
export {
  type AuditChainProblem,
  type AuditChainReport,
  type ChainCheckpoint,
  verifyAuditChain,
} from './audit/verify-audit-chain';
export {
  type Database,
  type DatabaseHandle,
  type DatabaseOptions,
  type DbExecutor,
  openDatabase,
  withoutShedding,
} from './client';
export { aadFor, ENCRYPTED_COLUMNS, type EncryptedColumn } from './crypto/encrypted-columns';
export { createFieldCipher, type FieldCipher, type FieldCipherKeys, fieldAad } from './crypto/field-cipher';
export { createFileCipher, type FileCipher } from './crypto/file-cipher';
export { ARGON2_OPTIONS, hashPassword } from './crypto/password-hash';
export { type RotationReport, rotateEncryptionKeys } from './crypto/rotate-keys';
export { sealPlaintextColumns } from './crypto/seal-plaintext-columns';
export { openPdf, type PdfOptions } from './documents/pdf-document';
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
export {
  createVideoSignals,
  openVideoSignalSource,
  type VideoSignalSource,
} from './live/video-signals';
export { openWaitingRoomEventSource, type WaitingRoomEventSource } from './live/waiting-room-events';
export { logSafeError } from './log-safe-error';
export { grantAppRole, isMigrated, migrateDatabase } from './migrate';
export { DatabaseBusyError, isDatabaseBusy, type PoolLimits } from './pool/bounded-pool';
export { isPriorityLane, runInPoolLane, takePriorityLane } from './pool/pool-lane';
export * from './queue';
export { createAccessStore } from './repositories/access/access-store';
export { createAnalyticsRepository } from './repositories/analytics/analytics.repository';
export { createAnalyticsRollupRepository } from './repositories/analytics/analytics-rollup.repository';
export { createAttachmentStore } from './repositories/attachment/attachment-store';
export { createAuditRepository } from './repositories/audit.repository';
export { createBookingStore } from './repositories/booking/booking-store';
export { createClientAppointmentReads } from './repositories/booking/client-appointments.repository';
export { createClinicCancellationStore } from './repositories/booking/clinic-cancellation.repository';
export { createCourseStore } from './repositories/courses/courses-store';
export { createDataChangeStore } from './repositories/data-changes/data-changes-store';
export {
  createDevMessagesRepository,
  type DevMessage,
  type DevMessagesRepository,
  type NewDevMessage,
} from './repositories/dev-messages.repository';
export { createDirectoryRepository } from './repositories/directory.repository';
export { createDocumentRequestsStore } from './repositories/document-requests/document-requests-store';
export * from './repositories/fhir-subscriptions';
export {
  createIdempotencyRepository,
  type IdempotencyRepository,
  type StoredIdempotencyKey,
} from './repositories/idempotency.repository';
export { createIdentityStore } from './repositories/identity/identity-store';
export { createIntegrationClientsStore } from './repositories/integration-clients/integration-clients-store';
export { createInteropReads } from './repositories/interop/interop-reads.repository';
export * from './repositories/mis-schedules';
export * from './repositories/notifications';
export * from './repositories/notifications-delivery';
export { createOutboxRepository, type OutboxRepository } from './repositories/outbox.repository';
export { createAbsenceStore } from './repositories/practice/absence-store';
export { createPracticeStore } from './repositories/practice/practice-store';
export { createPractitionerDocumentsStore } from './repositories/practitioner-documents/practitioner-documents-store';
export { createPrivacyStore } from './repositories/privacy/privacy-store';
export { createQualificationsStore } from './repositories/qualifications/qualifications-store';
export { createRecordsRepos, createRecordsStore } from './repositories/records/records-store';
export { createReferralsStore } from './repositories/referrals/referrals-store';
export { createRegistryStore } from './repositories/registry/registry-store';
export {
  createRequestHistoryReader,
  createRequestHistoryRepository,
} from './repositories/request-history/request-history.repository';
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
export { createSigningCertificatesRepository } from './repositories/signing/signing-certificates.repository';
export { createSigningKeysRepository } from './repositories/signing/signing-keys.repository';
export { createSlotSearchRepository, freeSlotStatements } from './repositories/slot-search.repository';
export { createStaffAccountsStore } from './repositories/staff-accounts/staff-accounts-store';
export { createStaffApplicationsStore } from './repositories/staff-applications/staff-applications-store';
export { createStatusStore } from './repositories/status/status-store';
export { createSuggestionsRepository } from './repositories/suggestions.repository';
export { createSupportStore } from './repositories/support/support-store';
export { createSurveyQualityTickets, createSurveysStore } from './repositories/surveys/surveys-store';
export { createTicketEmailStore } from './repositories/ticket-email.repository';
export { createTicketsRepository } from './repositories/tickets.repository';
export type { StoreOptions } from './repositories/unit-of-work';
export { createS3FileStore, type S3Settings } from './repositories/uploads/s3-file-store';
export { createStoredFilesRepository } from './repositories/uploads/stored-files.repository';
export { createFileStore, createUploadsStore } from './repositories/uploads/uploads-store';
export { createVideoRoomsRepository } from './repositories/video/video-rooms.repository';
export { createWaitingRoomStore } from './repositories/waiting-room/waiting-room-store';
export { createWaitlistRepository } from './repositories/waitlist/waitlist.repository';
export { createWaitlistStore, type SlotEventsFactory } from './repositories/waitlist/waitlist-store';
export * as schema from './schema';
export {
  DEMO_AUTHORITY_NAME,
  type DemoCertificateHolder,
  issueDemoCertificates,
} from './signing/demo-authority';
export { inspectSignature } from './signing/inspect-signature';
export { createLocalPadesSigner, type SigningKey, type SigningKeySource } from './signing/pades-signer';
export { queryRows } from './sql';
