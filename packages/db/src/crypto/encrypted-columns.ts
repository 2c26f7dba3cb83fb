import { getTableName } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import {
  accounts,
  appointments,
  attachmentRequests,
  conditions,
  coverages,
  dataChangeRequests,
  dataRequests,
  diagnosticReports,
  emergencyAccesses,
  encounters,
  encounterVersions,
  fhirSubscriptions,
  idempotencyKeys,
  labOrders,
  medicationRequests,
  notificationOutbox,
  observations,
  patients,
  practitionerDocuments,
  pushSubscriptions,
  referrals,
  registrations,
  representativeLinks,
  signingCertificates,
  staffApplications,
  supportMessages,
  supportTickets,
  vapidKeys,
} from '../schema';
import { fieldAad } from './field-cipher';

/** A text column holding field-cipher values, and the columns that identify its rows. */
export interface EncryptedColumn {
  table: PgTable;
  /** The row's key, in order: `id`, or several columns (their values joined by `:` in the additional data). */
  key: readonly PgColumn[];
  column: PgColumn;
}

/**
 * Every column encrypted with the field cipher (docs/domain.md rule 18), in one place, so that key rotation cannot
 * miss one. A new `*_encrypted` column must be added here (a unit test compares this list with the schema).
 * Every value is bound to its row and column (`aadFor`).
 */
export const ENCRYPTED_COLUMNS: readonly EncryptedColumn[] = [
  { table: patients, key: [patients.id], column: patients.snilsEncrypted },
  { table: patients, key: [patients.id], column: patients.omsEncrypted },
  { table: patients, key: [patients.id], column: patients.identityDocumentEncrypted },
  { table: accounts, key: [accounts.id], column: accounts.totpSecretEncrypted },
  { table: registrations, key: [registrations.id], column: registrations.payloadEncrypted },
  { table: notificationOutbox, key: [notificationOutbox.id], column: notificationOutbox.payloadEncrypted },
  {
    table: representativeLinks,
    key: [representativeLinks.id],
    column: representativeLinks.documentEncrypted,
  },
  { table: dataRequests, key: [dataRequests.id], column: dataRequests.detailsEncrypted },
  ...[
    dataChangeRequests.newValueEncrypted,
    dataChangeRequests.reasonEncrypted,
    dataChangeRequests.commentEncrypted,
  ].map((column) => ({ table: dataChangeRequests, key: [dataChangeRequests.id], column })),
  ...[attachmentRequests.reasonEncrypted, attachmentRequests.commentEncrypted].map((column) => ({
    table: attachmentRequests,
    key: [attachmentRequests.id],
    column,
  })),
  { table: supportTickets, key: [supportTickets.id], column: supportTickets.subjectEncrypted },
  { table: supportMessages, key: [supportMessages.id], column: supportMessages.textEncrypted },
  { table: appointments, key: [appointments.id], column: appointments.reasonEncrypted },
  { table: appointments, key: [appointments.id], column: appointments.cancellationReasonEncrypted },
  { table: appointments, key: [appointments.id], column: appointments.overrideReasonEncrypted },
  { table: referrals, key: [referrals.id], column: referrals.diagnosisCodeEncrypted },
  { table: emergencyAccesses, key: [emergencyAccesses.id], column: emergencyAccesses.reasonEncrypted },
  {
    table: idempotencyKeys,
    key: [idempotencyKeys.accountId, idempotencyKeys.key],
    column: idempotencyKeys.responseEncrypted,
  },
  // Bound to the endpoint, the subscription's natural key: a re-subscription keeps its row (an upsert).
  { table: pushSubscriptions, key: [pushSubscriptions.endpoint], column: pushSubscriptions.keysEncrypted },
  { table: vapidKeys, key: [vapidKeys.id], column: vapidKeys.privateKeyEncrypted },
  {
    table: signingCertificates,
    key: [signingCertificates.id],
    column: signingCertificates.privateKeyEncrypted,
  },
  // The medical record (docs/medical-record.md), sealed through `repositories/records/record-cipher.ts`.
  ...[
    encounters.complaintsEncrypted,
    encounters.anamnesisEncrypted,
    encounters.examinationEncrypted,
    encounters.conclusionEncrypted,
    encounters.recommendationsEncrypted,
    encounters.followUpEncrypted,
  ].map((column) => ({ table: encounters, key: [encounters.id], column })),
  ...[
    encounterVersions.complaintsEncrypted,
    encounterVersions.anamnesisEncrypted,
    encounterVersions.examinationEncrypted,
    encounterVersions.conclusionEncrypted,
    encounterVersions.recommendationsEncrypted,
    encounterVersions.followUpEncrypted,
    encounterVersions.conditionsEncrypted,
    encounterVersions.amendmentReasonEncrypted,
  ].map((column) => ({ table: encounterVersions, key: [encounterVersions.id], column })),
  { table: conditions, key: [conditions.id], column: conditions.codeEncrypted },
  { table: conditions, key: [conditions.id], column: conditions.nameEncrypted },
  { table: diagnosticReports, key: [diagnosticReports.id], column: diagnosticReports.conclusionEncrypted },
  { table: observations, key: [observations.id], column: observations.valueEncrypted },
  { table: labOrders, key: [labOrders.id], column: labOrders.noteEncrypted },
  { table: staffApplications, key: [staffApplications.id], column: staffApplications.fieldsEncrypted },
  {
    table: staffApplications,
    key: [staffApplications.id],
    column: staffApplications.rejectionReasonEncrypted,
  },
  { table: medicationRequests, key: [medicationRequests.id], column: medicationRequests.dosageTextEncrypted },
  {
    table: medicationRequests,
    key: [medicationRequests.id],
    column: medicationRequests.cancelReasonEncrypted,
  },
  { table: coverages, key: [coverages.id], column: coverages.numberEncrypted },
  {
    table: practitionerDocuments,
    key: [practitionerDocuments.id],
    column: practitionerDocuments.sectionsEncrypted,
  },
  // FHIR rest-hook subscriptions (docs/fhir.md «Subscriptions»): the HMAC secret and the receiver's headers.
  ...[fhirSubscriptions.secretEncrypted, fhirSubscriptions.headersEncrypted].map((column) => ({
    table: fhirSubscriptions,
    key: [fhirSubscriptions.id],
    column,
  })),
];

