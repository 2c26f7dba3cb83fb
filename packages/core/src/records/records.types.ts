import type {
  ConditionClinicalStatus,
  ConditionRole,
  ConditionVerificationStatus,
  CoverageStatus,
  DocumentStatus,
  EncounterClass,
  EncounterStatus,
  ImmunizationStatus,
  Interpretation,
  LabOrderItemKind,
  LabOrderPriority,
  LabOrderStatus,
  MedicationRequestStatus,
  ObservationCodeSystem,
  ObservationStatus,
  ObservationValueKind,
  ReportStatus,
} from '@talon/vocabulary/records';
import type { Sex } from '../shared';

/** Read models of the medical record (FHIR R4 names): what the API presents, decrypted by the repositories. */

export interface NamedRef {
  id: string;
  name: string;
}

/** The free-text sections of a visit record, encrypted at rest. */
export interface EncounterSections {
  complaints: string | null;
  anamnesis: string | null;
  examination: string | null;
  conclusion: string | null;
  recommendations: string | null;
  followUp: string | null;
}

export interface ConditionView {
  id: string;
  patientId: string;
  /** Null for a diagnosis recorded elsewhere. */
  encounterId: string | null;
  /** ICD-10 (МКБ-10), canonical (`J06.9`). */
  code: string;
  /** Its Russian name. */
  name: string;
  role: ConditionRole | null;
  clinicalStatus: ConditionClinicalStatus;
  verificationStatus: ConditionVerificationStatus;
  /** `YYYY-MM-DD`. */
  onsetDate: string | null;
  abatementDate: string | null;
  recordedBy: NamedRef | null;
  recordedAt: Date;
}

export interface EncounterView extends EncounterSections {
  id: string;
  patientId: string;
  appointmentId: string | null;
  class: EncounterClass;
  status: EncounterStatus;
  practitioner: NamedRef | null;
  specialty: { code: string; name: string } | null;
  organization: NamedRef | null;
  periodStart: Date;
  periodEnd: Date | null;
  /** 1 on creation, +1 per amendment of a finished record. */
  version: number;
  finishedAt: Date | null;
  conditions: ConditionView[];
}

/**
 * An earlier version of an amended visit record (rule 26): its sections and diagnoses as they were, and the
 * amendment that replaced it — when, by whom (the account's display name) and why.
 */
export interface EncounterVersionView extends EncounterSections {
  version: number;
  conditions: { code: string; name: string; role: ConditionView['role'] }[];
  amendedAt: Date;
  amendedBy: string | null;
  reason: string | null;
}

/** A reference range as the laboratory gave it (or as Talon's reference holds it for the patient). */
export interface ObservedRange {
  low: number | null;
  high: number | null;
  text: string | null;
}

export interface ObservationView {
  id: string;
  patientId: string;
  reportId: string | null;
  /** LOINC (`718-7`) or a local `talon:…` code. */
  code: string;
  codeSystem: ObservationCodeSystem;
  name: string;
  valueKind: ObservationValueKind;
  /** A number for a quantity, the text of a coded or text result. */
  value: number | string;
  /** UCUM. */
  unit: string | null;
  /** The unit as Russian forms print it. */
  unitDisplay: string | null;
  referenceRange: ObservedRange;
  interpretation: Interpretation | null;
  effective: Date;
  status: ObservationStatus;
  /** The laboratory. */
  performer: string | null;
}

export interface DiagnosticReportView {
  id: string;
  patientId: string;
  encounterId: string | null;
  code: string;
  name: string;
  status: ReportStatus;
  orderNumber: string | null;
  performer: string | null;
  orderedBy: NamedRef | null;
  organization: NamedRef | null;
  effective: Date;
  issued: Date | null;
  conclusion: string | null;
  documentId: string | null;
  /** The laboratory order (ServiceRequest) it answers. */
  basedOnOrderId: string | null;
  /** Who typed the results in (a nurse, a doctor); null for a laboratory's post. */
  enteredBy: NamedRef | null;
  /** When the ordering practitioner marked it «Просмотрено». */
  reviewedAt: Date | null;
  observations: ObservationView[];
}

