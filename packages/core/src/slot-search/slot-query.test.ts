import { describe, expect, it } from 'vitest';
import type { Principal } from '../identity';
import { DomainError, fixedClock } from '../shared';
import { buildSlotQuery, type SlotSearchDeps } from './slot-query';
import type { SlotSearchRepository } from './slot-search.repository';
import type { SlotSearchFilters } from './slot-search.types';

const NOW = '2026-12-07T12:00:00Z';
const patients: Record<
  string,
  {
    birthDate: string;
    isPrivileged: boolean;
    priorityGrants: { specialtyCode: string; organizationId: string }[];
  }
> = {
  self: { birthDate: '1985-03-05', isPrivileged: false, priorityGrants: [] },
  ward: { birthDate: '2018-06-01', isPrivileged: false, priorityGrants: [] },
  elder: { birthDate: '1950-01-12', isPrivileged: true, priorityGrants: [] },
  rebooking: {
    birthDate: '1970-02-02',
    isPrivileged: false,
    priorityGrants: [{ specialtyCode: 'therapist', organizationId: 'o1' }],
  },
};

function deps(allowed: string[] = []): SlotSearchDeps & { asked: string[] } {
  const asked: string[] = [];
  const slots: SlotSearchRepository = {
    searchFree: async () => ({ items: [], total: 0, totalIsCapped: false, page: 1, pageSize: 20 }),
    countFreeByDay: async () => [],
    nearestFree: async () => ({ items: [], total: 0, page: 1, pageSize: 20 }),
    findPatient: async (id) => patients[id] ?? null,
    listSpecialtyAgeGroups: async () => [
      { code: 'therapist', ageGroup: 'adult' },
      { code: 'pediatrician', ageGroup: 'child' },
      { code: 'ophthalmologist', ageGroup: 'any' },
    ],
    regionExists: async (code) => code === '39',
    specialtyExists: async (code) => ['therapist', 'pediatrician'].includes(code),
  };
  return {
    slots,
    clock: fixedClock(NOW),
    asked,
    authorizeBooking: async (_principal, patientId) => {
      asked.push(patientId);
      if (!allowed.includes(patientId)) throw new DomainError('PATIENT_NOT_FOUND');
    },
  };
}

const caller = (roles: Principal['roles'], patientId: string | null = 'self'): Principal => ({
  accountId: 'a',
  sessionId: 's',
  transport: 'cookie',
  stage: 'full',
  displayName: 'x',
  patientId,
  practitionerId: null,
  roles,
  csrfToken: 'c',
});
const patient = caller([{ role: 'patient', organizationId: null }]);
const registrar = caller([{ role: 'registrar', organizationId: 'o' }], null);
const origin = { ip: '10.0.0.9', userAgent: null };
const narrow = { region: '39', specialty: 'therapist', origin };

describe('building the slot query', () => {
  it('clips the period to now and the widest horizon', async () => {
    const query = await buildSlotQuery(
      deps(),
      null,
      {
        ...narrow,
        from: new Date('2026-01-01T00:00:00Z'),
        to: new Date('2027-06-01T00:00:00Z'),
      },
      'slots',
    );
    expect(query?.from.toISOString()).toBe('2026-12-07T12:00:00.000Z');
    expect(query?.to.toISOString()).toBe('2027-01-08T12:00:00.000Z');
  });

  it('looks nothing up for a period wholly in the past', async () => {
    const query = await buildSlotQuery(
      deps(),
      null,
      { ...narrow, to: new Date('2026-12-01T00:00:00Z') },
      'slots',
    );
    expect(query).toBeNull();
  });

  it('an anonymous visitor: internet, no quota, no age, no hold', async () => {
    const query = await buildSlotQuery(deps(), null, narrow, 'slots');
    expect(query).toMatchObject({
      channel: 'internet',
      includeUnreleasedPriority: false,
      holderPatientIds: [],
      age: null,
    });
  });

  it('a patient: their own age and hold; a privileged one the quota', async () => {
    const query = await buildSlotQuery(deps(), patient, narrow, 'slots');
    expect(query).toMatchObject({ holderPatientIds: ['self'], includeUnreleasedPriority: false });
    expect(query?.age).toEqual({
      adultFrom: '2003-03-05',
      childSpecialties: ['pediatrician'],
      adultSpecialties: ['therapist'],
    });
    const elder = await buildSlotQuery(deps(), caller(patient.roles, 'elder'), narrow, 'slots');
    expect(elder?.includeUnreleasedPriority).toBe(true);
  });

  it('a patient whose visit the clinic cancelled: the quota of that specialty at that clinic (rule 8)', async () => {
    const query = await buildSlotQuery(deps(), caller(patient.roles, 'rebooking'), narrow, 'slots');
    expect(query).toMatchObject({
      includeUnreleasedPriority: false,
      priorityGrants: [{ specialtyCode: 'therapist', organizationId: 'o1' }],
    });
  });

  it('a ward only with the access policy agreeing', async () => {
    const allowed = deps(['ward']);
    const query = await buildSlotQuery(allowed, patient, { ...narrow, patientId: 'ward' }, 'slots');
    expect(allowed.asked).toEqual(['ward']);
    expect(query?.age?.adultFrom).toBe('2036-06-01');
    expect(query?.holderPatientIds).toEqual(['ward', 'self']);
    await expect(
      buildSlotQuery(deps(), patient, { ...narrow, patientId: 'elder' }, 'slots'),
    ).rejects.toMatchObject({ code: 'PATIENT_NOT_FOUND' });
    await expect(
      buildSlotQuery(deps(), null, { ...narrow, patientId: 'ward' }, 'slots'),
    ).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('the registry: its own channel and the quota, nobody in particular unless asked', async () => {
    const query = await buildSlotQuery(deps(), registrar, narrow, 'slots');
    expect(query).toMatchObject({ channel: 'registry', includeUnreleasedPriority: true, age: null });
  });

  it('refuses searches that are too broad, unknown codes and reversed periods, naming the field', async () => {
    const refusal = (filters: SlotSearchFilters, breadth: 'slots' | 'roles' = 'slots') =>
      buildSlotQuery(deps(), null, { origin, ...filters }, breadth).catch((error: DomainError) => [
        error.code,
        error.options.field,
      ]);
    expect(await refusal({ region: '39' })).toEqual(['SLOT_SEARCH_TOO_BROAD', 'query.specialty']);
    expect(await refusal({ specialty: 'therapist' })).toEqual(['SLOT_SEARCH_TOO_BROAD', 'query.region']);
    expect(await refusal({ practitioner: 'p' }, 'roles')).toEqual(['SLOT_SEARCH_TOO_BROAD', 'query.region']);
    expect(await refusal({ region: '00', specialty: 'therapist' })).toEqual([
      'UNKNOWN_REGION',
      'query.region',
    ]);
    expect(await refusal({ region: '39', specialty: 'x' })).toEqual(['UNKNOWN_SPECIALTY', 'query.specialty']);
    expect(
      await refusal({
        ...narrow,
        from: new Date('2026-12-09T00:00:00Z'),
        to: new Date('2026-12-08T00:00:00Z'),
      }),
    ).toEqual(['SLOT_PERIOD_INVALID', 'query.from']);
  });
});
