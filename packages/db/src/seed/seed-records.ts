import type { FieldCipher } from '../crypto/field-cipher';
import type { FileCipher } from '../crypto/file-cipher';
import {
  conditions,
  diagnosticReports,
  encounters,
  immunizations,
  medicationRequests,
  observations,
} from '../schema';
import { withSecondaryIndexesRebuilt } from './batch-writer';
import type { Directory } from './directory';
import type { PatientSeed } from './patients';
import type { Random } from './random';
import { recordContext } from './record-context';
import { type RecordCounts, type SeedDocumentSigner, writePatientRecords } from './record-writer';
import { planPatientRecords } from './records';

/** Patients planned and written together: bounds the memory of the large set's records. */
const PATIENTS_PER_CHUNK = 1_000;
/**
 * Every this many demo account holders (from the first) has a hospital stay with a discharge summary: a PDF
 * takes a quarter of a second to render, so a few are enough.
 */
const STAY_EVERY = 250;

/**
 * Generates and stores the medical records of `patients` (docs/medical-record.md, «Demo data»). Each
 * patient's record comes from its own random stream (forked by the patient's id), so it does not depend
 * on who else gets one. `withStay` picks the patients whose record includes a discharge summary PDF.
 */
export async function seedRecords(
  db: Parameters<typeof writePatientRecords>[0],
  patients: readonly PatientSeed[],
  options: {
    directory: Directory;
    now: Date;
    random: Random;
    ciphers: { fields: FieldCipher; files: FileCipher };
    withStay: (patient: PatientSeed, index: number) => boolean;
    /** Signs the discharge summaries with their hospital's demo certificate. */
    sign?: SeedDocumentSigner;
  },
): Promise<RecordCounts> {
  const context = recordContext(options.directory, options.now);
  const total: RecordCounts = { encounters: 0, observations: 0, documents: 0 };
  const load = async () => {
    for (let start = 0; start < patients.length; start += PATIENTS_PER_CHUNK) {
      const planned = patients.slice(start, start + PATIENTS_PER_CHUNK).map((patient, offset) =>
        planPatientRecords(patient, context, options.random.fork(patient.id), {
          withStay: options.withStay(patient, start + offset),
        }),
      );
      const counts = await writePatientRecords(db, planned, options.ciphers, options.sign);
      total.encounters += counts.encounters;
      total.observations += counts.observations;
      total.documents += counts.documents;
    }
  };
  // The bulk tables' secondary indexes are dropped for the load and built once at the end: one sort per
  // index instead of a B-tree insertion per row (a third of the time on the embedded database).
  const bulk = [encounters, conditions, diagnosticReports, observations, medicationRequests, immunizations];
  const withIndexesRebuilt = bulk.reduce<() => Promise<void>>(
    (inner, table) => () => withSecondaryIndexesRebuilt(db, table, inner),
    load,
  );
  await withIndexesRebuilt();
  return total;
}

/** The demo account holders with a stay: the first (the demo patient of the README) and every 250th. */
export const demoStay = (_patient: PatientSeed, index: number): boolean => index % STAY_EVERY === 0;
