import { registerWalkIn } from './register-walk-in';
import { searchPatients } from './search-patients';

/** The front desk's patient search and walk-in registration, over `RegistryDeps`. */
export const registryUseCases = { searchPatients, registerWalkIn };
