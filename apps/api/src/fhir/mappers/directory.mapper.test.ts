import { describe, expect, it } from 'vitest';
import { IdentifierSystem } from '../identifier-systems';
import { expectValidR4 } from '../testing/fhir-validator';
import { toLocation, toOrganization, toPractitioner, toPractitionerRole } from './directory.mapper';

const clinicId = '0b7f6c1e-3c39-4a57-9a43-6a1d2f3e4b5c';
const practitionerId = '1c8e7d2f-4d4a-4b68-8b54-7b2e3f4a5c6d';
const roomId = '2d9f8e3a-5e5b-4c79-9c65-8c3f4a5b6d7e';

describe('directory mappers', () => {
  it('writes a clinic as a valid Organization with its registry code and Russian names', async () => {
    const organization = toOrganization({
      id: clinicId,
      registryCode: '770012',
      name: 'Городская поликлиника № 12',
      shortName: 'ГП № 12',
      address: 'г. Москва, ул. Ленина, д. 5',
      regionName: 'Москва',
      phone: '+7 (495) 123-45-67',
      website: null,
      active: true,
    });
    await expectValidR4(organization);
    expect(organization.identifier).toEqual([
      { use: 'official', system: IdentifierSystem.CLINIC_REGISTRY, value: '770012' },
    ]);
    expect(organization.telecom).toEqual([{ system: 'phone', value: '+7 (495) 123-45-67', use: 'work' }]);
    expect(organization.alias).toEqual(['ГП № 12']);
  });

  it('writes a room as a valid Location of its clinic, named in Russian when it has no name', async () => {
    const location = toLocation({ id: roomId, organizationId: clinicId, room: '214', floor: 2, name: null });
    await expectValidR4(location);
    expect(location).toMatchObject({
      name: 'Кабинет 214',
      description: 'Этаж 2',
      managingOrganization: { reference: `Organization/${clinicId}` },
    });
  });

  it('writes the patronymic as the second given name of a valid Practitioner', async () => {
    const practitioner = toPractitioner({
      id: practitionerId,
      surname: 'Иванова',
      name: 'Мария',
      patronymic: 'Петровна',
      sex: 'female',
      active: true,
    });
    await expectValidR4(practitioner);
    expect(practitioner.name).toEqual([
      { use: 'official', text: 'Иванова Мария Петровна', family: 'Иванова', given: ['Мария', 'Петровна'] },
    ]);
    expect(toPractitioner({ ...practitionerBase, patronymic: null }).name).toEqual([
      { use: 'official', text: 'Ли Анна', family: 'Ли', given: ['Анна'] },
    ]);
  });

  it('writes a practitioner at a clinic in a specialty as a valid PractitionerRole', async () => {
    const role = toPractitionerRole({
      id: roomId,
      practitioner: { id: practitionerId, name: 'Иванова Мария Петровна' },
      organization: { id: clinicId, name: 'Городская поликлиника № 12' },
      specialty: { code: 'therapist', name: 'Терапевт участковый' },
      locationId: null,
      active: true,
    });
    await expectValidR4(role);
    expect(role).toMatchObject({
      practitioner: { reference: `Practitioner/${practitionerId}`, display: 'Иванова Мария Петровна' },
      specialty: [
        { coding: [{ code: 'therapist', display: 'Терапевт участковый' }], text: 'Терапевт участковый' },
      ],
    });
    expect(role).not.toHaveProperty('location');
  });

  it('is checked by a validator that refuses what R4 does not allow', async () => {
    await expect(
      expectValidR4({
        ...toLocation({ id: roomId, organizationId: clinicId, room: '1', floor: null, name: 'А' }),
        colour: 'red',
      }),
    ).rejects.toThrow(/colour/);
  });
});

const practitionerBase = {
  id: practitionerId,
  surname: 'Ли',
  name: 'Анна',
  patronymic: null,
  sex: 'female' as const,
  active: true,
};
