import type {
  ConditionClinicalStatus,
  CoverageStatus,
  EncounterClass,
  Interpretation,
  MedicationRequestStatus,
  ObservationCodeSystem,
  ObservationValueKind,
  ReportStatus,
} from '@talon/vocabulary/records';
import type { AccessDeps } from '../access';
import type { AuditLog } from '../audit';
import type { OutboxPort } from '../identity';
import type { AppointmentOutboxPort, AppointmentRecipientsPort } from '../notifications';
import type { Clock, TransactionalStore } from '../shared';
import type { DocumentSignature, SigningDeps } from '../signing';
import type { FileStore, StoredFileRecord, StoredFilesRepository } from '../uploads';
import type { LabRange } from './interpret-observation';
import type { LabOrdersRepository, LabPanelInfo, ResultsReviewRepository } from './lab-order-repositories';
import type {
  ConditionView,
  CoverageView,
  DiagnosticReportView,
  DocumentView,
  EncounterSections,
  EncounterVersionView,
  EncounterView,
  ImmunizationView,
  MedicationRequestView,
  NextVisit,
  ObservationView,
  PatientFacts,
  RecordCounts,
  VisitTemplate,
} from './records.types';

/** A period filter: `from` inclusive, `to` exclusive; either may be absent. */
export interface Period {
  from?: Date;
  to?: Date;
}

export interface NewEncounter {
  id: string;
  patientId: string;
  appointmentId: string | null;
  practitionerId: string;
  practitionerRoleId: string | null;
  organizationId: string;
  class: EncounterClass;
  periodStart: Date;
  sections: EncounterSections;
  createdByAccountId: string | null;
  at: Date;
}

export interface EncountersRepository {
  create(encounter: NewEncounter): Promise<string>;
  find(id: string): Promise<EncounterView | null>;
  /** The record of an appointment (one at most). */
  findByAppointment(appointmentId: string): Promise<EncounterView | null>;
  /** Rewrites the sections of an `in-progress` record; false when it is not (any more) in progress. */
  updateSections(id: string, sections: EncounterSections, at: Date): Promise<boolean>;
  /** in-progress → finished; false when it was not in progress. */
  finish(id: string, periodEnd: Date, at: Date): Promise<boolean>;
  /**
   * Amends a finished record (rule 26): keeps version `expectedVersion` (sections and diagnoses) in
   * `encounter_versions` with who amended it and why, then writes the new sections as version + 1. False
   * when the record is not finished or another amendment came first.
   */
  amend(input: {
    id: string;
    expectedVersion: number;
    sections: EncounterSections;
    reason: string;
    authorAccountId: string;
    at: Date;
  }): Promise<boolean>;
  /** The patient's visits, newest first, with their diagnoses. */
  list(filter: { patientId: string; period: Period; limit: number }): Promise<EncounterView[]>;
  /** The kept earlier versions of an amended record, oldest first (none for a record never amended). */
  versions(encounterId: string): Promise<EncounterVersionView[]>;
}

export interface NewCondition extends Omit<ConditionView, 'recordedBy' | 'recordedAt'> {
  recordedByPractitionerId: string | null;
  at: Date;
}

export interface ConditionsRepository {
  /** Throws `PRIMARY_CONDITION_TAKEN` when the encounter already has a primary diagnosis. */
  add(condition: NewCondition): Promise<string>;
  /** The patient's diagnoses, newest first; `activeOnly`: active or recurring. */
  list(filter: { patientId: string; activeOnly: boolean; limit: number }): Promise<ConditionView[]>;
  setClinicalStatus(
    id: string,
    status: ConditionClinicalStatus,
    abatementDate: string | null,
    at: Date,
  ): Promise<boolean>;
  /** Is the МКБ-10 code in the reference table (`icd10_codes`)? Returns its Russian name. */
  icd10Name(code: string): Promise<string | null>;
  /** Deletes the diagnoses of an in-progress visit record before they are written again. */
  removeForEncounter(encounterId: string): Promise<void>;
  /**
   * The МКБ-10 reference searched by code prefix (`j06` → J06, J06.9) or by words (trigram similarity over
   * the names and everyday terms), best first.
   */
  searchIcd10(query: string, limit: number): Promise<{ code: string; name: string }[]>;
}

