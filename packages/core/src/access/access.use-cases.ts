import { addWard } from './add-ward';
import { grantEmergencyAccess, reportEmergencyAccesses } from './emergency-access';
import { decideLink, listPendingLinks } from './link-approvals';
import { listMyRepresentatives, setRepresentativeMedicalAccess } from './my-representatives';
import { confirmProxyConsent, requestProxyConsent } from './proxy-consent';
import { readPatientCard } from './read-patient-card';
import { endWardLink, listWards } from './representatives';
import { confirmWardLink, resendWardLinkCode } from './ward-link-code';

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
  confirmWardLink,
  resendWardLinkCode,
  endWardLink,
  requestProxyConsent,
  confirmProxyConsent,
  listPendingLinks,
  decideLink,
  listMyRepresentatives,
  setRepresentativeMedicalAccess,
};