export interface DocumentView {
  id: string;
  patientId: string;
  encounterId: string | null;
  /** A code of the document types reference (`discharge-summary`, …) with its Russian name. */
  type: { code: string; name: string };
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  author: { id: string | null; name: string } | null;
  organization: NamedRef | null;
  status: DocumentStatus;
  /** Hex SHA-256 of the PDF. */
  sha256: string | null;
  isSigned: boolean;
  signerName: string | null;
  signedAt: Date | null;
  hasFile: boolean;
  createdAt: Date;
}

export interface MedicationRequestView {
  id: string;
  number: string;
  patientId: string;
  encounterId: string | null;
  practitioner: NamedRef | null;
  organization: NamedRef | null;
  medicine: { id: string; name: string; form: string | null; strength: string | null };
  dosageText: string | null;
  quantity: number;
  /** `YYYY-MM-DD`. */
  validUntil: string;
  status: MedicationRequestStatus;
  signedAt: Date | null;
  sentAt: Date | null;
  dispensedAt: Date | null;
  cancelledAt: Date | null;
  createdAt: Date;
}

export interface ImmunizationView {
  id: string;
  patientId: string;
  vaccine: { code: string; name: string };
  /** `YYYY-MM-DD`. */
  date: string;
  doseNumber: number | null;
  lotNumber: string | null;
  organization: NamedRef | null;
  performer: string | null;
  status: ImmunizationStatus;
}

export interface CoverageView {
  id: string;
  patientId: string;
  kind: 'oms';
  /** The ЕНП, masked but for its last four digits. */
  numberMasked: string;
  insurer: { name: string; code: string | null };
  status: CoverageStatus;
  periodStart: string | null;
  periodEnd: string | null;
}

/** The next booked visit, as the summary shows it. */
export interface NextVisit {
  appointmentId: string;
  startsAt: Date;
  organization: NamedRef;
  practitioner: NamedRef | null;
  specialty: { code: string; name: string };
}

export interface RecordCounts {
  encounters: number;
  conditions: number;
  observations: number;
  documents: number;
  prescriptions: number;
  immunizations: number;
}

export interface RecordSummary {
  patientId: string;
  coverage: CoverageView | null;
  activeConditions: ConditionView[];
  /** The latest result of each analyte whose latest value lies outside its range, newest first. */
  latestOutOfRange: ObservationView[];
  nextVisit: NextVisit | null;
  counts: RecordCounts;
}

/** What interpretation needs to know of the patient (rule 25). */
export interface PatientFacts {
  sex: Sex;
  /** ISO date. */
  birthDate: string;
  /** The short name (`Иванов И. И.`) for a practitioner's alert. */
  shortName: string;
}

/** A visit template of a specialty: the texts that prefill a visit record's sections (issue 12, item 3). */
export interface VisitTemplate {
  id: string;
  /** A specialty code of the reference (`therapist`, `cardiologist`, …). */
  specialty: string;
  name: string;
  sections: Partial<EncounterSections>;
}

/** An analyte the order asks for, with the unit the result form defaults to. */
export interface LabOrderAnalyte {
  code: string;
  name: string;
  unit: string | null;
  unitDisplay: string | null;
}

/** One line of an order: a panel of the reference (with its analytes) or one analyte. */
export interface LabOrderItemView {
  code: string;
  kind: LabOrderItemKind;
  name: string;
  analytes: LabOrderAnalyte[];
}

/** A laboratory order (FHIR ServiceRequest) with its items. */
export interface LabOrderView {
  id: string;
  /** The human order number (`YYYYMMDD-XXXXXXXX`), printed on the tube's label. */
  number: string;
  patient: { id: string; fullName: string; birthDate: string };
  encounterId: string | null;
  organization: NamedRef;
  requester: NamedRef;
  priority: LabOrderPriority;
  note: string | null;
  status: LabOrderStatus;
  items: LabOrderItemView[];
  createdAt: Date;
  completedAt: Date | null;
  revokedAt: Date | null;
  /** The DiagnosticReport that completed it (basedOn this order). */
  reportId: string | null;
}

/** A stored result the ordering practitioner has not reviewed yet. */
export interface ResultToReview {
  reportId: string;
  name: string;
  patient: { id: string; fullName: string };
  /** The order it answers, when it came from one. */
  orderId: string | null;
  effective: Date;
  issued: Date | null;
  /** The worst interpretation among its results: `HH`/`LL` critical, `H`/`L` out of range, `N`, or null. */
  worst: Interpretation | null;
  outOfRange: number;
}
