import { loadConfig } from '@talon/config';
import type { Principal } from '@talon/core/identity';
import type { EncounterSections } from '@talon/core/records';
import { isDomainError } from '@talon/core/shared';
import { aadFor, createFieldCipher, createRecordsRepos, schema } from '@talon/db';
import {
  attachPatient,
  auditEntriesAbout,
  buildMedicalRecord,
  buildPractitioner,
  encounterVersionRows,
  outboxRowsOf,
  practitionerOrganizationId,
  prescriptionRow,
  tamperWithEncounter,
} from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerPatient } from '../../testing/identity-helpers';
import { createStaffSession, type StaffSession } from '../../testing/staff-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let patient: Awaited<ReturnType<typeof registerPatient>>;
let practitionerId: string;
let clinicId: string;
let doctor: StaffSession;
let doctorPrincipal: Principal;
const keys = loadConfig({ NODE_ENV: 'test' }).secrets;
const origin = { ip: '127.0.0.1', userAgent: 'vitest' };

const codeOf = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (error) {
    return isDomainError(error) ? error.code : String(error);
  }
  return null;
};

beforeAll(async () => {
  t = await createTestApp({ worker: true });
  patient = await registerPatient(t);
  const practitioner = await buildPractitioner(t.database.db, { surname: 'Лаборантова' });
  practitionerId = practitioner.id;
  clinicId = await practitionerOrganizationId(t.database.db, practitionerId);
  await attachPatient(t.database.db, patient.me.patientId, { organizationId: clinicId });
  doctor = await createStaffSession(t, 'doctor', { organizationId: clinicId, practitionerId });
  doctorPrincipal = {
    accountId: doctor.accountId,
    sessionId: 'test',
    transport: 'cookie',
    stage: 'full',
    displayName: 'Врач',
    patientId: null,
    practitionerId,
    roles: [{ role: 'doctor', organizationId: clinicId }],
    csrfToken: null,
  };
});
afterAll(() => t?.close());

/** A medical record of the patient by the doctor at their clinic, without insurance coverage. */
const buildDoctorsRecord = () =>
  buildMedicalRecord(t.database.db, keys, {
    patientId: patient.me.patientId,
    practitionerId,
    organizationId: clinicId,
    withCoverage: false,
  });

