import {
  CONDITION_CLINICAL_STATUSES,
  CONDITION_ROLES,
  CONDITION_VERIFICATION_STATUSES,
  COVERAGE_STATUSES,
  DOCUMENT_STATUSES,
  ENCOUNTER_CLASSES,
  ENCOUNTER_STATUSES,
  IMMUNIZATION_STATUSES,
  MEDICATION_REQUEST_STATUSES,
} from '@talon/core/records';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { appointments } from './booking.schema';
import { inList, isoDate, optionalUuidRef, timestamptz, uuidRef } from './columns';
import { accounts } from './identity.schema';
import { organizations } from './organizations.schema';
import { patients } from './patients.schema';
import { practitionerRoles, practitioners } from './practitioners.schema';
import { storedFiles } from './uploads.schema';

// The clinical model (docs/medical-record.md; FHIR R4 names). Ids are made by the application before the
// insert: the sealed text of a row is bound to its id (`sealRecordText`). Medical free text, diagnosis codes
// and names and result values are `*_encrypted` (field cipher); the structural codes queries need stay clear.

/** The sealed sections of a visit record's text: on the record, and on each earlier version of it. */
const visitTextColumns = () => ({
  complaintsEncrypted: text('complaints_encrypted'),
  anamnesisEncrypted: text('anamnesis_encrypted'),
  examinationEncrypted: text('examination_encrypted'),
  conclusionEncrypted: text('conclusion_encrypted'),
  recommendationsEncrypted: text('recommendations_encrypted'),
  followUpEncrypted: text('follow_up_encrypted'),
});

/** A visit and its record (Encounter). One record per appointment; finished records are amended, not edited. */
export const encounters = pgTable(
  'encounters',
  {
    id: uuid('id').primaryKey(),
    patientId: uuidRef('patient_id', () => patients.id, 'cascade'),
    appointmentId: optionalUuidRef('appointment_id', () => appointments.id),
    practitionerId: uuidRef('practitioner_id', () => practitioners.id, 'restrict'),
    /** Null for a record brought from elsewhere. */
    practitionerRoleId: optionalUuidRef('practitioner_role_id', () => practitionerRoles.id),
    organizationId: uuidRef('organization_id', () => organizations.id, 'restrict'),
    class: text('class', { enum: ENCOUNTER_CLASSES }).notNull().default('AMB'),
    status: text('status', { enum: ENCOUNTER_STATUSES }).notNull().default('in-progress'),
    periodStart: timestamptz('period_start').notNull(),
    periodEnd: timestamptz('period_end'),
    ...visitTextColumns(),
    /** 1 on creation, +1 per amendment of the finished record (rule 26). */
    version: integer('version').notNull().default(1),
    finishedAt: timestamptz('finished_at'),
    createdByAccountId: optionalUuidRef('created_by_account_id', () => accounts.id),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('encounters_class', sql`${t.class} in (${inList(ENCOUNTER_CLASSES)})`),
    check('encounters_status', sql`${t.status} in (${inList(ENCOUNTER_STATUSES)})`),
    check('encounters_period', sql`${t.periodEnd} is null or ${t.periodEnd} >= ${t.periodStart}`),
    check('encounters_version', sql`${t.version} >= 1`),
    check(
      'encounters_finished',
      sql`(${t.status} = 'finished') = (${t.finishedAt} is not null) or ${t.status} = 'entered-in-error'`,
    ),
    uniqueIndex('encounters_appointment_key').on(t.appointmentId).where(sql`${t.appointmentId} is not null`),
    index('encounters_patient_idx').on(t.patientId, t.periodStart),
    index('encounters_practitioner_idx').on(t.practitionerId, t.periodStart),
  ],
);

/** An earlier version of an amended visit record, with who amended it, when and why (rule 26). */
export const encounterVersions = pgTable(
  'encounter_versions',
  {
    /** Its own id: the sealed text of a row is bound to one uuid (and key rotation walks by it). */
    id: uuid('id').primaryKey(),
    encounterId: uuidRef('encounter_id', () => encounters.id, 'cascade'),
    version: integer('version').notNull(),
    ...visitTextColumns(),
    /** The diagnoses as they were, as encrypted JSON. */
    conditionsEncrypted: text('conditions_encrypted'),
    /** Who wrote the amendment that replaced this version, and why. */
    amendedByAccountId: optionalUuidRef('amended_by_account_id', () => accounts.id),
    amendedAt: timestamptz('amended_at').notNull(),
    amendmentReasonEncrypted: text('amendment_reason_encrypted'),
  },
  (t) => [uniqueIndex('encounter_versions_version_key').on(t.encounterId, t.version)],
);

