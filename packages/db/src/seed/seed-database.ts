import { PERSONAL_DATA_CONSENT } from '@talon/core/identity';
import { sql } from 'drizzle-orm';
import type { Database } from '../client';
import { createFieldCipher, type FieldCipher, type FieldCipherKeys } from '../crypto/field-cipher';
import { createFileCipher } from '../crypto/file-cipher';
import { hashPassword } from '../crypto/password-hash';
import {
  accountRoles,
  accounts,
  appointments,
  conditions,
  consents,
  courses,
  diagnosticReports,
  encounters,
  locations,
  medicationRequests,
  observations,
  organizations,
  patients,
  practitionerRoles,
  practitioners,
  representativeLinks,
  reviews,
  schedules,
  signingCertificates,
  slots,
} from '../schema';
import { writeDemoAttachmentRequest } from './attachment-requests';
import { BATCH_ROWS, createPipeline, insertAll, withSecondaryIndexesRebuilt } from './batch-writer';
import { writeDemoCourses } from './courses';
import { writeDemoDataChangeRequests } from './data-change-requests';
import {
  createAccountHolderPicker,
  DEMO_PATIENT_PASSWORD,
  DEMO_SET,
  DEMO_STAFF_PASSWORD,
  type DemoAccounts,
  demoDoctorRole,
  planDemoAccounts,
} from './demo-accounts';
import { generateDirectory } from './directory';
import { writeDemoIntegrationClient } from './integration-client';
import { generatePatients, type PatientSeed } from './patients';
import { SEED_PROFILES, type SeedSize } from './profiles';
import { createRandom } from './random';
import type { RecordCounts } from './record-writer';
import { planReviews, writeReviews } from './reviews';
import { planSchedules } from './schedules';
import {
  accountColumns,
  accountRoleColumns,
  consentColumns,
  locationColumns,
  organizationColumns,
  patientColumns,
  practitionerColumns,
  practitionerRoleColumns,
  representativeLinkColumns,
} from './seed-columns';
import { demoStay, seedRecords } from './seed-records';
import { writeDemoSigningCertificates } from './signing-certificates';
import { writeSchedulesAndSlots } from './slots';
import { writeDemoSupportTickets } from './support-tickets';
import { planDemoVideoSchedule } from './video-slots';

/** The field cipher's keys (`config.secrets`); new values go under the current key. */
export type SeedKeys = FieldCipherKeys;

export interface SeedOptions {
  size: SeedSize;
  seed: number;
  keys: SeedKeys;
  log?: (message: string) => void;
  /** The run date slots are generated from (each clinic's horizon ahead); now by default. */
  now?: Date;
}

export interface SeedReport {
  size: SeedSize;
  seed: number;
  organizations: number;
  practitioners: number;
  practitionerRoles: number;
  patients: number;
  /** Demo accounts: staff of one clinic, a system admin and `DEMO_PATIENT_ACCOUNTS` patients. */
  accounts: number;
  /** Weekly templates: one per practitioner role. */
  schedules: number;
  /** Free slots generated for each clinic's booking horizon from the run date. */
  slots: number;
  /** Past fulfilled visits with a review: the practitioners' ratings are computed from them. */
  reviews: number;
  /** The demo certification authority and the signing certificates it issued (`signing-certificates.ts`). */
  signingCertificates: number;
  /** Medical records (docs/medical-record.md): the demo account holders' and, in the large set, a sample's. */
  records: RecordCounts & { patients: number };
  ms: number;
}

/** Any constant, distinct from the migration lock; only processes of one installation compete for it. */
const DEMO_SEED_LOCK_ID = 0x7a11;
const PROGRESS_EVERY = 100_000;
/** Patients of a region the seeded reviews are spread over. */
const REVIEWERS_PER_REGION = 200;

const seconds = (since: number): string => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * Replaces the generated data — organizations, rooms, practitioners, their roles, their weekly schedules with
 * the slots of each clinic's booking horizon from the run date, and patients — with the set
 * of the given size built from `seed`; regions and specialties (reference data) stay. Whatever references the
 * replaced rows (schedules, appointments, accounts of demo people…) goes with them (`TRUNCATE … CASCADE`).
 *
 * It all happens in one transaction, so a failed or interrupted seed leaves the previous data as it was (the
 * tables stay locked meanwhile). Patients are generated and inserted in statements of 10 000 rows, streamed so
 * that the large set (a million) never sits in memory, with the table's secondary indexes rebuilt at the end.
 * SNILS and OMS are stored as a keyed hash and AES-GCM ciphertext made with `keys`. Past fulfilled visits with
 * reviews (`reviews.ts`) follow the patients; the practitioners' ratings are computed from them. The demo accounts
 * (`demo-accounts.ts`) come last, so they replace any accounts of the previous data.
 */
