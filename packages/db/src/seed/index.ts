// Demo and benchmark data: a deterministic generator of clinics, practitioners and patients.
export { type Directory, generateDirectory } from './directory';
export { generatePatients, type PatientSeed } from './patients';
export { SEED_PROFILES, type SeedProfile, type SeedSize } from './profiles';
export {
  type SeedKeys,
  type SeedOptions,
  type SeedReport,
  seedDatabase,
  seedDemoIfEmpty,
} from './seed-database';
