import { createHash, randomBytes } from 'node:crypto';
import type { FieldCipher } from '../crypto/field-cipher';
import type { FileCipher } from '../crypto/file-cipher';
import { findIcd10 } from '../reference/clinical';
import { icd10HashInput } from '../repositories/records/conditions.repository';
import { sealRecordText } from '../repositories/records/record-cipher';
import {
  conditions,
  coverages,
  diagnosticReports,
  documents,
  encounters,
  immunizations,
  medicationRequests,
  observations,
  storedFiles,
} from '../schema';
import { type Column, insertAll } from './batch-writer';
import { renderDischargeSummary } from './discharge-summary';
import type { PatientRecords } from './record-context';

type Executor = Parameters<typeof insertAll>[0];
type Rows<K extends keyof PatientRecords> = PatientRecords[K][number];

/** A sealed column: the value goes through the record's one encryption helper, bound to its row. */
const sealed = <Row extends { id: string }>(
  cipher: FieldCipher,
  table: string,
  column: string,
  value: (row: Row) => string | null,
) => ({
  value: (row: Row) => {
    const plain = value(row);
    return plain === null ? null : sealRecordText(cipher, plain, { table, column, rowId: row.id });
  },
});

function encounterColumns(cipher: FieldCipher): Column<Rows<'encounters'>>[] {
  const section = (name: keyof Rows<'encounters'> & string, column: string) => ({
    column: encounters[`${name}Encrypted` as 'complaintsEncrypted'],
    ...sealed<Rows<'encounters'>>(cipher, 'encounters', column, (e) => e[name] as string),
  });
  return [
    { column: encounters.id, value: (e) => e.id },
    { column: encounters.patientId, value: (e) => e.patientId },
    { column: encounters.practitionerId, value: (e) => e.practitionerId },
    { column: encounters.practitionerRoleId, value: (e) => e.practitionerRoleId },
    { column: encounters.organizationId, value: (e) => e.organizationId },
    { column: encounters.class, value: () => 'AMB' },
    { column: encounters.status, value: () => 'finished' },
    { column: encounters.periodStart, value: (e) => e.periodStart.toISOString() },
    { column: encounters.periodEnd, value: (e) => e.periodEnd.toISOString() },
    { column: encounters.finishedAt, value: (e) => e.periodEnd.toISOString() },
    section('complaints', 'complaints_encrypted'),
    section('anamnesis', 'anamnesis_encrypted'),
    section('examination', 'examination_encrypted'),
    section('conclusion', 'conclusion_encrypted'),
    section('recommendations', 'recommendations_encrypted'),
  ];
}

function conditionColumns(cipher: FieldCipher): Column<Rows<'conditions'>>[] {
  return [
    { column: conditions.id, value: (c) => c.id },
    { column: conditions.patientId, value: (c) => c.patientId },
    { column: conditions.encounterId, value: (c) => c.encounterId },
    { column: conditions.codeEncrypted, ...sealed(cipher, 'conditions', 'code_encrypted', (c) => c.code) },
    { column: conditions.codeHash, value: (c) => cipher.lookupHash(icd10HashInput(c.code)) },
    { column: conditions.nameEncrypted, ...sealed(cipher, 'conditions', 'name_encrypted', (c) => c.name) },
    { column: conditions.role, value: (c) => c.role },
    { column: conditions.clinicalStatus, value: (c) => c.clinicalStatus },
    { column: conditions.onsetDate, value: (c) => c.onsetDate },
    { column: conditions.abatementDate, value: (c) => c.abatementDate },
    { column: conditions.recordedByPractitionerId, value: (c) => c.practitionerId },
    { column: conditions.recordedAt, value: (c) => c.recordedAt.toISOString() },
  ];
}

/** A seeded laboratory issues its report eight hours after the sample. */
const issuedAt = (r: Rows<'reports'>) => new Date(r.effectiveAt.getTime() + 8 * 3_600_000).toISOString();