export async function seedDatabase(db: Database, options: SeedOptions): Promise<SeedReport> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const profile = SEED_PROFILES[options.size];
  const directory = generateDirectory(profile, options.seed);
  const cipher = createFieldCipher(options.keys);
  const accountHolders = createAccountHolderPicker();

  const doctorRole = demoDoctorRole(directory);
  // Every role's in-person week, and the demo doctor's video visits beside it (docs/video-visits.md).
  const templates = [
    ...planSchedules(directory, options.seed),
    ...(doctorRole ? [planDemoVideoSchedule(doctorRole.id)] : []),
  ];
  const now = options.now ?? new Date();
  // Patients who wrote the seeded reviews: the first few of each region without a demo account.
  const reviewers = new Map<string, string[]>();
  const offerReviewer = (patient: PatientSeed) => {
    const pool = reviewers.get(patient.regionCode) ?? [];
    if (pool.length < REVIEWERS_PER_REGION) pool.push(patient.id);
    reviewers.set(patient.regionCode, pool);
  };
  let certificateCount = 0;
  // The large set's sample of patients with a medical record (benchmarks), besides the demo account holders.
  const sampled: PatientSeed[] = [];
  let streamed = 0;
  const { patientCount, accountCount, slotCount, reviewCount, records } = await db.transaction(async (tx) => {
    // Accounts reference patients and practitioners; listed too, so that no account outlives a reseed (and
    // so are the demo signing certificates: the authority's references nothing).
    await tx.execute(
      sql`truncate table ${accounts}, ${patients}, ${practitionerRoles}, ${practitioners}, ${locations}, ${organizations}, ${signingCertificates}, ${courses} cascade`,
    );
    await insertAll(tx, organizations, organizationColumns, directory.clinics);
    await insertAll(
      tx,
      locations,
      locationColumns,
      directory.clinics.flatMap((c) => c.locations),
    );
    await insertAll(tx, practitioners, practitionerColumns, directory.practitioners);
    await insertAll(tx, practitionerRoles, practitionerRoleColumns, directory.roles);
    log(
      `seed ${options.size}/${options.seed}: ${directory.clinics.length} organizations, ` +
        `${directory.practitioners.length} practitioners, ${directory.roles.length} roles (${seconds(started)})`,
    );
    const slotCount = await writeSchedulesAndSlots(tx, directory, templates, now);
    log(`schedules: ${templates.length}, slots: ${slotCount} (${seconds(started)})`);
    const patientCount = await withSecondaryIndexesRebuilt(tx, patients, async () => {
      const pipeline = createPipeline(tx, patients, patientColumns(cipher));
      let batch: PatientSeed[] = [];
      let written = 0;
      for (const patient of generatePatients(profile, directory.clinics, options.seed)) {
        batch.push(patient);
        accountHolders.offer(patient);
        if (profile.recordEvery && streamed++ % profile.recordEvery === 0) sampled.push(patient);
        // The demo accounts' people keep an empty history: the reviews are written by other patients.
        if (accountHolders.picked.at(-1) !== patient && accountHolders.child !== patient)
          offerReviewer(patient);
        if (batch.length < BATCH_ROWS) continue;
        await pipeline.submit(batch);
        written += batch.length;
        batch = [];
        if (written % PROGRESS_EVERY === 0)
          log(`patients: ${written} of ${profile.patients} (${seconds(started)})`);
      }
      await pipeline.submit(batch);
      await pipeline.drain();
      log(`patients: ${written + batch.length} written, rebuilding indexes (${seconds(started)})`);
      return written + batch.length;
    });
    const planned = planReviews(directory, reviewers, {
      random: createRandom(options.seed, 'reviews'),
      now,
      maxPerPractitioner: profile.maxReviewsPerPractitioner,
    });
    await writeReviews(tx, planned);
    log(`past visits with reviews: ${planned.length} (${seconds(started)})`);
    const demo = planDemoAccounts(directory, accountHolders.picked, accountHolders.child, options.seed);
    const accountCount = await writeDemoAccounts(tx, demo, cipher);
    log(`demo accounts: ${accountCount} (${seconds(started)})`);
    const firstHolder = demo.patients[0];
    const firstPatient = accountHolders.picked.find((p) => p.id === firstHolder?.patientId);
    if (firstHolder && firstPatient) {
      await writeDemoDataChangeRequests(
        tx,
        cipher,
        { patient: firstPatient, accountId: firstHolder.id },
        now,
      );
    }
    const operator = demo.staff.find((s) => s.role === 'support');
    if (operator) {
      const tickets = await writeDemoSupportTickets(
        tx,
        cipher,
        { authorAccountIds: demo.patients.map((p) => p.id), operatorAccountId: operator.id },
        now,
      );
      log(`demo support tickets: ${tickets} (${seconds(started)})`);
    }
    const staffClinicId = demo.staff.find((s) => s.organization)?.organization?.id;
    await writeDemoIntegrationClient(tx, staffClinicId ?? null);
    const applicant = [...demo.patients].reverse().find((account) => {
      const patient = accountHolders.picked.find((p) => p.id === account.patientId);
      return patient && patient.attachedOrganizationId !== staffClinicId;
    });
    if (staffClinicId && applicant?.patientId) {
      await writeDemoAttachmentRequest(
        tx,
        cipher,
        { patientId: applicant.patientId, accountId: applicant.id },
        staffClinicId,
        now,
      );
    }
    const doctor = demo.staff.find((s) => s.role === 'doctor' && s.practitionerId && s.organization);
    const courseCount = await writeDemoCourses(
      tx,
      now,
      doctor
        ? {
            accountId: doctor.id,
            practitionerId: doctor.practitionerId!,
            organizationId: doctor.organization!.id,
          }
        : null,
    );
    log(`demo courses: ${courseCount} (${seconds(started)})`);
    const certificates = await writeDemoSigningCertificates(tx, {
      directory,
      staff: demo.staff,
      size: options.size,
      seed: options.seed,
      lookupKey: options.keys.lookupKey,
      cipher,
    });
    certificateCount = certificates.count;
    log(`demo signing certificates: ${certificateCount} (${seconds(started)})`);
    const holders = [...accountHolders.picked, ...(accountHolders.child ? [accountHolders.child] : [])];
    const holderIds = new Set(holders.map((p) => p.id));
    const recordPatients = [...holders, ...sampled.filter((p) => !holderIds.has(p.id))];
    const counts = await seedRecords(tx, recordPatients, {
      directory,
      now,
      random: createRandom(options.seed, 'records'),
      ciphers: { fields: cipher, files: createFileCipher(options.keys) },
      withStay: (patient, index) => index < accountHolders.picked.length && demoStay(patient, index),
      sign: certificates.sign,
    });
    const records = { ...counts, patients: recordPatients.length };
    log(
      `medical records: ${records.patients} patients, ${records.encounters} visits, ` +
        `${records.observations} results, ${records.documents} documents (${seconds(started)})`,
    );
    return { patientCount, accountCount, slotCount, reviewCount: planned.length, records };
  });

  // Fresh statistics, so that the first queries (and benchmarks) get good plans at once.
  await db.execute(
    sql`analyze ${organizations}, ${locations}, ${practitioners}, ${practitionerRoles}, ${patients}, ${accounts}, ${schedules}, ${slots}, ${appointments}, ${reviews}, ${encounters}, ${conditions}, ${observations}, ${diagnosticReports}, ${medicationRequests}`,
  );
  log(`seed ${options.size}/${options.seed}: done in ${seconds(started)}`);
  return {
    size: options.size,
    seed: options.seed,
    organizations: directory.clinics.length,
    practitioners: directory.practitioners.length,
    practitionerRoles: directory.roles.length,
    patients: patientCount,
    accounts: accountCount,
    schedules: templates.length,
    slots: slotCount,
    reviews: reviewCount,
    signingCertificates: certificateCount,
    records,
    ms: Math.round(performance.now() - started),
  };
}

