import { sql } from 'drizzle-orm';
import type { Database } from '../client';
import { createFieldCipher, type FieldCipherKeys } from '../crypto/field-cipher';
import { queryRows } from '../query-rows';
import { locations, organizations, patients, practitionerRoles, practitioners } from '../schema';
import { BATCH_ROWS, createPipeline, insertAll, withSecondaryIndexesRebuilt } from './batch-writer';
import { generateDirectory } from './directory';
import { generatePatients, type PatientSeed } from './patients';
import { SEED_PROFILES, type SeedSize } from './profiles';
import {
  locationColumns,
  organizationColumns,
  patientColumns,
  practitionerColumns,
  practitionerRoleColumns,
} from './seed-columns';

/** The field cipher's keys (`config.secrets`); new values go under the current key. */
export type SeedKeys = FieldCipherKeys;

export interface SeedOptions {
  size: SeedSize;
  seed: number;
  keys: SeedKeys;
  log?: (message: string) => void;
}

export interface SeedReport {
  size: SeedSize;
  seed: number;
  organizations: number;
  practitioners: number;
  practitionerRoles: number;
  patients: number;
  ms: number;
}

/** Any constant, distinct from the migration lock; only processes of one installation compete for it. */
const DEMO_SEED_LOCK_ID = 0x7a11;
const PROGRESS_EVERY = 100_000;

const seconds = (since: number): string => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * Replaces the generated data — organizations, rooms, practitioners, their roles and patients — with the set
 * of the given size built from `seed`; regions and specialties (reference data) stay. Whatever references the
 * replaced rows (schedules, appointments, accounts of demo people…) goes with them (`TRUNCATE … CASCADE`).
 *
 * It all happens in one transaction, so a failed or interrupted seed leaves the previous data as it was (the
 * tables stay locked meanwhile). Patients are generated and inserted in statements of 10 000 rows, streamed so
 * that the large set (a million) never sits in memory, with the table's secondary indexes rebuilt at the end.
 * SNILS and OMS are stored as a keyed hash and AES-GCM ciphertext made with `keys`.
 */
export async function seedDatabase(db: Database, options: SeedOptions): Promise<SeedReport> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const profile = SEED_PROFILES[options.size];
  const directory = generateDirectory(profile, options.seed);

  const patientCount = await db.transaction(async (tx) => {
    await tx.execute(
      sql`truncate table ${patients}, ${practitionerRoles}, ${practitioners}, ${locations}, ${organizations} cascade`,
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
    return withSecondaryIndexesRebuilt(tx, patients, async () => {
      const pipeline = createPipeline(tx, patients, patientColumns(createFieldCipher(options.keys)));
      let batch: PatientSeed[] = [];
      let written = 0;
      for (const patient of generatePatients(profile, directory.clinics, options.seed)) {
        batch.push(patient);
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
  });

  // Fresh statistics, so that the first queries (and benchmarks) get good plans at once.
  await db.execute(
    sql`analyze ${organizations}, ${locations}, ${practitioners}, ${practitionerRoles}, ${patients}`,
  );
  log(`seed ${options.size}/${options.seed}: done in ${seconds(started)}`);
  return {
    size: options.size,
    seed: options.seed,
    organizations: directory.clinics.length,
    practitioners: directory.practitioners.length,
    practitionerRoles: directory.roles.length,
    patients: patientCount,
    ms: Math.round(performance.now() - started),
  };
}

/**
 * Demo start: seeds the small set (seed 1) only when there are no organizations yet, so a restart keeps what
 * the demo users did. All in one transaction under an advisory lock, so that processes starting together
 * seed once, and a failed seed leaves nothing behind to be mistaken for data.
 */
export async function seedDemoIfEmpty(db: Database, keys: SeedKeys): Promise<SeedReport | undefined> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${DEMO_SEED_LOCK_ID})`);
    const [row] = await queryRows<{ found: boolean }>(
      tx,
      sql`select exists (select 1 from ${organizations}) as found`,
    );
    if (row?.found) return undefined;
    return seedDatabase(tx, { size: 'small', seed: 1, keys });
  });
}