const reportColumns: Column<Rows<'reports'>>[] = [
  { column: diagnosticReports.id, value: (r) => r.id },
  { column: diagnosticReports.patientId, value: (r) => r.patientId },
  { column: diagnosticReports.organizationId, value: (r) => r.organizationId },
  { column: diagnosticReports.performerName, value: (r) => r.performerName },
  { column: diagnosticReports.orderedByPractitionerId, value: (r) => r.orderedByPractitionerId },
  { column: diagnosticReports.orderNumber, value: (r) => r.orderNumber },
  { column: diagnosticReports.code, value: (r) => r.code },
  { column: diagnosticReports.name, value: (r) => r.name },
  { column: diagnosticReports.status, value: () => 'final' },
  { column: diagnosticReports.effectiveAt, value: (r) => r.effectiveAt.toISOString() },
  { column: diagnosticReports.issuedAt, value: (r) => issuedAt(r) },
  // The history was looked at when it came: only results arriving from now on wait in «Результаты к просмотру».
  { column: diagnosticReports.reviewedAt, value: (r) => issuedAt(r) },
];

function observationColumns(cipher: FieldCipher): Column<Rows<'observations'>>[] {
  return [
    { column: observations.id, value: (o) => o.id },
    { column: observations.reportId, value: (o) => o.reportId },
    { column: observations.patientId, value: (o) => o.patientId },
    { column: observations.code, value: (o) => o.code },
    { column: observations.codeSystem, value: (o) => o.codeSystem },
    { column: observations.name, value: (o) => o.name },
    { column: observations.valueKind, value: () => 'quantity' },
    {
      column: observations.valueEncrypted,
      ...sealed(cipher, 'observations', 'value_encrypted', (o) => o.value),
    },
    { column: observations.unit, value: (o) => o.unit },
    { column: observations.unitDisplay, value: (o) => o.unitDisplay },
    { column: observations.refLow, value: (o) => o.refLow },
    { column: observations.refHigh, value: (o) => o.refHigh },
    { column: observations.interpretation, value: (o) => o.interpretation },
    { column: observations.effectiveAt, value: (o) => o.effectiveAt.toISOString() },
  ];
}

function prescriptionColumns(cipher: FieldCipher): Column<Rows<'prescriptions'>>[] {
  // The timestamps of the steps a prescription went through, from its visit on.
  const after = (p: Rows<'prescriptions'>, hours: number) =>
    new Date(p.at.getTime() + hours * 3_600_000).toISOString();
  const reached = (p: Rows<'prescriptions'>, step: 'signed' | 'sent' | 'dispensed') => {
    const order = { draft: 0, signed: 1, sent: 2, dispensed: 3, cancelled: 1, expired: 2 } as const;
    const needed = { signed: 1, sent: 2, dispensed: 3 } as const;
    return order[p.status] >= needed[step];
  };
  return [
    { column: medicationRequests.id, value: (p) => p.id },
    { column: medicationRequests.number, value: (p) => p.number },
    { column: medicationRequests.patientId, value: (p) => p.patientId },
    { column: medicationRequests.encounterId, value: (p) => p.encounterId },
    { column: medicationRequests.practitionerId, value: (p) => p.practitionerId },
    { column: medicationRequests.organizationId, value: (p) => p.organizationId },
    { column: medicationRequests.medicineId, value: (p) => p.medicineId },
    { column: medicationRequests.medicineName, value: (p) => p.medicineName },
    { column: medicationRequests.form, value: (p) => p.form },
    { column: medicationRequests.strength, value: (p) => p.strength },
    {
      column: medicationRequests.dosageTextEncrypted,
      ...sealed(cipher, 'medication_requests', 'dosage_text_encrypted', (p) => p.dosageText),
    },
    { column: medicationRequests.quantity, value: (p) => p.quantity },
    { column: medicationRequests.validUntil, value: (p) => p.validUntil },
    { column: medicationRequests.status, value: (p) => p.status },
    { column: medicationRequests.signedAt, value: (p) => (reached(p, 'signed') ? after(p, 0) : null) },
    { column: medicationRequests.sentAt, value: (p) => (reached(p, 'sent') ? after(p, 1) : null) },
    { column: medicationRequests.dispensedAt, value: (p) => (reached(p, 'dispensed') ? after(p, 26) : null) },
    {
      column: medicationRequests.cancelledAt,
      value: (p) => (p.status === 'cancelled' ? after(p, 2) : null),
    },
    {
      column: medicationRequests.cancelReasonEncrypted,
      ...sealed(cipher, 'medication_requests', 'cancel_reason_encrypted', (p) =>
        p.status === 'cancelled' ? 'Назначение заменено врачом' : null,
      ),
    },
    { column: medicationRequests.createdAt, value: (p) => p.at.toISOString() },
    { column: medicationRequests.updatedAt, value: (p) => p.at.toISOString() },
  ];
}

