import { listPatientRepresentatives } from './patient-representatives';
import { listPatientWaitlist, removePatientWaitlistEntry } from './patient-waitlist';

/** The desk's patient page beyond the card and the visits: waitlist and representatives, over `RegistryPatientDeps`. */
export const registryPatientUseCases = {
  listWaitlist: listPatientWaitlist,
  removeWaitlistEntry: removePatientWaitlistEntry,
  listRepresentatives: listPatientRepresentatives,
};
