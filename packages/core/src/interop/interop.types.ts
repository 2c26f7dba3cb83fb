import type {
  ConditionView,
  CoverageStatus,
  DiagnosticReportView,
  EncounterClass,
  MedicationRequestStatus,
  NewImmunization,
  NewMedicationRequest,
  NewObservation,
  ObservationStatus,
} from '../records';

/**
 * What the machine interfaces (FHIR R4, issue 14) read of Talon's own rows: the directory and the slots,
 * named after the FHIR resources they become. No second copy of the data: each is a view of the tables the
 * cabinets use.
 */

/** A slot as a FHIR client sees it (`Slot.status`): a hold in progress is `busy-tentative`. */
export type InteropSlotStatus = 'free' | 'busy' | 'busy-unavailable' | 'busy-tentative';

export const INTEROP_SLOT_STATUSES: readonly InteropSlotStatus[] = [
  'free',
  'busy',
  'busy-unavailable',
  'busy-tentative',
];

export interface InteropOrganization {
  id: string;
  /** The clinic's code in the register of medical organisations (ФРМО). */
  registryCode: string;
  name: string;
  shortName: string;
  address: string;
  regionName: string;
  phone: string | null;
  website: string | null;
  active: boolean;
}

/** A room (кабинет) of a clinic. */
export interface InteropLocation {
  id: string;
  organizationId: string;
  room: string;
  floor: number | null;
  name: string | null;
}

export interface InteropPractitioner {
  id: string;
  surname: string;
  name: string;
  patronymic: string | null;
  sex: 'male' | 'female';
  active: boolean;
}

/** A practitioner working at a clinic in a specialty: the FHIR PractitionerRole, and its Schedule. */
export interface InteropPractitionerRole {
  id: string;
  practitioner: { id: string; name: string };
  organization: { id: string; name: string };
  specialty: { code: string; name: string };
  locationId: string | null;
  active: boolean;
  /** The Schedule identifier of the regional MIS that claimed the role, and whether it keeps it active. */
  external?: { system: string; value: string; active: boolean } | null;
}

export interface InteropSlot {
  id: string;
  practitionerRoleId: string;
  specialty: { code: string; name: string };
  startsAt: Date;
  endsAt: Date;
  status: InteropSlotStatus;
  /** The identifier of the regional MIS that pushed the slot; null for Talon's own slots. */
  external?: { system: string; value: string } | null;
}

/** One page of a search: the rows at `offset`, at most `count`, and how many match in all. */
export interface InteropPage<T> {
  items: T[];
  total: number;
}

export interface InteropPageRequest {
  offset: number;
  count: number;
}

export interface OrganizationCriteria {
  ids?: readonly string[];
  registryCode?: string;
  /** Already normalised for search (lower case, ё → е); matches the start of a word or more. */
  name?: string;
}

export interface LocationCriteria {
  ids?: readonly string[];
  organizationId?: string;
}

export interface PractitionerCriteria {
  ids?: readonly string[];
  /** Already normalised for search. */
  name?: string;
}

export interface PractitionerRoleCriteria {
  ids?: readonly string[];
  practitionerId?: string;
  organizationId?: string;
  locationId?: string;
  specialtyCode?: string;
}

export interface SlotCriteria {
  ids?: readonly string[];
  practitionerRoleId?: string;
  practitionerId?: string;
  locationId?: string;
  specialtyCode?: string;
  /** Start at or after. */
  startFrom?: Date;
  /** Start before. */
  startBefore?: Date;
  status?: InteropSlotStatus;
}

/**
 * What the FHIR interface reads of a person (issue 14, item 2): the patient's card, the OMS policy and the
 * medical record (docs/medical-record.md), named after the FHIR resources they become. Only what is
 * finished is shared: finished visits and their diagnoses, final results, signed documents and
 * prescriptions past their draft (docs/fhir.md «Patient and the medical record»).
 */

