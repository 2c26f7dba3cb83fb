import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import {
  accounts,
  appointments,
  conditions,
  coverages,
  dataRequests,
  diagnosticReports,
  encounters,
  encounterVersions,
  medicationRequests,
  notificationOutbox,
  observations,
  patients,
  pushSubscriptions,
  registrations,
  representativeLinks,
  vapidKeys,
} from '../schema';

/** A text column holding field-cipher values, and the key of its rows. */
export interface EncryptedColumn {
  table: PgTable;
  id: PgColumn;
  column: PgColumn;
}

/**
 * Every column encrypted with the field cipher (DESIGN rule 18), in one place, so that key rotation cannot
 * miss one. A new `*_encrypted` column must be added here (a unit test compares this list with the schema).
 */
export const ENCRYPTED_COLUMNS: readonly EncryptedColumn[] = [
  { table: patients, id: patients.id, column: patients.snilsEncrypted },
  { table: patients, id: patients.id, column: patients.omsEncrypted },
  { table: accounts, id: accounts.id, column: accounts.totpSecretEncrypted },
  { table: registrations, id: registrations.id, column: registrations.payloadEncrypted },
  { table: notificationOutbox, id: notificationOutbox.id, column: notificationOutbox.payloadEncrypted },
  { table: representativeLinks, id: representativeLinks.id, column: representativeLinks.documentEncrypted },
  { table: dataRequests, id: dataRequests.id, column: dataRequests.detailsEncrypted },
  { table: appointments, id: appointments.id, column: appointments.reasonEncrypted },
  { table: appointments, id: appointments.id, column: appointments.cancellationReasonEncrypted },
  { table: pushSubscriptions, id: pushSubscriptions.id, column: pushSubscriptions.keysEncrypted },
  { table: vapidKeys, id: vapidKeys.id, column: vapidKeys.privateKeyEncrypted },
  // The medical record (docs/medical-record.md), sealed through `repositories/records/record-cipher.ts`.
  ...[
    encounters.complaintsEncrypted,
    encounters.anamnesisEncrypted,
    encounters.examinationEncrypted,
    encounters.conclusionEncrypted,
    encounters.recommendationsEncrypted,
    encounters.followUpEncrypted,
  ].map((column) => ({ table: encounters, id: encounters.id, column })),
  ...[
    encounterVersions.complaintsEncrypted,
    encounterVersions.anamnesisEncrypted,
    encounterVersions.examinationEncrypted,
    encounterVersions.conclusionEncrypted,
    encounterVersions.recommendationsEncrypted,
    encounterVersions.followUpEncrypted,
    encounterVersions.conditionsEncrypted,
    encounterVersions.amendmentReasonEncrypted,
  ].map((column) => ({ table: encounterVersions, id: encounterVersions.id, column })),
  { table: conditions, id: conditions.id, column: conditions.codeEncrypted },
  { table: conditions, id: conditions.id, column: conditions.nameEncrypted },
  { table: diagnosticReports, id: diagnosticReports.id, column: diagnosticReports.conclusionEncrypted },
  { table: observations, id: observations.id, column: observations.valueEncrypted },
  { table: medicationRequests, id: medicationRequests.id, column: medicationRequests.dosageTextEncrypted },
  { table: medicationRequests, id: medicationRequests.id, column: medicationRequests.cancelReasonEncrypted },
  { table: coverages, id: coverages.id, column: coverages.numberEncrypted },
];
