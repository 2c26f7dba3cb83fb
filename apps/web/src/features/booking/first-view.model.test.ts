import { describe, expect, it } from 'vitest';
import type { TPractitioner } from '../directory/directory.api';
import { firstFreeDay, roleInScope, slotScopeOf } from './first-view.model';

const role = (organization: string, specialty: string, timeZone = 'Europe/Moscow') => ({
  organization: { id: organization, timeZone },
  specialty: { code: specialty },
});
const doctor = (roles: ReturnType<typeof role>[]) => ({ roles }) as unknown as TPractitioner;

describe('the time choice first view', () => {
  it('reads the scope of a link, the patient themself unless a ward is chosen', () => {
    const params = new URLSearchParams('practitioner=p1&specialty=ophthalmologist&visitType=video');
    expect(slotScopeOf(params)).toEqual({
      practitioner: 'p1',
      organization: undefined,
      specialty: 'ophthalmologist',
      patientId: undefined,
      visitType: 'video',
    });
    expect(slotScopeOf(new URLSearchParams('practitioner=p1&visitType=home'), 'ward-1')).toMatchObject({
      patientId: 'ward-1',
      visitType: undefined,
    });
  });

  it('opens on the first day that still has a free time', () => {
    expect(
      firstFreeDay([
        { date: '2026-12-07', free: 0 },
        { date: '2026-12-08', free: 3 },
        { date: '2026-12-09', free: 1 },
      ]),
    ).toBe('2026-12-08');
    expect(firstFreeDay([{ date: '2026-12-07', free: 0 }])).toBeNull();
  });

  it('takes the clinic zone from the place of work the link points at', () => {
    const practitioner = doctor([
      role('o1', 'therapist', 'Europe/Moscow'),
      role('o2', 'ophthalmologist', 'Asia/Kamchatka'),
    ]);
    const scope = slotScopeOf(new URLSearchParams('practitioner=p1&specialty=ophthalmologist'));
    expect(roleInScope(practitioner, scope)?.organization.timeZone).toBe('Asia/Kamchatka');
    expect(roleInScope(practitioner, { ...scope, organization: 'o1' })).toBeUndefined();
    expect(roleInScope(undefined, scope)).toBeUndefined();
  });
});