/** A patient's card: the identifiers decrypted for the rows of the page only. */
export interface InteropPatient {
  id: string;
  surname: string;
  name: string;
  patronymic: string | null;
  birthDate: string;
  sex: 'male' | 'female';
  phone: string | null;
  email: string | null;
  /** 11 digits. */
  snils: string | null;
  /** The single OMS policy number (ЕНП), 16 digits; null when the card holds none (or an older policy). */
  enp: string | null;
}

/** A look-up by id or by one identifier, already normalised (digits); found through its keyed hash. */
export interface PatientCriteria {
  ids?: readonly string[];
  snils?: string;
  enp?: string;
}

/** A clinic's specialty: what a patient can be seen for there (FHIR HealthcareService). */
export interface InteropHealthcareService {
  /** Derived from the clinic and the specialty (the pair has no row of its own). */
  id: string;
  organization: { id: string; name: string };
  specialty: { code: string; name: string; referralRequired: boolean; selfBooking: boolean };
  /** The rooms of the practitioners who see patients in it. */
  locationIds: string[];
  active: boolean;
}

export interface HealthcareServiceCriteria {
  ids?: readonly string[];
  organizationId?: string;
  specialtyCode?: string;
}

/** The OMS policy. */
export interface InteropCoverage {
  id: string;
  patientId: string;
  status: CoverageStatus;
  enp: string;
  insurer: { name: string; code: string | null };
  periodStart: string | null;
  periodEnd: string | null;
}

/** A search of a patient's record: by ids, or by patient (and encounter, a period, a code). */
export interface RecordCriteria {
  ids?: readonly string[];
  patientId?: string;
  encounterId?: string;
  /** Of any of these visits (an Encounter's diagnoses, a page of visits at once). */
  encounterIds?: readonly string[];
  /** At or after. */
  from?: Date;
  /** Before. */
  before?: Date;
  /** A result's analyte code. */
  code?: string;
}

/** A finished visit. */
export interface InteropEncounter {
  id: string;
  patientId: string;
  class: EncounterClass;
  practitioner: { id: string; name: string };
  practitionerRoleId: string | null;
  specialty: { code: string; name: string } | null;
  organization: { id: string; name: string };
  periodStart: Date;
  periodEnd: Date | null;
  appointmentId: string | null;
}

/** A diagnosis (МКБ-10) of a finished visit, or brought from elsewhere: the record's own view of it. */
export type InteropCondition = ConditionView;

/** A laboratory result as stored (docs/medical-record.md), with its patient, report, visit and status. */
export interface InteropObservation extends Omit<NewObservation, 'codeSystem'> {
  patientId: string;
  reportId: string | null;
  /** The visit of its report. */
  encounterId: string | null;
  codeSystem: string;
  status: ObservationStatus;
}

/** A laboratory report as the record reads it, with its results' ids instead of the results. */
export interface InteropDiagnosticReport
  extends Pick<
    DiagnosticReportView,
    'id' | 'patientId' | 'encounterId' | 'code' | 'name' | 'status' | 'conclusion' | 'documentId'
  > {
  effectiveAt: Date;
  issuedAt: Date | null;
  performerName: string | null;
  observationIds: string[];
}

/** A signed document and its PDF. */
export interface InteropDocument {
  id: string;
  patientId: string;
  encounterId: string | null;
  status: 'current' | 'superseded';
  type: { code: string; name: string; loinc: string | null };
  title: string;
  documentDate: string;
  /** A Talon practitioner (with an id), or a name as written for a document from elsewhere. */
  author: { id: string | null; name: string } | null;
  organization: { id: string; name: string } | null;
  signedAt: Date;
  size: number;
  sha256: string;
}

/** A prescription past its draft, as stored, with its prescriber's name. */
export interface InteropMedicationRequest
  extends Omit<NewMedicationRequest, 'practitionerId' | 'organizationId' | 'status' | 'at'> {
  practitioner: { id: string; name: string };
  status: Exclude<MedicationRequestStatus, 'draft'>;
  authoredOn: Date;
}

/** A vaccination as stored, with its clinic's name. */
export interface InteropImmunization extends Omit<NewImmunization, 'organizationId' | 'at'> {
  organization: { id: string; name: string } | null;
}