const immunizationColumns: Column<Rows<'immunizations'>>[] = [
  { column: immunizations.id, value: (i) => i.id },
  { column: immunizations.patientId, value: (i) => i.patientId },
  { column: immunizations.vaccineCode, value: (i) => i.vaccineCode },
  { column: immunizations.vaccineName, value: (i) => i.vaccineName },
  { column: immunizations.occurrenceDate, value: (i) => i.date },
  { column: immunizations.doseNumber, value: (i) => i.doseNumber },
  { column: immunizations.lotNumber, value: (i) => i.lotNumber },
  { column: immunizations.organizationId, value: (i) => i.organizationId },
];

function coverageColumns(cipher: FieldCipher): Column<Rows<'coverages'>>[] {
  return [
    { column: coverages.id, value: (c) => c.id },
    { column: coverages.patientId, value: (c) => c.patientId },
    {
      column: coverages.numberEncrypted,
      ...sealed(cipher, 'coverages', 'number_encrypted', (c) => c.number),
    },
    { column: coverages.numberHash, value: (c) => cipher.lookupHash(c.number) },
    { column: coverages.insurerName, value: (c) => c.insurer.name },
    { column: coverages.insurerCode, value: (c) => c.insurer.code },
    { column: coverages.status, value: (c) => c.status },
    { column: coverages.periodStart, value: (c) => c.periodStart },
    { column: coverages.periodEnd, value: (c) => c.periodEnd },
  ];
}

interface RenderedSummary {
  summary: Rows<'dischargeSummaries'>;
  pdf: Uint8Array;
  sha256: string;
  signature: { signerName: string; serial: string; signedAt: Date; verificationCode: string } | null;
}

const storedFileColumns = (files: FileCipher): Column<RenderedSummary>[] => [
  { column: storedFiles.id, value: (r) => r.summary.fileId },
  { column: storedFiles.ownerAccountId, value: () => null },
  { column: storedFiles.contentType, value: () => 'application/pdf' },
  { column: storedFiles.size, value: (r) => r.pdf.length },
  { column: storedFiles.sha256, value: (r) => r.sha256 },
  { column: storedFiles.storage, value: () => 'db' },
  { column: storedFiles.storageKey, value: (r) => `db:${r.summary.fileId}` },
  { column: storedFiles.content, value: (r) => Buffer.from(files.seal(r.summary.fileId, r.pdf)) },
  { column: storedFiles.attachedToType, value: () => 'document' },
  { column: storedFiles.attachedToId, value: (r) => r.summary.id },
  { column: storedFiles.attachedAt, value: (r) => `${r.summary.discharged}T12:00:00Z` },
];

const documentColumns: Column<RenderedSummary>[] = [
  { column: documents.id, value: (r) => r.summary.id },
  { column: documents.patientId, value: (r) => r.summary.patient.id },
  { column: documents.type, value: () => 'discharge-summary' },
  { column: documents.title, value: (r) => `Выписной эпикриз, ${r.summary.hospital.name}` },
  { column: documents.documentDate, value: (r) => r.summary.discharged },
  { column: documents.authorPractitionerId, value: (r) => r.summary.author.id },
  { column: documents.authorName, value: (r) => r.summary.author.name },
  { column: documents.organizationId, value: (r) => r.summary.hospital.id },
  { column: documents.status, value: () => 'current' },
  { column: documents.fileId, value: (r) => r.summary.fileId },
  { column: documents.sha256, value: (r) => r.sha256 },
  // Signed with the hospital's demo certificate (a server signature) when it has one.
  { column: documents.isSigned, value: (r) => r.signature !== null },
  { column: documents.signerName, value: (r) => r.signature?.signerName ?? null },
  { column: documents.signedAt, value: (r) => r.signature?.signedAt.toISOString() ?? null },
  { column: documents.signatureCertificateSerial, value: (r) => r.signature?.serial ?? null },
  { column: documents.verificationCode, value: (r) => r.signature?.verificationCode ?? null },
];

