// Registry: what the front desk and the call centre do for patients (search, then book on their behalf).
export {
  maskSnils,
  type PatientSearchCriteria,
  type PatientSearchInput,
  parsePatientSearch,
} from './patient-search-criteria';
export { RegistryErrorCode } from './registry.errors';
export type * from './registry.ports';
export { registryUseCases } from './registry.use-cases';
export {
  PATIENT_SEARCH_LIMIT,
  type PatientSearchResult,
  type RegistryDeps,
  searchPatients,
} from './search-patients';