/** A diagnosis (Condition): МКБ-10 code and name encrypted; at most one primary per encounter. */
export const conditions = pgTable(
  'conditions',
  {
    id: uuid('id').primaryKey(),
    patientId: uuidRef('patient_id', () => patients.id, 'cascade'),
    encounterId: optionalUuidRef('encounter_id', () => encounters.id, 'cascade'),
    codeEncrypted: text('code_encrypted').notNull(),
    /**
     * The keyed hash (blind index, `FieldCipher.lookupHash`) of the upper-cased ICD-10 code, so that FHIR's
     * `Condition?code=` finds diagnoses without decrypting them (docs/fhir.md). Written with the code; rows of
     * earlier releases are filled by `npm run keys:rotate` (`backfillConditionCodeHashes`).
     */
    codeHash: text('code_hash'),
    nameEncrypted: text('name_encrypted').notNull(),
    role: text('role', { enum: CONDITION_ROLES }),
    clinicalStatus: text('clinical_status', { enum: CONDITION_CLINICAL_STATUSES })
      .notNull()
      .default('active'),
    verificationStatus: text('verification_status', { enum: CONDITION_VERIFICATION_STATUSES })
      .notNull()
      .default('confirmed'),
    onsetDate: isoDate('onset_date'),
    abatementDate: isoDate('abatement_date'),
    recordedByPractitionerId: optionalUuidRef('recorded_by_practitioner_id', () => practitioners.id),
    recordedAt: timestamptz('recorded_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('conditions_patient_code_hash_idx').on(t.patientId, t.codeHash),
    check('conditions_role', sql`${t.role} is null or ${t.role} in (${inList(CONDITION_ROLES)})`),
    check('conditions_clinical_status', sql`${t.clinicalStatus} in (${inList(CONDITION_CLINICAL_STATUSES)})`),
    check(
      'conditions_verification_status',
      sql`${t.verificationStatus} in (${inList(CONDITION_VERIFICATION_STATUSES)})`,
    ),
    check(
      'conditions_abatement',
      sql`${t.abatementDate} is null or ${t.onsetDate} is null or ${t.abatementDate} >= ${t.onsetDate}`,
    ),
    uniqueIndex('conditions_primary_key').on(t.encounterId).where(sql`${t.role} = 'primary'`),
    index('conditions_patient_idx').on(t.patientId, t.recordedAt),
    index('conditions_encounter_idx').on(t.encounterId),
  ],
);

/**
 * The МКБ-10 reference (Минздрав НСИ, OID 1.2.643.5.1.13.13.11.1005): loaded from the shipped outpatient list
 * at migrate time, replaced in full by `npm run icd10:import -- <file>`. `search_text` (lower case, ё → е,
 * with everyday terms) carries a trigram index for the doctor's search by words.
 */
export const icd10Codes = pgTable(
  'icd10_codes',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    chapter: text('chapter').notNull(),
    block: text('block').notNull(),
    searchText: text('search_text').notNull(),
    /** `talon`: the shipped list; `nsi`: an import of the official file (the migrate-time sync leaves it). */
    source: text('source', { enum: ['talon', 'nsi'] })
      .notNull()
      .default('talon'),
  },
  (t) => [
    check('icd10_codes_code', sql`${t.code} ~ '^[A-Z][0-9]{2}(\\.[0-9]{1,2})?$'`),
    check('icd10_codes_source', sql`${t.source} in ('talon', 'nsi')`),
    index('icd10_codes_search_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops')),
  ],
);

