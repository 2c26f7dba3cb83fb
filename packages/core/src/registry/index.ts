// Registry: what the front desk and the call centre do for patients (search, then book on their behalf).

export { type DeskWaitlistEntry, deskWaitlist } from './desk-waitlist';
export { type DeskLink, listPatientRepresentatives } from './patient-representatives';
export {
  maskSnils,
  type PatientSearchCriteria,
  type PatientSearchInput,
  parsePatientSearch,
} from './patient-search-criteria';
export { listPatientWaitlist, removePatientWaitlistEntry } from './patient-waitlist';
export {
  classifyQueueVisit,
  initialsOf,
  type QueueLine,
  type QueueState,
  type QueueVisit,
  queueBoard,
} from './queue-board';
export { readQueue } from './read-queue';
export { type RegisterWalkInInput, registerWalkIn } from './register-walk-in';
export { RegistryErrorCode } from './registry.errors';
export type * from './registry.ports';
export { registryPatientUseCases, registryUseCases } from './registry.use-cases';
export {
  PATIENT_SEARCH_LIMIT,
  type PatientSearchResult,
  type RegistryDeps,
  searchPatients,
} from './search-patients';
export { parseWalkIn, type WalkInFields, type WalkInInput } from './walk-in-fields';
