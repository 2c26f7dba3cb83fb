import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../audit';
import type { Principal, RoleGrant } from '../identity';
import type { FoundPatient, PatientLookup, RegistryStore } from './registry.ports';
import { PATIENT_SEARCH_LIMIT, searchPatients } from './search-patients';

const person = (id: string, attachedOrganizationId: string | null = null): FoundPatient => ({
  id,
  surname: 'Иванова',
  name: 'Мария',
  patronymic: null,
  birthDate: '1985-03-05',
  sex: 'female',
  snils: '11223344595',
  phone: null,
  attachedOrganizationId,
  attachedOrganizationName: attachedOrganizationId ? 'ГП № 1' : null,
});

function memoryStore(people: FoundPatient[]) {
  const lookups: PatientLookup[] = [];
  const audit: AuditEntry[] = [];
  const store: RegistryStore = {
    transaction: (work) =>
      work({
        patientSearch: {
          find: async (lookup, limit) => {
            lookups.push(lookup);
            return people.slice(0, limit);
          },
        },
        // A search never registers anyone.
        walkIns: {
          regionOf: async () => null,
          findBySnilsHashes: async () => null,
          create: async () => null,
        },
        queue: { today: async () => [] },
        audit: { record: async (entry) => void audit.push(entry) },
      }),
  };
  return { store, lookups, audit };
}

const staff = (roles: RoleGrant[]): Principal => ({
  accountId: 'acc',
  sessionId: 'ses',
  transport: 'cookie',
  stage: 'full',
  displayName: 'Сотрудник',
  patientId: null,
  practitionerId: null,
  roles,
  csrfToken: null,
});
const origin = { ip: '127.0.0.1', userAgent: null };
const clock = { now: () => new Date('2026-11-30T09:00:00Z') };

describe('searchPatients', () => {
  it('looks identifiers up by their keyed hash, masks SNILS and audits ids only', async () => {
    const memory = memoryStore([person('p1')]);
    const result = await searchPatients(
      { registry: memory.store, clock, lookupHashes: (v) => [`hash(${v})`] },
      staff([{ role: 'registrar', organizationId: 'org1' }]),
      { snils: '112-233-445 95', origin },
    );
    expect(memory.lookups).toEqual([{ snilsHashes: ['hash(11223344595)'] }]);
    expect(result.items).toEqual([{ ...person('p1'), snils: '***-***-445 95', accessBasis: 'registry' }]);
    expect(memory.audit).toEqual([
      expect.objectContaining({
        action: 'patient.search',
        subjectPatientId: 'p1',
        details: { criteria: ['snils'], patientIds: ['p1'], isTruncated: false },
      }),
    ]);
  });

  it('passes each person through the access policy: a clinic admin sees their clinic only', async () => {
    const memory = memoryStore([person('ours', 'org1'), person('theirs', 'org2'), person('nobody')]);
    const result = await searchPatients(
      { registry: memory.store, clock, lookupHashes: (v) => [v] },
      staff([{ role: 'clinic_admin', organizationId: 'org1' }]),
      { surname: 'Иванова', birthDate: '05.03.1985', origin },
    );
    expect(result.items.map((p) => [p.id, p.accessBasis])).toEqual([['ours', 'organization']]);
    expect(memory.audit[0]?.details).toMatchObject({ patientIds: ['ours'] });
  });

  it('shows at most the limit and says more matched', async () => {
    const many = Array.from({ length: PATIENT_SEARCH_LIMIT + 5 }, (_, i) => person(`p${i}`));
    const memory = memoryStore(many);
    const result = await searchPatients(
      { registry: memory.store, clock, lookupHashes: (v) => [v] },
      staff([{ role: 'registrar', organizationId: 'org1' }]),
      { phone: '+79161234567', origin },
    );
    expect(result.items).toHaveLength(PATIENT_SEARCH_LIMIT);
    expect(result.isTruncated).toBe(true);
  });
});
