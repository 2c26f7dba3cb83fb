import { beforeAll, describe, expect, it } from 'vitest';
import { IdentifierSystem } from '../identifier-systems';
import { expectValidR4, loadR4Definitions, R4_LOAD_TIMEOUT } from '../testing/fhir-validator';
import { toCoverage, toHealthcareService, toPatient } from './patient.mapper';

const patientId = '3e0a9f4b-6f6c-4d8a-8d76-9d4a5b6c7e8f';
const policyId = '4f1b0a5c-7a7d-4e9b-9e87-ae5b6c7d8f90';
const clinicId = '0b7f6c1e-3c39-4a57-9a43-6a1d2f3e4b5c';

const card = {
  id: patientId,
  surname: 'Кузнецов',
  name: 'Илья',
  patronymic: null,
  birthDate: '2015-02-03',
  sex: 'male' as const,
  phone: null,
  email: 'kuz@example.ru',
  snils: '11223344595',
  enp: null,
};

beforeAll(loadR4Definitions, R4_LOAD_TIMEOUT);

describe('patient mappers', () => {
  it('writes a card as a valid Patient: no patronymic, no empty telecom, only the identifiers it has', async () => {
    const patient = toPatient(card);
    await expectValidR4(patient);
    expect(patient.name).toEqual([
      { use: 'official', text: 'Кузнецов Илья', family: 'Кузнецов', given: ['Илья'] },
    ]);
    expect(patient.telecom).toEqual([{ system: 'email', value: 'kuz@example.ru', use: 'home' }]);
    expect(patient.identifier).toEqual([
      expect.objectContaining({ system: IdentifierSystem.SNILS, value: '11223344595' }),
    ]);
    const bare = toPatient({ ...card, email: null, snils: null });
    await expectValidR4(bare);
    expect(bare).not.toHaveProperty('identifier');
    expect(bare).not.toHaveProperty('telecom');
  });

  it('writes a suspended or expired policy as a cancelled Coverage, the insurer as the payor', async () => {
    const policy = {
      id: policyId,
      patientId,
      status: 'suspended' as const,
      enp: '7700000000001230',
      insurer: { name: 'ООО «Капитал МС»', code: '77011' },
      periodStart: '2020-01-01',
      periodEnd: null,
    };
    const coverage = toCoverage(policy);
    await expectValidR4(coverage);
    expect(coverage).toMatchObject({
      status: 'cancelled',
      beneficiary: { reference: `Patient/${patientId}` },
      payor: [{ display: 'ООО «Капитал МС»' }],
      period: { start: '2020-01-01' },
      identifier: [{ system: IdentifierSystem.ENP, value: '7700000000001230' }],
    });
    expect(toCoverage({ ...policy, status: 'active', periodStart: null }).status).toBe('active');
    expect(toCoverage({ ...policy, periodStart: null })).not.toHaveProperty('period');
  });

  it('writes a clinic specialty as a HealthcareService with its rooms and how it is booked', async () => {
    const service = toHealthcareService({
      id: '5a2c1b6d-8b8e-4fa0-afa8-bf6c7d8e9f01',
      organization: { id: clinicId, name: 'Поликлиника № 12' },
      specialty: { code: 'cardiologist', name: 'Кардиолог', referralRequired: true, selfBooking: false },
      locationIds: [],
      active: true,
    });
    await expectValidR4(service);
    expect(service).toMatchObject({
      name: 'Кардиолог — Поликлиника № 12',
      comment: 'Запись по направлению. Запись через регистратуру',
      providedBy: { reference: `Organization/${clinicId}` },
    });
    expect(service).not.toHaveProperty('location');
  });
});
