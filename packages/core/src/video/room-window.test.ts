import { describe, expect, it } from 'vitest';
import type { Principal } from '../identity';
import { isVisitPractitioner } from './room-participant';
import { isRoomOpen } from './room-window';
import type { VideoAppointment } from './video.types';

const start = new Date('2026-12-07T10:00:00Z');
const visit: VideoAppointment = {
  appointmentId: 'a1',
  patientId: 'p1',
  practitionerId: 'd1',
  organizationId: 'o1',
  startsAt: start,
  endsAt: new Date('2026-12-07T10:30:00Z'),
  status: 'booked',
  visitType: 'video',
  clinicPhone: null,
};
const at = (iso: string) => new Date(iso);

describe('the video room window (issue 17 item 1)', () => {
  it('opens exactly 15 minutes before the start', () => {
    expect(isRoomOpen(visit, at('2026-12-07T09:44:59.999Z'))).toBe(false);
    expect(isRoomOpen(visit, at('2026-12-07T09:45:00Z'))).toBe(true);
    expect(isRoomOpen(visit, at('2026-12-07T10:10:00Z'))).toBe(true);
  });

  it('closes once the visit is finished, cancelled, moved or a no-show', () => {
    const now = at('2026-12-07T10:05:00Z');
    for (const status of ['confirmed', 'arrived'] as const) {
      expect(isRoomOpen({ ...visit, status }, now)).toBe(true);
    }
    for (const status of [
      'fulfilled',
      'cancelled_by_patient',
      'cancelled_by_clinic',
      'rescheduled',
      'noshow',
    ] as const) {
      expect(isRoomOpen({ ...visit, status }, now)).toBe(false);
    }
  });

  it('closes two hours after the planned end when nobody finished the visit', () => {
    expect(isRoomOpen(visit, at('2026-12-07T12:30:00Z'))).toBe(true);
    expect(isRoomOpen(visit, at('2026-12-07T12:30:00.001Z'))).toBe(false);
  });

  it('never opens for an in-person or home visit', () => {
    const now = at('2026-12-07T10:00:00Z');
    expect(isRoomOpen({ ...visit, visitType: 'in_person' }, now)).toBe(false);
    expect(isRoomOpen({ ...visit, visitType: 'home' }, now)).toBe(false);
  });
});

describe('the visit practitioner', () => {
  const doctor = (over: Partial<Principal> = {}): Principal =>
    ({
      accountId: 'acc',
      sessionId: 's',
      transport: 'cookie',
      stage: 'full',
      displayName: 'Д',
      patientId: null,
      practitionerId: 'd1',
      roles: [{ role: 'doctor', organizationId: 'o1' }],
      csrfToken: null,
      ...over,
    }) as Principal;

  it('is the appointment practitioner working at its clinic as a doctor or nurse', () => {
    expect(isVisitPractitioner(doctor(), visit)).toBe(true);
    expect(
      isVisitPractitioner(
        doctor({ roles: [{ role: 'nurse', organizationId: 'o1' }] } as Partial<Principal>),
        visit,
      ),
    ).toBe(true);
  });

  it('is not another doctor, nor the same doctor at another clinic, nor a registrar', () => {
    expect(isVisitPractitioner(doctor({ practitionerId: 'd2' }), visit)).toBe(false);
    expect(
      isVisitPractitioner(
        doctor({ roles: [{ role: 'doctor', organizationId: 'o2' }] } as Partial<Principal>),
        visit,
      ),
    ).toBe(false);
    expect(
      isVisitPractitioner(
        doctor({ roles: [{ role: 'registrar', organizationId: 'o1' }] } as Partial<Principal>),
        visit,
      ),
    ).toBe(false);
    expect(isVisitPractitioner(doctor({ practitionerId: null }), { ...visit })).toBe(false);
  });
});