/** A document (DocumentReference): discharge summary, extract, certificate, protocol — a PDF with its hash. */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey(),
    patientId: uuidRef('patient_id', () => patients.id, 'cascade'),
    encounterId: optionalUuidRef('encounter_id', () => encounters.id),
    /** A code of `reference/clinical/document-types.json`. */
    type: text('type').notNull(),
    title: text('title').notNull(),
    documentDate: isoDate('document_date').notNull(),
    authorPractitionerId: optionalUuidRef('author_practitioner_id', () => practitioners.id),
    authorName: text('author_name'),
    organizationId: optionalUuidRef('organization_id', () => organizations.id),
    status: text('status', { enum: DOCUMENT_STATUSES }).notNull().default('current'),
    fileId: optionalUuidRef('file_id', () => storedFiles.id, 'restrict'),
    /** Hex SHA-256 of the PDF: the public check looks a document up by it. */
    sha256: text('sha256'),
    isSigned: boolean('is_signed').notNull().default(false),
    signerName: text('signer_name'),
    signedAt: timestamptz('signed_at'),
    signatureCertificateSerial: text('signature_certificate_serial'),
    /** Random code of the QR check page's URL. */
    verificationCode: text('verification_code'),
    revokedAt: timestamptz('revoked_at'),
    revocationReason: text('revocation_reason'),
    /** The certificate request it answers (issue 12). */
    requestId: uuid('request_id'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('documents_status', sql`${t.status} in (${inList(DOCUMENT_STATUSES)})`),
    check('documents_sha256', sql`${t.sha256} is null or ${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check(
      'documents_signed',
      sql`not ${t.isSigned} or (${t.signedAt} is not null and ${t.fileId} is not null)`,
    ),
    uniqueIndex('documents_sha256_key')
      .on(t.sha256)
      .where(sql`${t.status} = 'current' and ${t.sha256} is not null`),
    uniqueIndex('documents_verification_code_key')
      .on(t.verificationCode)
      .where(sql`${t.verificationCode} is not null`),
    index('documents_patient_idx').on(t.patientId, t.documentDate),
  ],
);

/** A prescription (MedicationRequest); its status moves only by conditional UPDATE along the workflow. */
export const medicationRequests = pgTable(
  'medication_requests',
  {
    id: uuid('id').primaryKey(),
    /** The human prescription number. */
    number: text('number').notNull().unique(),
    patientId: uuidRef('patient_id', () => patients.id, 'cascade'),
    encounterId: optionalUuidRef('encounter_id', () => encounters.id),
    practitionerId: uuidRef('practitioner_id', () => practitioners.id, 'restrict'),
    organizationId: uuidRef('organization_id', () => organizations.id, 'restrict'),
    /** An id of `reference/clinical/medicines.json`, with its МНН, form and strength as prescribed. */
    medicineId: text('medicine_id').notNull(),
    medicineName: text('medicine_name').notNull(),
    form: text('form'),
    strength: text('strength'),
    dosageTextEncrypted: text('dosage_text_encrypted'),
    quantity: integer('quantity').notNull(),
    validUntil: isoDate('valid_until').notNull(),
    status: text('status', { enum: MEDICATION_REQUEST_STATUSES }).notNull().default('draft'),
    signedAt: timestamptz('signed_at'),
    sentAt: timestamptz('sent_at'),
    dispensedAt: timestamptz('dispensed_at'),
    cancelledAt: timestamptz('cancelled_at'),
    cancelReasonEncrypted: text('cancel_reason_encrypted'),
    /** The signed PDF (issue 12). */
    documentId: optionalUuidRef('document_id', () => documents.id),
    /** The dispensing system's id. */
    pharmacyReference: text('pharmacy_reference'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('medication_requests_status', sql`${t.status} in (${inList(MEDICATION_REQUEST_STATUSES)})`),
    check('medication_requests_quantity', sql`${t.quantity} > 0`),
    check('medication_requests_cancelled', sql`(${t.status} = 'cancelled') = (${t.cancelledAt} is not null)`),
    index('medication_requests_patient_idx').on(t.patientId, t.createdAt),
    // The expiry job: signed or sent prescriptions past their last day.
    index('medication_requests_open_idx').on(t.validUntil).where(sql`${t.status} in ('signed', 'sent')`),
  ],
);

/** A vaccination (Immunization). */
export const immunizations = pgTable(
  'immunizations',
  {
    id: uuid('id').primaryKey(),
    patientId: uuidRef('patient_id', () => patients.id, 'cascade'),
    encounterId: optionalUuidRef('encounter_id', () => encounters.id),
    /** A code of `reference/clinical/vaccines.json`. */
    vaccineCode: text('vaccine_code').notNull(),
    vaccineName: text('vaccine_name').notNull(),
    occurrenceDate: isoDate('occurrence_date').notNull(),
    doseNumber: smallint('dose_number'),
    lotNumber: text('lot_number'),
    organizationId: optionalUuidRef('organization_id', () => organizations.id),
    /** The clinic or the external performer as written. */
    performerName: text('performer_name'),
    status: text('status', { enum: IMMUNIZATION_STATUSES }).notNull().default('completed'),
    recordedAt: timestamptz('recorded_at').notNull().defaultNow(),
  },
  (t) => [
    check('immunizations_status', sql`${t.status} in (${inList(IMMUNIZATION_STATUSES)})`),
    check('immunizations_dose', sql`${t.doseNumber} is null or ${t.doseNumber} > 0`),
    index('immunizations_patient_idx').on(t.patientId, t.occurrenceDate),
  ],
);

/** The OMS policy (Coverage): the ЕНП encrypted with a keyed hash; one active policy per patient. */
export const coverages = pgTable(
  'coverages',
  {
    id: uuid('id').primaryKey(),
    patientId: uuidRef('patient_id', () => patients.id, 'cascade'),
    kind: text('kind', { enum: ['oms'] })
      .notNull()
      .default('oms'),
    numberEncrypted: text('number_encrypted').notNull(),
    /** Keyed hash of the ЕНП, as `patients.oms_hash`. */
    numberHash: text('number_hash').notNull(),
    insurerName: text('insurer_name').notNull(),
    insurerCode: text('insurer_code'),
    status: text('status', { enum: COVERAGE_STATUSES }).notNull(),
    periodStart: isoDate('period_start'),
    periodEnd: isoDate('period_end'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('coverages_kind', sql`${t.kind} = 'oms'`),
    check('coverages_status', sql`${t.status} in (${inList(COVERAGE_STATUSES)})`),
    check(
      'coverages_period',
      sql`${t.periodEnd} is null or ${t.periodStart} is null or ${t.periodEnd} >= ${t.periodStart}`,
    ),
    uniqueIndex('coverages_active_key').on(t.patientId).where(sql`${t.status} = 'active'`),
    index('coverages_patient_idx').on(t.patientId),
  ],
);