export interface NewObservation {
  id: string;
  code: string;
  codeSystem: ObservationCodeSystem;
  name: string;
  valueKind: ObservationValueKind;
  /** The number as text (`5.4`), or the text of a coded or text result. */
  value: string;
  unit: string | null;
  unitDisplay: string | null;
  refLow: number | null;
  refHigh: number | null;
  refText: string | null;
  interpretation: Interpretation | null;
  effectiveAt: Date;
}

export interface NewDiagnosticReport {
  id: string;
  patientId: string;
  encounterId: string | null;
  organizationId: string | null;
  performerName: string | null;
  performerOrganizationId: string | null;
  orderedByPractitionerId: string | null;
  orderNumber: string | null;
  /** The laboratory's identifier: a second post of the same report stores nothing new. */
  identifier: { system: string; value: string } | null;
  code: string;
  name: string;
  status: ReportStatus;
  effectiveAt: Date;
  issuedAt: Date | null;
  conclusion: string | null;
  documentId: string | null;
  /** The order this report answers (ServiceRequest; one report per order). */
  basedOnOrderId: string | null;
  /** Who entered the results by hand (a nurse, a doctor); null for a laboratory's post. */
  enteredByAccountId: string | null;
  observations: NewObservation[];
  at: Date;
}

export interface LabResultsRepository {
  /**
   * Stores a report and its observations; `isNew: false` (and the first report's id) when the laboratory
   * posted this identifier before.
   */
  insertReport(report: NewDiagnosticReport): Promise<{ id: string; isNew: boolean }>;
  findReport(id: string): Promise<DiagnosticReportView | null>;
  /** Observations newest first; `code` one analyte. */
  listObservations(filter: {
    patientId: string;
    code: string | null;
    period: Period;
    limit: number;
  }): Promise<ObservationView[]>;
  /** The latest observation of each analyte, where that latest one is out of range; newest first. */
  latestOutOfRange(patientId: string, limit: number): Promise<ObservationView[]>;
}

export interface NewDocument {
  id: string;
  patientId: string;
  encounterId: string | null;
  type: string;
  title: string;
  documentDate: string;
  authorPractitionerId: string | null;
  authorName: string | null;
  organizationId: string | null;
  fileId: string | null;
  sha256: string | null;
  /** Set for a signed PDF: who signed, when, with which certificate, and the code of its check page. */
  signature?: DocumentSignature;
  at: Date;
}

export interface DocumentsRepository {
  create(document: NewDocument): Promise<string>;
  find(id: string): Promise<DocumentView | null>;
  /** Current documents, newest first; `type` one document type; the period is on the document's date. */
  list(filter: {
    patientId: string;
    type: string | null;
    period: Period;
    limit: number;
  }): Promise<DocumentView[]>;
  /** The stored PDF of a document (its bytes still sealed). */
  fileOf(documentId: string): Promise<StoredFileRecord | null>;
  /** The name of a document type of the reference, or null when the code is unknown. */
  typeName(code: string): string | null;
}

export interface NewMedicationRequest {
  id: string;
  number: string;
  patientId: string;
  encounterId: string | null;
  practitionerId: string;
  organizationId: string;
  medicineId: string;
  medicineName: string;
  form: string | null;
  strength: string | null;
  dosageText: string | null;
  quantity: number;
  validUntil: string;
  status: MedicationRequestStatus;
  at: Date;
}