/**
 * The additional data of a value of `column` in the row `rowKey` (its id, or the key's values joined by
 * `:`): `cipher.encrypt(text, aadFor(referrals.diagnosisCodeEncrypted, id))`, and the same to decrypt.
 */
export const aadFor = (column: PgColumn, ...rowKey: readonly string[]): string =>
  fieldAad(getTableName(column.table), column.name, rowKey.join(':'));

/**
 * Plaintext columns of earlier releases and the encrypted columns that replace them (issue 15 item 9):
 * `sealPlaintextColumns` moves every value across at start and empties the old column.
 */
export interface PlaintextColumn {
  target: EncryptedColumn;
  plaintext: PgColumn;
}

const registered = (column: PgColumn): EncryptedColumn => {
  const found = ENCRYPTED_COLUMNS.find((c) => c.column === column);
  if (!found) throw new Error(`${column.name} is not an encrypted column`);
  return found;
};

export const PLAINTEXT_COLUMNS: readonly PlaintextColumn[] = [
  { target: registered(appointments.overrideReasonEncrypted), plaintext: appointments.legacyOverrideReason },
  { target: registered(referrals.diagnosisCodeEncrypted), plaintext: referrals.legacyDiagnosisCode },
  { target: registered(emergencyAccesses.reasonEncrypted), plaintext: emergencyAccesses.legacyReason },
  { target: registered(idempotencyKeys.responseEncrypted), plaintext: idempotencyKeys.legacyResponseBody },
];
