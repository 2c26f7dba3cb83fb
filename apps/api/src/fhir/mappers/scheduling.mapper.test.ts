import { describe, expect, it } from 'vitest';
import { expectValidR4 } from '../testing/fhir-validator';
import { toSchedule, toSlot } from './scheduling.mapper';

const roleId = '3e0a9f4b-6f6c-4d8a-8d76-9d4a5b6c7e8f';
const role = {
  id: roleId,
  practitioner: { id: '4f1b0a5c-7a7d-4e9b-9e87-ae5b6c7d8f90', name: 'Петров Иван Сергеевич' },
  organization: { id: '5a2c1b6d-8b8e-4fac-af98-bf6c7d8e9fa1', name: 'Городская поликлиника № 3' },
  specialty: { code: 'surgeon', name: 'Хирург' },
  locationId: '6b3d2c7e-9c9f-4abd-b0a9-c07d8e9fa0b2',
  active: true,
};

describe('scheduling mappers', () => {
  it("writes a practitioner role's timetable as a valid Schedule with the role, the doctor and the room", async () => {
    const schedule = toSchedule(role);
    await expectValidR4(schedule);
    expect(schedule.id).toBe(roleId);
    expect(schedule.actor).toEqual([
      { reference: `PractitionerRole/${roleId}`, display: 'Петров Иван Сергеевич, Хирург' },
      { reference: `Practitioner/${role.practitioner.id}`, display: 'Петров Иван Сергеевич' },
      { reference: `Location/${role.locationId}` },
    ]);
  });

  it('writes a slot as a valid Slot of its Schedule, times as UTC instants', async () => {
    const slot = toSlot({
      id: '7c4e3d8f-a0a0-4bce-b1ba-d18e9fa0b1c3',
      practitionerRoleId: roleId,
      specialty: role.specialty,
      startsAt: new Date('2026-12-08T06:00:00Z'),
      endsAt: new Date('2026-12-08T06:30:00Z'),
      status: 'busy-tentative',
    });
    await expectValidR4(slot);
    expect(slot).toMatchObject({
      schedule: { reference: `Schedule/${roleId}` },
      status: 'busy-tentative',
      start: '2026-12-08T06:00:00.000Z',
      end: '2026-12-08T06:30:00.000Z',
      serviceType: [{ text: 'Хирург' }],
    });
  });
});