describe('a new laboratory report (issue 11, items 1 and 3)', () => {
  it('interprets each result for the patient, and alerts the patient of results out of range without values', async () => {
    const report = await t.app.services.records.recordLabReport(doctorPrincipal, {
      patientId: patient.me.patientId,
      orderedByPractitionerId: practitionerId,
      organizationId: clinicId,
      performerName: 'КДЛ',
      identifier: { system: 'urn:lab:test', value: 'R-1' },
      code: 'cbc',
      name: 'Общий анализ крови',
      effectiveAt: new Date('2026-11-02T07:30:00Z'),
      observations: [
        // The patient is a woman of 41: her haemoglobin range is 120–140 g/L.
        { code: '718-7', value: 120 },
        { code: '14749-6', value: 6.3 },
        { code: '2823-3', value: 3.5, referenceRange: { low: 3.4, high: 5.3 } },
      ],
      origin,
    });
    expect(report.observations.map((o) => [o.code, o.interpretation, o.referenceRange.low])).toEqual([
      ['14749-6', 'H', 3.9],
      ['2823-3', 'N', 3.4],
      ['718-7', 'N', 120],
    ]);
    const alerts = await outboxRowsOf(t.database.db, 'lab_result_out_of_range');
    // The registered patient has no email: SMS, in-app and push.
    expect(alerts.map((row) => row.channel).sort()).toEqual(['in_app', 'push', 'sms']);
    expect(alerts.every((row) => row.accountId === patient.me.id)).toBe(true);
    const cipher = createFieldCipher(keys);
    for (const row of alerts) {
      const payload = JSON.parse(
        cipher.decrypt(row.payloadEncrypted, aadFor(schema.notificationOutbox.payloadEncrypted, row.id)),
      ) as Record<string, string>;
      expect(payload).toEqual({
        date: '02.11.2026',
        link: `/records/results/${report.id}?patientId=${patient.me.patientId}`,
        practitioner: expect.stringContaining('Лаборантова'),
        bookLink: `/doctors/${practitionerId}`,
      });
    }
    // Not critical: the doctor hears nothing.
    expect(await outboxRowsOf(t.database.db, 'lab_result_critical')).toEqual([]);
    const audit = (await auditEntriesAbout(t.database.db, patient.me.patientId)).find(
      (e) => e.action === 'record.lab_report',
    );
    expect(audit?.details).toMatchObject({ basis: 'care', observations: 3, outOfRange: 1 });

    // The same report posted again stores and sends nothing new.
    const again = await t.app.services.records.recordLabReport(doctorPrincipal, {
      patientId: patient.me.patientId,
      identifier: { system: 'urn:lab:test', value: 'R-1' },
      code: 'cbc',
      name: 'Общий анализ крови',
      effectiveAt: new Date('2026-11-02T07:30:00Z'),
      observations: [{ code: '718-7', value: 50 }],
      origin,
    });
    expect(again.id).toBe(report.id);
    expect(await outboxRowsOf(t.database.db, 'lab_result_out_of_range')).toHaveLength(3);
  });

  it('alerts the ordering practitioner in the app of a critical value', async () => {
    const report = await t.app.services.records.recordLabReport(doctorPrincipal, {
      patientId: patient.me.patientId,
      orderedByPractitionerId: practitionerId,
      organizationId: clinicId,
      code: 'biochem',
      name: 'Калий',
      effectiveAt: new Date('2026-11-03T07:30:00Z'),
      observations: [{ code: '2823-3', value: 6.5 }],
      origin,
    });
    expect(report.observations[0]?.interpretation).toBe('HH');
    const critical = await outboxRowsOf(t.database.db, 'lab_result_critical');
    expect(critical).toEqual([expect.objectContaining({ channel: 'in_app', recipient: doctor.accountId })]);
  });

  it('is written by staff in care only, and needs at least one result', async () => {
    expect(
      await codeOf(
        t.app.services.records.recordLabReport(
          {
            ...doctorPrincipal,
            accountId: patient.me.id,
            patientId: patient.me.patientId,
            practitionerId: null,
            roles: [{ role: 'patient', organizationId: null }],
          },
          {
            patientId: patient.me.patientId,
            code: 'x',
            name: 'x',
            effectiveAt: new Date(),
            observations: [{ code: '718-7', value: 1 }],
            origin,
          },
        ),
      ),
    ).toBe('RECORD_AUTHOR_REQUIRED');
    expect(
      await codeOf(
        t.app.services.records.recordLabReport(doctorPrincipal, {
          patientId: patient.me.patientId,
          code: 'x',
          name: 'x',
          effectiveAt: new Date(),
          observations: [],
          origin,
        }),
      ),
    ).toBe('LAB_REPORT_INVALID');
  });
});

describe('the prescription workflow in the database', () => {
  it('moves draft → signed → sent → dispensed and refuses illegal moves, also when raced', async () => {
    const built = await buildDoctorsRecord();
    const move = (status: 'sent' | 'dispensed' | 'cancelled' | 'expired', reason?: string) =>
      t.app.services.records.changePrescriptionStatus(doctorPrincipal, {
        prescriptionId: built.prescriptionId,
        status,
        reason,
        origin,
      });
    expect(await codeOf(move('cancelled'))).toBe('PRESCRIPTION_CANCEL_REASON_REQUIRED');
    expect((await move('sent')).status).toBe('sent');
    expect((await move('dispensed')).status).toBe('dispensed');
    expect(await codeOf(move('cancelled', 'Передумали'))).toBe('PRESCRIPTION_STATUS_CONFLICT');
    expect(await codeOf(move('expired'))).toBe('PRESCRIPTION_STATUS_CONFLICT');
    // The repository's conditional UPDATE refuses what the workflow forbids, whoever calls it.
    const repos = createRecordsRepos(t.database.db, createFieldCipher(keys));
    expect(
      await repos.prescriptions.transition({
        id: built.prescriptionId,
        from: ['sent'],
        to: 'cancelled',
        at: new Date(),
      }),
    ).toBe(false);
    const row = await prescriptionRow(t.database.db, built.prescriptionId);
    expect(row?.status).toBe('dispensed');
    expect(row?.dispensedAt).toBeInstanceOf(Date);
  });
});

