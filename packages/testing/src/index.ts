export {
  addPractitionerRole,
  grantBookingConsent,
  linkRepresentative,
  practitionerRoleIds,
  representativeLinkRow,
  setLinkCreatedAt,
  setPractitionerRolesActive,
} from './access-facts';
export {
  buildAppointment,
  setBookingPolicy,
  setPatientFacts,
  setSlotState,
  setSlotStateUnannounced,
} from './appointment-factory';
export {
  activeAppointmentsIn,
  appointmentRows,
  injectRescheduleFailure,
  leaveIdempotencyKeyInFlight,
  outboxRowsOf,
  patientRow,
  referralRow,
  referralRowsOf,
  setReferralState,
  slotRow,
  slotStatuses,
} from './booking-facts';
export {
  accountsOfPatient,
  currentDatabaseName,
  lastAuditEntry,
  occupyConnection,
  terminateSessions,
} from './database-facts';
export {
  createPostgresDatabaseFromTemplate,
  insertDueMessages,
  markOutboxSent,
  outboxCounts,
  providerMessageIdOf,
  setOutboxState,
} from './delivery-facts';
export { buildOrganization, buildPractitioner, buildRoleRoom, buildSlots } from './factories';
export { outboxRowsTo, plannedReminders, setAccountContacts } from './notification-facts';
export {
  attachmentHistoryOf,
  attachPatient,
  auditEntriesAbout,
  practitionerOrganizationId,
  readDataChangeRow,
  readDataRequestRow,
  setDataChangeDueAt,
} from './patient-facts';
export { type BuiltRecord, buildMedicalRecord, tinyPdf } from './record-factory';
export {
  ageStoredFiles,
  encounterVersionRows,
  prescriptionDocumentRow,
  prescriptionRow,
  storedFileIds,
  storedFileRow,
  tamperWithEncounter,
} from './record-rows';
export { buildRegisteredPatient } from './register-patients';
export {
  buildSigningDoctor,
  documentVerificationCode,
  revokeOrganizationCertificates,
  setAccountEmail,
} from './signing-facts';
export { deleteSlot, setSlotHold, setSlotStatus } from './slot-changes';
export { setStoredColumn, storedRows, tamperWithAuditLog } from './stored-rows';
export { ageSupportTicket, supportMessageRows } from './support-facts';
export { createTestDatabase } from './test-database';
export { until } from './until';