/** Signs a demo document's PDF for its organisation, or answers null when it holds no certificate. */
export type SeedDocumentSigner = (
  pdf: Uint8Array,
  input: { organizationId: string; organizationName: string; signedAt: Date; reason: string },
) => Promise<{ pdf: Uint8Array; signerName: string; serial: string } | null>;

/** Counts of what `writePatientRecords` stored. */
export interface RecordCounts {
  encounters: number;
  observations: number;
  documents: number;
}

/**
 * Stores planned records: every table in statements of up to 10 000 rows (`insertAll`), the medical text
 * sealed through the record's encryption helper, each discharge summary rendered as a PDF and stored
 * encrypted as a file attached to its document. The caller runs it in the seed's transaction.
 */
export async function writePatientRecords(
  db: Executor,
  planned: readonly PatientRecords[],
  ciphers: { fields: FieldCipher; files: FileCipher },
  sign: SeedDocumentSigner = async () => null,
): Promise<RecordCounts> {
  const all = <K extends keyof PatientRecords>(key: K) => planned.flatMap((p) => p[key] as Rows<K>[]);
  const encounterRows = all('encounters');
  const observationRows = all('observations');
  await insertAll(db, encounters, encounterColumns(ciphers.fields), encounterRows);
  await insertAll(db, conditions, conditionColumns(ciphers.fields), all('conditions'));
  await insertAll(db, diagnosticReports, reportColumns, all('reports'));
  await insertAll(db, observations, observationColumns(ciphers.fields), observationRows);
  await insertAll(db, medicationRequests, prescriptionColumns(ciphers.fields), all('prescriptions'));
  await insertAll(db, immunizations, immunizationColumns, all('immunizations'));
  await insertAll(db, coverages, coverageColumns(ciphers.fields), all('coverages'));
  const rendered: RenderedSummary[] = [];
  for (const summary of all('dischargeSummaries')) {
    const condition = planned.flatMap((p) => p.conditions).find((c) => c.id === summary.conditionId);
    const diagnosis = condition && findIcd10(condition.code);
    if (!diagnosis) throw new Error(`discharge summary ${summary.id} has no diagnosis`);
    const { patient } = summary;
    const pdf = await renderDischargeSummary({
      hospitalName: summary.hospital.name,
      patientName: `${patient.surname} ${patient.name} ${patient.patronymic}`,
      birthDate: patient.birthDate,
      admitted: summary.admitted,
      discharged: summary.discharged,
      diagnosis,
      authorName: summary.author.name,
    });
    const signedAt = new Date(`${summary.discharged}T12:00:00Z`);
    const signed = await sign(pdf, {
      organizationId: summary.hospital.id,
      organizationName: summary.hospital.name,
      signedAt,
      reason: 'Выписной эпикриз',
    });
    const bytes = signed?.pdf ?? pdf;
    rendered.push({
      summary,
      pdf: bytes,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      signature: signed
        ? {
            signerName: signed.signerName,
            serial: signed.serial,
            signedAt,
            // Unguessable, as the signing use cases make them (24 random bytes).
            verificationCode: randomBytes(24).toString('base64url'),
          }
        : null,
    });
  }
  await insertAll(db, storedFiles, storedFileColumns(ciphers.files), rendered);
  await insertAll(db, documents, documentColumns, rendered);
  return {
    encounters: encounterRows.length,
    observations: observationRows.length,
    documents: rendered.length,
  };
}