describe('a finished visit record (rule 26)', () => {
  const sections: EncounterSections = {
    complaints: 'Кашель',
    anamnesis: null,
    examination: null,
    conclusion: 'Уточнённый диагноз',
    recommendations: null,
    followUp: 'Повторный приём через неделю',
  };

  it('is never edited in place: the database refuses it, and an amendment keeps the earlier version', async () => {
    const built = await buildDoctorsRecord();
    const repos = createRecordsRepos(t.database.db, createFieldCipher(keys));
    expect(await repos.encounters.updateSections(built.encounterId, sections, new Date())).toBe(false);
    // Behind the repository's back: the trigger refuses changed sections, a reopening and a lone version bump.
    for (const change of ['sections', 'reopen', 'version'] as const)
      await expect(tamperWithEncounter(t.database.db, built.encounterId, change)).rejects.toThrow();

    expect(
      await repos.encounters.amend({
        id: built.encounterId,
        expectedVersion: 1,
        sections,
        reason: 'Уточнение диагноза по результатам анализов',
        authorAccountId: doctor.accountId,
        at: new Date(),
      }),
    ).toBe(true);
    const amended = await repos.encounters.find(built.encounterId);
    expect(amended).toMatchObject({ version: 2, conclusion: 'Уточнённый диагноз', status: 'finished' });
    const kept = await encounterVersionRows(t.database.db, built.encounterId);
    expect(kept).toEqual([expect.objectContaining({ version: 1, amendedByAccountId: doctor.accountId })]);
    expect(
      createFieldCipher(keys).decrypt(
        kept[0]!.conclusionEncrypted!,
        aadFor(schema.encounterVersions.conclusionEncrypted, kept[0]!.id),
      ),
    ).toBe('ОРВИ');
    // A second amendment against the old version loses; kept versions never change.
    expect(
      await repos.encounters.amend({
        id: built.encounterId,
        expectedVersion: 1,
        sections,
        reason: 'Опоздавшее исправление',
        authorAccountId: doctor.accountId,
        at: new Date(),
      }),
    ).toBe(false);
    await expect(tamperWithEncounter(t.database.db, built.encounterId, 'kept-version')).rejects.toThrow();
  });

  it('has at most one primary diagnosis', async () => {
    const built = await buildDoctorsRecord();
    const repos = createRecordsRepos(t.database.db, createFieldCipher(keys));
    expect(
      await codeOf(
        t.database.db.transaction((tx) =>
          createRecordsRepos(tx, createFieldCipher(keys)).conditions.add({
            id: crypto.randomUUID(),
            patientId: patient.me.patientId,
            encounterId: built.encounterId,
            code: 'I10',
            name: 'Эссенциальная (первичная) гипертензия',
            role: 'primary',
            clinicalStatus: 'active',
            verificationStatus: 'confirmed',
            onsetDate: null,
            abatementDate: null,
            recordedByPractitionerId: practitionerId,
            at: new Date(),
          }),
        ),
      ),
    ).toBe('PRIMARY_CONDITION_TAKEN');
    expect(await repos.conditions.icd10Name('I10')).toBe('Эссенциальная [первичная] гипертензия');
  });
});