export interface MedicationRequestsRepository {
  create(request: NewMedicationRequest): Promise<string>;
  find(id: string): Promise<MedicationRequestView | null>;
  list(filter: {
    patientId: string;
    statuses: readonly MedicationRequestStatus[] | null;
    /** Only those written at this visit. */
    encounterId?: string;
    limit: number;
  }): Promise<MedicationRequestView[]>;
  /**
   * Moves the prescription to `to` only from one of `from` (one conditional UPDATE: a concurrent move loses
   * cleanly); the time of the move goes to its column, a cancellation's reason encrypted. False when it was
   * not in one of `from`.
   */
  transition(input: {
    id: string;
    from: readonly MedicationRequestStatus[];
    to: MedicationRequestStatus;
    at: Date;
    reason?: string | null;
  }): Promise<boolean>;
  /** Links the signed PDF (a document) to the prescription. */
  attachDocument(id: string, documentId: string, at: Date): Promise<void>;
  /** The dispensing system's reference of a sent prescription. */
  setPharmacyReference(id: string, reference: string, at: Date): Promise<void>;
  /** Signed or sent prescriptions whose last valid day is before `today` (`YYYY-MM-DD`), oldest first. */
  dueToExpire(today: string, limit: number): Promise<MedicationRequestView[]>;
  /** Sent prescriptions whose pharmacy reference starts with `prefix` (the demo pharmacy's list). */
  listSentTo(prefix: string, limit: number): Promise<MedicationRequestView[]>;
}

export interface NewImmunization {
  id: string;
  patientId: string;
  encounterId: string | null;
  vaccineCode: string;
  vaccineName: string;
  occurrenceDate: string;
  doseNumber: number | null;
  lotNumber: string | null;
  organizationId: string | null;
  performerName: string | null;
  at: Date;
}

export interface ImmunizationsRepository {
  create(immunization: NewImmunization): Promise<string>;
  list(filter: { patientId: string; limit: number }): Promise<ImmunizationView[]>;
}

export interface NewCoverage {
  id: string;
  patientId: string;
  /** The ЕНП, 16 digits. */
  number: string;
  insurerName: string;
  insurerCode: string | null;
  status: CoverageStatus;
  periodStart: string | null;
  periodEnd: string | null;
  at: Date;
}

export interface CoveragesRepository {
  /** Throws when the patient already has an active policy (one at a time, by a unique index). */
  create(coverage: NewCoverage): Promise<string>;
  /** The patient's policies, the active one first, then by period, newest first. */
  list(patientId: string): Promise<CoverageView[]>;
  setStatus(id: string, status: CoverageStatus, at: Date): Promise<boolean>;
}

/** What the summary and the alerts read besides the resources themselves. */
export interface RecordFactsRepository {
  counts(patientId: string): Promise<RecordCounts>;
  /** The earliest booked or confirmed visit starting after `now`. */
  nextVisit(patientId: string, now: Date): Promise<NextVisit | null>;
  patientFacts(patientId: string): Promise<PatientFacts | null>;
  /** An active representative's account that hears about a ward without an account of its own. */
  representativeAccountId(patientId: string): Promise<string | null>;
  /** The account of a practitioner (their cabinet's in-app list), null when they have none. */
  practitionerAccountId(practitionerId: string): Promise<string | null>;
  /** The visit an encounter is written for: whose it is, with whom, where. */
  appointmentFacts(appointmentId: string): Promise<AppointmentFacts | null>;
  /** What the printed prescription names: the patient, the practitioner and the clinic. */
  prescriptionParties(input: {
    patientId: string;
    practitionerId: string;
    organizationId: string;
  }): Promise<PrescriptionParties | null>;
  /** A clinic's zone (quiet hours of the patient's alerts); Moscow when unknown. */
  organizationTimeZone(organizationId: string | null): Promise<string>;
  /** The patient whose SNILS (or ЕНП) is stored under one of the keyed hashes (`RecordsDeps.lookupHashes`). */
  patientIdByIdentifier(lookup: {
    snilsHashes?: readonly string[];
    omsHashes?: readonly string[];
  }): Promise<string | null>;
}

export interface AppointmentFacts {
  patientId: string;
  practitionerId: string;
  /** The role the visit was booked with (null if it has gone since). */
  practitionerRoleId: string | null;
  organizationId: string;
  startsAt: Date;
  /** The specialty of the visit (its templates prefill the record). */
  specialty: string;
}

export interface PrescriptionParties {
  patientName: string;
  /** `YYYY-MM-DD`. */
  patientBirthDate: string;
  practitionerName: string;
  organizationName: string;
  organizationAddress: string | null;
  /** ОГРН of the clinic; null while its card has none. */
  organizationOgrn: string | null;
  timeZone: string;
}

