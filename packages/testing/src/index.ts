export { buildOrganization, buildPractitioner, buildSlots } from './factories';
export {
  attachPatient,
  auditEntriesAbout,
  practitionerOrganizationId,
  readDataRequestRow,
} from './patient-facts';
export { createTestDatabase } from './test-database';
