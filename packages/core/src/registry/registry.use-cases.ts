import { readQueue } from './read-queue';
import { registerWalkIn } from './register-walk-in';
import { searchPatients } from './search-patients';

/** The front desk's patient search, walk-in registration and today's queue, over `RegistryDeps`. */
export const registryUseCases = { searchPatients, registerWalkIn, readQueue };
