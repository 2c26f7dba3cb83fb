// Access: the one policy deciding who may act on a person's records, emergency access, representatives.
export { AccessErrorCode } from './access.errors';
export type * from './access.ports';
export type { RecordView } from './access.types';
export { accessUseCases } from './access.use-cases';
export { type AddedWard, type AddWardInput, addWard, WARD_LINKS_PER_DAY } from './add-ward';
export { auditReadsOf } from './audit-reads';
export {
  type AccessDeps,
  type AccessGrant,
  auditAllowed,
  auditRecordCreated,
  authorizePatient,
  authorizePatientAccess,
} from './authorize-patient';
export { EMERGENCY_ACCESS_MINUTES, grantEmergencyAccess, reportEmergencyAccesses } from './emergency-access';
export { decideLink, listPendingLinks, mayDecideLink } from './link-approvals';
export {
  listMyRepresentatives,
  type MyRepresentativeView,
  setRepresentativeMedicalAccess,
} from './my-representatives';
export {
  type ActiveWardLink,
  ADULT_AGE,
  ageOn,
  decidesParentalAccess,
  fullYearsOn,
  MEDICAL_CONSENT_AGE,
  type Representation,
  representationOf,
  representedWards,
  type WardLinkFacts,
} from './parental-access';
export {
  type AccessBasis,
  type AccessContext,
  type AccessDecision,
  clinicianOrganizations,
  decidePatientAccess,
  type PatientAccessFacts,
  type PatientPurpose,
} from './patient-access';
export { confirmProxyConsent, requestProxyConsent } from './proxy-consent';
export { readPatientCard } from './read-patient-card';
export {
  isInRegistryScope,
  type RegistryScope,
  registryChannelFor,
  registryScopeOf,
  type ScopedOrganization,
} from './registry-scope';
export { endWardLink, listWards, type RepresentativeDeps, toWardView } from './representatives';
export { confirmWardLink, resendWardLinkCode } from './ward-link-code';
