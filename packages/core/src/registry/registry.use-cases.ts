import { searchPatients } from './search-patients';

/** The front desk's patient search, over `RegistryDeps`. */
export const registryUseCases = { searchPatients };
