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
} from './appointment-factory';
export {
  activeAppointmentsIn,
  appointmentRows,
  injectRescheduleFailure,
  outboxRowsOf,
  patientRow,
  referralRow,
  referralRowsOf,
  setReferralState,
  slotRow,
  slotStatuses,
} from './booking-facts';
export {
  currentDatabaseName,
  lastAuditEntry,
  occupyConnection,
  terminateSessions,
} from './database-facts';
export {
  createPostgresDatabaseFromTemplate,
  insertDueMessages,
  outboxCounts,
  providerMessageIdOf,
  setOutboxState,
} from './delivery-facts';
export { buildOrganization, buildPractitioner, buildSlots } from './factories';
export { outboxRowsTo, plannedReminders, setAccountContacts } from './notification-facts';
export {
  attachPatient,
  auditEntriesAbout,
  practitionerOrganizationId,
  readDataRequestRow,
} from './patient-facts';
export { buildRegisteredPatient } from './register-patients';
export { deleteSlot, setSlotHold, setSlotStatus } from './slot-changes';
export { createTestDatabase } from './test-database';
