import { ageOnDate } from '@talon/core/records';
import { addDays, localDate } from '@talon/core/shared';
import { findIcd10 } from '../reference/clinical';
import type { PatientSeed } from './patients';
import type { Random } from './random';
import type { PatientRecords, RecordContext } from './record-context';
import {
  addPrescriptions,
  planCoverage,
  planImmunizations,
  planLabRounds,
  planStay,
  visitTime,
} from './record-parts';
import { ACUTE, CHILD, CHRONIC, type DiagnosisScenario } from './record-scenarios';

const HISTORY_DAYS = 730;

/**
 * The demo medical record of a patient (issue 11, item 1): two years of visits with their diagnoses — acute
 * episodes resolved, chronic diseases active with a follow-up — laboratory rounds (blood count, glucose,
 * cholesterol, creatinine) whose values drift out of range where a chronic disease says so, prescriptions in
 * several statuses, vaccinations, the OMS policy (some suspended or expired) and, for `withStay`, a hospital
 * stay with its discharge summary. Pure and deterministic for the random stream given.
 */
export function planPatientRecords(
  patient: PatientSeed,
  context: RecordContext,
  random: Random,
  options: { withStay: boolean },
): PatientRecords {
  const records: PatientRecords = {
    encounters: [],
    conditions: [],
    reports: [],
    observations: [],
    prescriptions: [],
    immunizations: [],
    coverages: [],
    dischargeSummaries: [],
  };
  const regional = context.regionClinics.get(patient.regionCode) ?? {};
  const today = localDate(context.now, 'Europe/Moscow');
  const age = ageOnDate(patient.birthDate, today);
  const isChild = age < 18;
  const clinicId =
    patient.attachedOrganizationId ?? (isChild ? regional.child : regional.adult) ?? regional.adult;
  const clinic = clinicId ? context.clinics.get(clinicId) : undefined;
  const roles = (clinic && context.rolesByClinic.get(clinic.id)) ?? [];
  if (!clinic || roles.length === 0) return records;
  const roleFor = (specialties: readonly string[]) =>
    specialties.map((code) => roles.find((r) => r.specialtyCode === code)).find(Boolean) ??
    roles.find((r) => r.specialtyCode === 'therapist' || r.specialtyCode === 'pediatrician') ??
    roles[0]!;
  const firstDay = addDays(today, -HISTORY_DAYS);
  const dayIn = (from: number, to: number) => addDays(firstDay, random.int(from, to));

  const scenarios: { scenario: DiagnosisScenario; day: string }[] = [];
  if (isChild) {
    for (const scenario of CHILD) scenarios.push({ scenario, day: dayIn(30, HISTORY_DAYS - 10) });
  } else {
    for (const scenario of random.shuffle(ACUTE).slice(0, random.int(2, 4))) {
      scenarios.push({ scenario, day: dayIn(0, HISTORY_DAYS - 3) });
    }
    const chronicCount = age >= 45 ? random.int(1, 2) : random.chance(0.35) ? 1 : 0;
    for (const scenario of random.shuffle(CHRONIC).slice(0, chronicCount)) {
      scenarios.push({ scenario, day: dayIn(0, HISTORY_DAYS - 120) });
    }
  }
  // Analyte → the onset of the first chronic disease that drifts it.
  const drifting = new Map<string, string>();
  for (const { scenario, day } of scenarios) {
    const role = roleFor(scenario.specialties);
    const start = visitTime(random, day, clinic.timeZone);
    const encounterId = random.uuid();
    const icd = findIcd10(scenario.code);
    if (!icd) throw new Error(`demo diagnosis ${scenario.code} is not in icd10.json`);
    records.encounters.push({
      id: encounterId,
      patientId: patient.id,
      practitionerId: role.practitionerId,
      practitionerRoleId: role.id,
      organizationId: clinic.id,
      periodStart: start,
      periodEnd: new Date(start.getTime() + 20 * 60_000),
      complaints: scenario.complaints,
      anamnesis: scenario.anamnesis,
      examination: scenario.examination,
      conclusion: scenario.conclusion,
      recommendations: scenario.recommendations,
    });
    const abatement = scenario.chronic ? null : addDays(day, random.int(5, 14));
    records.conditions.push({
      id: random.uuid(),
      patientId: patient.id,
      encounterId,
      code: icd.code,
      name: icd.name,
      role: 'primary',
      clinicalStatus: abatement && abatement <= today ? 'resolved' : 'active',
      onsetDate: day,
      abatementDate: abatement && abatement <= today ? abatement : null,
      practitionerId: role.practitionerId,
      recordedAt: start,
    });
    const analyte = scenario.driftsAnalyte;
    const since = analyte ? drifting.get(analyte) : undefined;
    if (analyte && (since === undefined || day < since)) drifting.set(analyte, day);
    if (scenario.chronic) {
      // The follow-up: the same doctor, a stable state, the treatment continued.
      const followDay = addDays(day, random.int(30, 90));
      const followStart = visitTime(random, followDay, clinic.timeZone);
      records.encounters.push({
        id: random.uuid(),
        patientId: patient.id,
        practitionerId: role.practitionerId,
        practitionerRoleId: role.id,
        organizationId: clinic.id,
        periodStart: followStart,
        periodEnd: new Date(followStart.getTime() + 20 * 60_000),
        complaints: 'Жалоб активно не предъявляет. Лечение переносит хорошо.',
        anamnesis: `Наблюдается с диагнозом ${icd.code} с ${day.split('-').reverse().join('.')}.`,
        examination: scenario.examination,
        conclusion: `${icd.name}: состояние стабильное, терапия продолжена.`,
        recommendations: scenario.recommendations,
      });
    }
    if (scenario.medicine)
      addPrescriptions(records, context, random, scenario, {
        patientId: patient.id,
        encounterId,
        role,
        clinic,
        day,
        today,
      });
  }
  planLabRounds(records, patient, random, {
    clinic,
    role: roleFor(['therapist', 'pediatrician']),
    today,
    isChild,
    drifting,
  });
  planImmunizations(records, patient, random, { clinicId: clinic.id, today, isChild });
  planCoverage(records, patient, random, today);
  if (options.withStay && regional.hospital)
    planStay(records, patient, context, random, regional.hospital, today);
  return records;
}
