import { listPatientRepresentatives } from './patient-representatives';
import { listPatientWaitlist, removePatientWaitlistEntry } from './patient-waitlist';
import { readQueue } from './read-queue';
import { registerWalkIn } from './register-walk-in';
import { searchPatients } from './search-patients';

/** The front desk's patient search, walk-in registration and today's queue, over `RegistryDeps`. */
export const registryUseCases = { searchPatients, registerWalkIn, readQueue };

/** The desk's patient page beyond the card and the visits: waitlist and representatives, over `RegistryPatientDeps`. */
export const registryPatientUseCases = {
  listWaitlist: listPatientWaitlist,
  removeWaitlistEntry: removePatientWaitlistEntry,
  listRepresentatives: listPatientRepresentatives,
};
