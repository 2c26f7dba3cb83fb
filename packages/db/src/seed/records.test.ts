import { describe, expect, it } from 'vitest';
import { generateDirectory } from './directory';
import { generatePatients, type PatientSeed } from './patients';
import { SEED_PROFILES } from './profiles';
import { createRandom } from './random';
import { recordContext } from './record-context';
import { planPatientRecords } from './records';

const profile = SEED_PROFILES.small;
const directory = generateDirectory(profile, 1);
const now = new Date('2026-12-01T09:00:00Z');
const patients = [...generatePatients(profile, directory.clinics, 1)].slice(0, 300);
const plan = (patient: PatientSeed, withStay = false) =>
  planPatientRecords(patient, recordContext(directory, now), createRandom(1, 'records').fork(patient.id), {
    withStay,
  });

describe('planPatientRecords (demo medical records)', () => {
  it('is deterministic for a patient, whatever else is planned', () => {
    const patient = patients[10]!;
    expect(plan(patient)).toEqual(plan(patient));
  });

  it('gives an adult two years of visits with diagnoses, repeated lab panels, a policy and a stay', () => {
    const adult = patients.find((p) => p.birthDate < '1970-01-01')!;
    const record = plan(adult, true);
    expect(record.encounters.length).toBeGreaterThanOrEqual(2);
    expect(record.conditions.length).toBeGreaterThanOrEqual(2);
    const twoYearsAgo = new Date(now.getTime() - 731 * 86_400_000);
    for (const visit of record.encounters) {
      expect(visit.periodStart > twoYearsAgo && visit.periodStart < now).toBe(true);
    }
    // Three rounds of the blood count and the biochemistry: a trend for every analyte.
    const rounds = new Map<string, number>();
    for (const o of record.observations) rounds.set(o.code, (rounds.get(o.code) ?? 0) + 1);
    expect([...rounds.keys()].sort()).toEqual([
      '14647-2',
      '14682-9',
      '14749-6',
      '4537-7',
      '6690-2',
      '718-7',
      '777-3',
    ]);
    for (const count of rounds.values()) expect(count).toBe(3);
    expect(record.coverages.filter((c) => c.status !== 'expired')).toHaveLength(1);
    expect(record.dischargeSummaries).toHaveLength(1);
  });

  it('drifts the analyte of a chronic disease out of range once it is near, and flags it', () => {
    const analyteOf: Record<string, string> = {
      'E11.9': '14749-6',
      'E78.0': '14647-2',
      I10: '14647-2',
      'D50.9': '718-7',
    };
    const drifted = patients.flatMap((p) => {
      const record = plan(p);
      return record.conditions
        .filter((c) => analyteOf[c.code])
        .map((c) => record.observations.filter((o) => o.code === analyteOf[c.code]).at(-1));
    });
    expect(drifted.length).toBeGreaterThan(5);
    // The latest round (weeks ago) comes after the diagnosis: out of range, low for haemoglobin.
    for (const latest of drifted) {
      expect(latest?.interpretation).toMatch(latest?.code === '718-7' ? /^LL?$/ : /^HH?$/);
    }
    const flags = patients.flatMap((p) => plan(p).observations.map((o) => o.interpretation));
    expect(flags.filter((f) => f === 'H' || f === 'L' || f === 'HH' || f === 'LL').length).toBeGreaterThan(
      20,
    );
    expect(flags.filter((f) => f === 'N').length).toBeGreaterThan(flags.length / 2);
  });

  it('prescribes in several statuses, each with a valid-until after its issue', () => {
    const prescriptions = patients.flatMap((p) => plan(p).prescriptions);
    expect(new Set(prescriptions.map((p) => p.status))).toEqual(
      new Set(['dispensed', 'expired', 'cancelled', 'signed', 'sent']),
    );
    for (const p of prescriptions) expect(p.validUntil > p.at.toISOString().slice(0, 10)).toBe(true);
  });

  it('gives a child the paediatrician and the national calendar', () => {
    const child = patients.find((p) => p.birthDate > '2022-01-01')!;
    const record = plan(child);
    expect(record.immunizations.map((i) => i.vaccineCode)).toContain('bcg');
    expect(record.conditions.map((c) => c.code).sort()).toEqual(['J06.9', 'Z00.1']);
  });
});
