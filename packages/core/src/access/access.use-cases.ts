import { grantEmergencyAccess, reportEmergencyAccesses } from './emergency-access';
import { readPatientCard } from './read-patient-card';
import {
  addWard,
  confirmProxyConsent,
  decideLink,
  endWardLink,
  listPendingLinks,
  listWards,
  requestProxyConsent,
} from './representatives';

/**
 * A person's card behind the access policy, emergency access, representatives and wards, over
 * `RepresentativeDeps`. (`authorizePatient` is the policy other modules' use cases ask, not one of these.)
 */
export const accessUseCases = {
  readPatientCard,
  grantEmergencyAccess,
  reportEmergencyAccesses,
  listWards,
  addWard,
  endWardLink,
  requestProxyConsent,
  confirmProxyConsent,
  listPendingLinks,
  decideLink,
};
