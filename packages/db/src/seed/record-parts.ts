import { ageOnDate, interpretObservation, type MedicationRequestStatus } from '@talon/core/records';
import { addDays, startOfLocalDay } from '@talon/core/shared';
import { findAnalyte, findIcd10, findMedicine, findVaccine, referenceRangeFor } from '../reference/clinical';
import type { PatientSeed } from './patients';
import type { Random } from './random';
import type { PatientRecords, RecordContext, Role } from './record-context';
import {
  ADULT_VACCINES,
  CHILD_VACCINES,
  DEMO_PANELS,
  type DiagnosisScenario,
  INSURERS,
} from './record-scenarios';

// The parts of a demo record besides visits and diagnoses (`records.ts`): prescriptions, laboratory rounds,
// vaccinations, the OMS policy and a hospital stay.

/** A visit's start: a weekday morning or afternoon in the clinic's zone. */
export const visitTime = (random: Random, day: string, timeZone: string) =>
  new Date(startOfLocalDay(day, timeZone).getTime() + (8 * 60 + 15 * random.int(0, 28)) * 60_000);

/** A value of an analyte for this patient: within the range, or drifting out of it `drift` steps. */
function analyteValue(random: Random, code: string, sex: 'male' | 'female', age: number, drift: number) {
  const analyte = findAnalyte(code);
  const range = analyte && referenceRangeFor(analyte, sex, age);
  if (!analyte || !range) return null;
  const low = range.low ?? (range.high ?? 1) * 0.5;
  const high = range.high ?? low * 2;
  let value = low + (high - low) * (0.2 + 0.6 * random.next());
  // Haemoglobin falls in anaemia; the others rise.
  if (drift > 0) value = code === '718-7' ? low * (1 - 0.06 * drift) : high * (1 + 0.12 * drift);
  const factor = 10 ** analyte.decimals;
  return { analyte, value: Math.round(value * factor) / factor };
}

export function addPrescriptions(
  records: PatientRecords,
  context: RecordContext,
  random: Random,
  scenario: DiagnosisScenario,
  at: {
    patientId: string;
    encounterId: string;
    role: Role;
    clinic: { id: string; timeZone: string };
    day: string;
    today: string;
  },
) {
  const medicine = scenario.medicine && findMedicine(scenario.medicine.id);
  if (!scenario.medicine || !medicine) return;
  // The first prescription of the visit, then (for a chronic disease) a recent repeat still to be dispensed.
  const issues: { day: string; status: MedicationRequestStatus }[] = [
    {
      day: at.day,
      status: random.weighted([
        ['dispensed', 7],
        ['expired', 2],
        ['cancelled', 1],
      ] as const),
    },
  ];
  if (scenario.chronic)
    issues.push({
      day: addDays(at.today, -random.int(1, 20)),
      status: random.pick(['signed', 'sent'] as const),
    });
  for (const issue of issues) {
    records.prescriptions.push({
      id: random.uuid(),
      number: context.nextPrescriptionNumber(),
      patientId: at.patientId,
      encounterId: at.encounterId,
      practitionerId: at.role.practitionerId,
      organizationId: at.clinic.id,
      medicineId: medicine.id,
      medicineName: medicine.inn,
      form: medicine.forms[0]?.form ?? '',
      strength: scenario.medicine.strength,
      dosageText: scenario.medicine.dosage,
      quantity: scenario.medicine.quantity,
      validUntil: addDays(issue.day, 60),
      status: issue.status,
      at: visitTime(random, issue.day, at.clinic.timeZone),
    });
  }
}

export function planLabRounds(
  records: PatientRecords,
  patient: PatientSeed,
  random: Random,
  at: {
    clinic: { id: string; shortName: string; timeZone: string };
    role: Role;
    today: string;
    isChild: boolean;
    /** Analyte → the onset of the disease that drifts it out of range. */
    drifting: ReadonlyMap<string, string>;
  },
) {
  const rounds = at.isChild
    ? [random.int(60, 300)]
    : [random.int(600, 700), random.int(300, 420), random.int(5, 60)];
  const panels = at.isChild ? DEMO_PANELS.slice(0, 1) : DEMO_PANELS;
  rounds.forEach((daysAgo, round) => {
    const day = addDays(at.today, -daysAgo);
    const effectiveAt = new Date(startOfLocalDay(day, at.clinic.timeZone).getTime() + (7 * 60 + 30) * 60_000);
    const age = ageOnDate(patient.birthDate, day);
    for (const panel of panels) {
      const reportId = random.uuid();
      let hasValue = false;
      for (const code of panel.analytes) {
        // Out of range from a few months before the diagnosis (what led to it), further each round after.
        const onset = at.drifting.get(code);
        const drifted = onset !== undefined && day >= addDays(onset, -90);
        const drift = drifted ? round + 1 : random.chance(0.04) ? 1 : 0;
        const result = analyteValue(random, code, patient.sex, age, drift);
        if (!result) continue;
        const range = referenceRangeFor(result.analyte, patient.sex, age);
        hasValue = true;
        records.observations.push({
          id: random.uuid(),
          reportId,
          patientId: patient.id,
          code,
          codeSystem: result.analyte.system,
          name: result.analyte.name,
          value: String(result.value),
          unit: result.analyte.unit,
          unitDisplay: result.analyte.unitDisplay,
          refLow: range?.low ?? null,
          refHigh: range?.high ?? null,
          interpretation: interpretObservation(result.value, result.analyte.ranges, patient.sex, age),
          effectiveAt,
        });
      }
      if (!hasValue) continue;
      records.reports.push({
        id: reportId,
        patientId: patient.id,
        organizationId: at.clinic.id,
        performerName: `КДЛ ${at.clinic.shortName}`,
        orderedByPractitionerId: at.role.practitionerId,
        orderNumber: `${day.replaceAll('-', '')}-${random.int(1000, 9999)}`,
        code: panel.code,
        name: panel.name,
        effectiveAt,
      });
    }
  });
}