/** A medicine of the reference with its forms and strengths (prescribing checks the chosen ones). */
export interface MedicineInfo {
  id: string;
  name: string;
  /** Latin МНН, for a search typed in Latin letters. */
  latinName: string;
  forms: readonly { form: string; strengths: readonly string[]; unit: string }[];
}

/** What the printed prescription (form 107-1/у) shows; rendered to a PDF by the adapter. */
export interface PrescriptionPrint {
  number: string;
  /** `YYYY-MM-DD`: the day it is signed. */
  issuedOn: string;
  validUntil: string;
  parties: PrescriptionParties;
  medicine: { name: string; form: string | null; strength: string | null };
  dosageText: string | null;
  quantity: number;
  /** The public check page of the signed document (the QR code). */
  checkUrl: string;
}

/** Renders the prescription form to a PDF (pdfkit in the API). */
export interface PrescriptionRenderer {
  render(print: PrescriptionPrint): Promise<Uint8Array>;
}

/**
 * The pharmacy system prescriptions are sent to (issue 12, item 4). It answers with its reference for the
 * prescription; the demo adapter keeps it for the demo pharmacy page, which dispenses through
 * `dispensePrescription` as a FHIR MedicationDispense will.
 */
export interface PharmacyGateway {
  send(prescription: MedicationRequestView): Promise<{ reference: string }>;
}

/** An analyte of the laboratory reference: its name, unit and reference ranges by sex and age. */
export interface LabAnalyteInfo {
  code: string;
  system: ObservationCodeSystem;
  name: string;
  unit: string;
  unitDisplay: string;
  ranges: readonly LabRange[];
}

/** The clinical reference data the rules consult (shipped JSON; `@talon/db/clinical-reference`). */
export interface ClinicalReference {
  analyte(code: string): LabAnalyteInfo | undefined;
  /** A panel of the laboratory reference (`cbc`, `biochem`, …). */
  labPanel(code: string): LabPanelInfo | undefined;
  /** Every panel, in the reference's order (the order form's list). */
  labPanels(): readonly LabPanelInfo[];
  /** Every analyte, in the reference's order. */
  analytes(): readonly LabAnalyteInfo[];
  medicine(id: string): MedicineInfo | undefined;
  /** Every medicine of the reference (300+ by МНН), in the reference's order. */
  medicines(): readonly MedicineInfo[];
  /** The visit templates of a specialty (texts that prefill a visit record's sections). */
  visitTemplates(specialty: string): readonly VisitTemplate[];
}

export interface RecordsRepos {
  encounters: EncountersRepository;
  conditions: ConditionsRepository;
  labResults: LabResultsRepository;
  labOrders: LabOrdersRepository;
  resultsReview: ResultsReviewRepository;
  documents: DocumentsRepository;
  prescriptions: MedicationRequestsRepository;
  immunizations: ImmunizationsRepository;
  coverages: CoveragesRepository;
  facts: RecordFactsRepository;
  audit: AuditLog;
  outbox: OutboxPort & AppointmentOutboxPort;
  recipients: AppointmentRecipientsPort;
  /** Stored files' rows: a signed prescription's PDF. */
  files: StoredFilesRepository;
}

export type RecordsStore = TransactionalStore<RecordsRepos>;

export interface RecordsDeps {
  store: RecordsStore;
  access: AccessDeps;
  clock: Clock;
  reference: ClinicalReference;
  /** Where documents' PDFs are kept (the uploads' file store). */
  files: FileStore;
  newId(): string;
  /** Signing the prescription's PDF with the practitioner's certificate (rule 27). */
  signing: SigningDeps;
  prescriptionRenderer: PrescriptionRenderer;
  pharmacy: PharmacyGateway;
  /** The public base URL of the web app, for the QR code's check page. */
  publicUrl: string;
  /** Every keyed hash a normalised identifier (SNILS, ЕНП digits) may be stored under (key rotation). */
  lookupHashes(normalised: string): string[];
}

export type * from './lab-order-repositories';
