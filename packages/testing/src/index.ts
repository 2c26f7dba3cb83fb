export { buildOrganization, buildPractitioner } from './factories';
export { createTestDatabase } from './test-database';
