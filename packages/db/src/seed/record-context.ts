import type { Interpretation, MedicationRequestStatus } from '@talon/core/records';
import type { Directory } from './directory';
import type { PatientSeed } from './patients';

// The shape of a planned demo record and what its planning looks up (records.ts plans it, record-parts.ts
// adds the parts besides visits, record-writer.ts stores it).

/** The demo medical record of one patient, as rows ready for the batch writer (texts still plain). */
export interface PatientRecords {
  encounters: {
    id: string;
    patientId: string;
    practitionerId: string;
    practitionerRoleId: string;
    organizationId: string;
    periodStart: Date;
    periodEnd: Date;
    complaints: string;
    anamnesis: string;
    examination: string;
    conclusion: string;
    recommendations: string;
  }[];
  conditions: {
    id: string;
    patientId: string;
    encounterId: string | null;
    code: string;
    name: string;
    role: 'primary' | null;
    clinicalStatus: 'active' | 'resolved';
    onsetDate: string;
    abatementDate: string | null;
    practitionerId: string;
    recordedAt: Date;
  }[];
  reports: {
    id: string;
    patientId: string;
    organizationId: string;
    performerName: string;
    orderedByPractitionerId: string;
    orderNumber: string;
    code: string;
    name: string;
    effectiveAt: Date;
  }[];
  observations: {
    id: string;
    reportId: string;
    patientId: string;
    code: string;
    codeSystem: 'http://loinc.org' | 'urn:talon:lab';
    name: string;
    value: string;
    unit: string;
    unitDisplay: string;
    refLow: number | null;
    refHigh: number | null;
    interpretation: Interpretation | null;
    effectiveAt: Date;
  }[];
  prescriptions: {
    id: string;
    number: string;
    patientId: string;
    encounterId: string;
    practitionerId: string;
    organizationId: string;
    medicineId: string;
    medicineName: string;
    form: string;
    strength: string;
    dosageText: string;
    quantity: number;
    validUntil: string;
    status: MedicationRequestStatus;
    at: Date;
  }[];
  immunizations: {
    id: string;
    patientId: string;
    vaccineCode: string;
    vaccineName: string;
    date: string;
    doseNumber: number;
    lotNumber: string;
    organizationId: string;
  }[];
  coverages: {
    id: string;
    patientId: string;
    number: string;
    insurer: { name: string; code: string };
    status: 'active' | 'suspended' | 'expired';
    periodStart: string;
    periodEnd: string | null;
  }[];
  /** A hospital stay with its discharge summary (выписной эпикриз), rendered as a PDF by the writer. */
  dischargeSummaries: {
    id: string;
    fileId: string;
    patient: PatientSeed;
    hospital: { id: string; name: string };
    author: { id: string; name: string };
    admitted: string;
    discharged: string;
    conditionId: string;
  }[];
}

export type Role = Directory['roles'][number];

/** What the generator looks up in the generated directory, built once per seed. */
export interface RecordContext {
  now: Date;
  clinics: ReadonlyMap<string, Directory['clinics'][number]>;
  rolesByClinic: ReadonlyMap<string, readonly Role[]>;
  practitionerNames: ReadonlyMap<string, string>;
  /** The first polyclinic and hospital of each region (adults), and children's polyclinic. */
  regionClinics: ReadonlyMap<string, { adult?: string; child?: string; hospital?: string }>;
  nextPrescriptionNumber(): string;
}

export function recordContext(directory: Directory, now: Date): RecordContext {
  const rolesByClinic = new Map<string, Role[]>();
  for (const role of directory.roles)
    rolesByClinic.set(role.organizationId, [...(rolesByClinic.get(role.organizationId) ?? []), role]);
  const regionClinics = new Map<string, { adult?: string; child?: string; hospital?: string }>();
  for (const clinic of directory.clinics) {
    const entry = regionClinics.get(clinic.regionCode) ?? {};
    if (clinic.kind === 'polyclinic') entry.adult ??= clinic.id;
    if (clinic.kind === 'children_polyclinic') entry.child ??= clinic.id;
    if (clinic.kind === 'hospital') entry.hospital ??= clinic.id;
    regionClinics.set(clinic.regionCode, entry);
  }
  let sequence = 0;
  return {
    now,
    clinics: new Map(directory.clinics.map((c) => [c.id, c])),
    rolesByClinic,
    practitionerNames: new Map(
      directory.practitioners.map((p) => [p.id, `${p.surname} ${p.name} ${p.patronymic}`]),
    ),
    regionClinics,
    nextPrescriptionNumber: () => `77-${String(++sequence).padStart(9, '0')}`,
  };
}