/**
 * Stores the demo accounts with their roles (and the patients' personal-data consent). Each password is
 * hashed once and that hash shared by every account with the password — demo data only: 1 000 argon2id
 * hashes (~30 ms each) would add half a minute to a demo start, and a shared salt reveals nothing that the
 * published demo password does not. Accounts people register get their own salt as always.
 */
async function writeDemoAccounts(
  db: Pick<Database, 'execute'>,
  demo: DemoAccounts,
  cipher: FieldCipher,
): Promise<number> {
  const hashes = new Map<string, string>();
  for (const password of [DEMO_STAFF_PASSWORD, DEMO_PATIENT_PASSWORD]) {
    hashes.set(password, await hashPassword(password));
  }
  const all = [...demo.staff, ...demo.patients];
  const seededAt = new Date().toISOString();
  await insertAll(
    db,
    accounts,
    accountColumns(cipher, (a) => hashes.get(a.password)!, seededAt),
    all,
  );
  await insertAll(db, accountRoles, accountRoleColumns, all);
  await insertAll(db, consents, consentColumns(PERSONAL_DATA_CONSENT.version), demo.patients);
  const registrar = demo.staff.find((a) => a.role === 'registrar');
  if (demo.representative && registrar) {
    const columns = representativeLinkColumns(registrar.id, seededAt);
    await insertAll(db, representativeLinks, columns, [demo.representative]);
  }
  return all.length;
}

/**
 * Demo start: seeds the small set (seed 1, `DEMO_SET`) with its demo accounts only when there are no organizations yet, so a restart keeps what
 * the demo users did. All in one transaction under an advisory lock, so that processes starting together
 * seed once, and a failed seed leaves nothing behind to be mistaken for data.
 */
export async function seedDemoIfEmpty(db: Database, keys: SeedKeys): Promise<SeedReport | undefined> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${DEMO_SEED_LOCK_ID})`);
    const [found] = await tx.select({ id: organizations.id }).from(organizations).limit(1);
    if (found) return undefined;
    return seedDatabase(tx, { ...DEMO_SET, keys });
  });
}