export function planImmunizations(
  records: PatientRecords,
  patient: PatientSeed,
  random: Random,
  at: { clinicId: string; today: string; isChild: boolean },
) {
  const add = (code: string, date: string, dose: number) => {
    const vaccine = findVaccine(code);
    if (!vaccine || date > at.today || date < patient.birthDate) return;
    records.immunizations.push({
      id: random.uuid(),
      patientId: patient.id,
      vaccineCode: code,
      vaccineName: vaccine.name,
      date,
      doseNumber: dose,
      lotNumber: `${code.slice(0, 3).toUpperCase()}${random.int(10_000, 99_999)}`,
      organizationId: at.clinicId,
    });
  };
  if (at.isChild) {
    for (const [code, dose, months] of CHILD_VACCINES)
      add(code, addDays(patient.birthDate, months * 30 + random.int(0, 10)), dose);
    return;
  }
  const year = Number(at.today.slice(0, 4));
  for (const back of [1, 2])
    if (random.chance(0.7))
      add('influenza', `${year - back}-10-${String(random.int(1, 28)).padStart(2, '0')}`, 1);
  for (const code of random.shuffle(ADULT_VACCINES.slice(1)).slice(0, random.int(1, 2)))
    add(code, addDays(at.today, -random.int(200, 900)), 1);
}

export function planCoverage(records: PatientRecords, patient: PatientSeed, random: Random, today: string) {
  // The ЕНП is for life: a change of insurer keeps the number, the old policy stays as `expired`.
  const insurers = random.shuffle(INSURERS);
  const since = patient.attachedSince ?? addDays(today, -random.int(400, 3000));
  const kind = random.weighted([
    ['active', 86],
    ['suspended', 8],
    ['changed', 6],
  ] as const);
  if (kind === 'changed') {
    records.coverages.push({
      id: random.uuid(),
      patientId: patient.id,
      number: patient.oms,
      insurer: insurers[1]!,
      status: 'expired',
      periodStart: addDays(since, -1500),
      periodEnd: addDays(since, -1),
    });
  }
  records.coverages.push({
    id: random.uuid(),
    patientId: patient.id,
    number: patient.oms,
    insurer: insurers[0]!,
    status: kind === 'suspended' ? 'suspended' : 'active',
    periodStart: since,
    periodEnd: null,
  });
}

export function planStay(
  records: PatientRecords,
  patient: PatientSeed,
  context: RecordContext,
  random: Random,
  hospitalId: string,
  today: string,
) {
  const hospital = context.clinics.get(hospitalId);
  const role =
    context.rolesByClinic.get(hospitalId)?.find((r) => r.specialtyCode === 'therapist') ??
    context.rolesByClinic.get(hospitalId)?.[0];
  const icd = findIcd10('J18.9');
  if (!hospital || !role || !icd) return;
  const admitted = addDays(today, -random.int(150, 500));
  const discharged = addDays(admitted, random.int(7, 11));
  const conditionId = random.uuid();
  records.conditions.push({
    id: conditionId,
    patientId: patient.id,
    encounterId: null,
    code: icd.code,
    name: icd.name,
    role: null,
    clinicalStatus: 'resolved',
    onsetDate: admitted,
    abatementDate: discharged,
    practitionerId: role.practitionerId,
    recordedAt: startOfLocalDay(discharged, hospital.timeZone),
  });
  records.dischargeSummaries.push({
    id: random.uuid(),
    fileId: random.uuid(),
    patient,
    hospital: { id: hospital.id, name: hospital.name },
    author: { id: role.practitionerId, name: context.practitionerNames.get(role.practitionerId) ?? '' },
    admitted,
    discharged,
    conditionId,
  });
}
