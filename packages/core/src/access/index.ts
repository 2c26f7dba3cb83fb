// Access: the one policy deciding who may act on a person's records, emergency access, representatives.
export { AccessErrorCode } from './access.errors';
export type * from './access.ports';
export { accessUseCases } from './access.use-cases';
export { auditReadsOf } from './audit-reads';
export { type AccessDeps, auditAllowed, authorizePatient } from './authorize-patient';
export { EMERGENCY_ACCESS_MINUTES, grantEmergencyAccess, reportEmergencyAccesses } from './emergency-access';
export {
  type AccessBasis,
  type AccessDecision,
  decidePatientAccess,
  type PatientAccessFacts,
  type PatientPurpose,
} from './patient-access';
export { readPatientCard } from './read-patient-card';
export {
  type AddWardInput,
  addWard,
  confirmProxyConsent,
  decideLink,
  endWardLink,
  listPendingLinks,
  listWards,
  type RepresentativeDeps,
  requestProxyConsent,
} from './representatives';
