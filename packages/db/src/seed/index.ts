// Demo and benchmark data: a deterministic generator of clinics, practitioners and patients.
export {
  DEMO_PATIENT_ACCOUNTS,
  DEMO_PATIENT_PASSWORD,
  DEMO_SET,
  DEMO_STAFF_PASSWORD,
  DEMO_TOTP_SECRET,
  type DemoAccountSeed,
  type DemoAccounts,
  type DemoRepresentativeSeed,
  listDemoAccounts,
} from './demo-accounts';
export { type Directory, generateDirectory } from './directory';
export { DEMO_DOCTOR_EMAIL, ensureDemoDoctorDay } from './doctor-day';
export { DEMO_INTEGRATION_CLIENT } from './integration-client';
export { generatePatients, type PatientSeed } from './patients';
export { SEED_PROFILES, type SeedProfile, type SeedSize } from './profiles';
export {
  type SeedKeys,
  type SeedOptions,
  type SeedReport,
  seedDatabase,
  seedDemoIfEmpty,
} from './seed-database';
export { ensureDemoVideoSchedule, startDemoVideoVisitNow } from './video-slots';
