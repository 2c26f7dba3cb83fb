import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import {
  accounts,
  appointments,
  dataRequests,
  notificationOutbox,
  patients,
  pushSubscriptions,
  registrations,
  representativeLinks,
  signingCertificates,
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
  {
    table: signingCertificates,
    id: signingCertificates.id,
    column: signingCertificates.privateKeyEncrypted,
  },
];
