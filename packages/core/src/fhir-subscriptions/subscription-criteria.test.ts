import { describe, expect, it } from 'vitest';
import { type AppointmentFacts, matchesCriteria, parseSubscriptionCriteria } from './subscription-criteria';

const PRACTITIONER = '0b5d3c1e-1111-4a6b-9c1d-000000000001';
const ROLE = '0b5d3c1e-2222-4a6b-9c1d-000000000002';
const ROOM = '0b5d3c1e-3333-4a6b-9c1d-000000000003';
const PATIENT = '0b5d3c1e-4444-4a6b-9c1d-000000000004';

const parsed = (text: string) => {
  const result = parseSubscriptionCriteria(text);
  if (!result.ok) throw new Error(result.problem);
  return result.criteria;
};

const visit: AppointmentFacts = {
  practitionerId: PRACTITIONER,
  practitionerRoleId: ROLE,
  locationId: ROOM,
  patientId: PATIENT,
  status: 'booked',
};

describe('parseSubscriptionCriteria', () => {
  it('reads an actor of each type, a patient and a list of statuses', () => {
    expect(parsed(`Appointment?actor=Practitioner/${PRACTITIONER}`).actor).toEqual({
      type: 'Practitioner',
      id: PRACTITIONER,
    });
    expect(parsed(`Appointment?actor=PractitionerRole/${ROLE}`).actor?.type).toBe('PractitionerRole');
    expect(parsed(`Appointment?actor=Location/${ROOM}`).actor?.type).toBe('Location');
    const both = parsed(`Appointment?patient=Patient/${PATIENT}&status=booked,cancelled`);
    expect(both.patientId).toBe(PATIENT);
    expect(both.statuses).toEqual([
      'booked',
      'confirmed',
      'cancelled_by_patient',
      'cancelled_by_clinic',
      'rescheduled',
    ]);
    expect(parsed(`Appointment?patient=${PATIENT.toUpperCase()}`).patientId).toBe(PATIENT);
  });

  it.each([
    ['Patient?identifier=1', 'Appointment?'],
    [`Appointment?actor=Organization/${ROLE}`, 'actor'],
    ['Appointment?actor=Practitioner/42', 'идентификатор'],
    [`Appointment?actor=Practitioner/${ROLE}&actor=Location/${ROOM}`, 'повторяется'],
    [`Appointment?patient=${PATIENT}&status=proposed`, 'proposed'],
    [`Appointment?patient=${PATIENT}&date=ge2026-12-01`, 'date'],
    ['Appointment?status=booked', 'actor или patient'],
    ['Appointment?patient=Patient/abc', 'patient'],
  ])('refuses %s with a Russian reason', (text, fragment) => {
    const result = parseSubscriptionCriteria(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problem).toContain(fragment);
  });
});

describe('matchesCriteria', () => {
  it('matches on the actor named, whichever its type', () => {
    expect(matchesCriteria(parsed(`Appointment?actor=Practitioner/${PRACTITIONER}`), visit)).toBe(true);
    expect(matchesCriteria(parsed(`Appointment?actor=PractitionerRole/${ROLE}`), visit)).toBe(true);
    expect(matchesCriteria(parsed(`Appointment?actor=Location/${ROOM}`), visit)).toBe(true);
    expect(matchesCriteria(parsed(`Appointment?actor=Practitioner/${ROLE}`), visit)).toBe(false);
    expect(
      matchesCriteria(parsed(`Appointment?actor=Location/${ROOM}`), { ...visit, locationId: null }),
    ).toBe(false);
  });

  it('needs every part to match: patient and the status after the change', () => {
    const criteria = parsed(
      `Appointment?actor=Practitioner/${PRACTITIONER}&patient=${PATIENT}&status=cancelled`,
    );
    expect(matchesCriteria(criteria, visit)).toBe(false);
    expect(matchesCriteria(criteria, { ...visit, status: 'cancelled_by_clinic' })).toBe(true);
    expect(matchesCriteria(criteria, { ...visit, status: 'rescheduled' })).toBe(true);
    expect(matchesCriteria(criteria, { ...visit, status: 'cancelled_by_patient', patientId: ROLE })).toBe(
      false,
    );
  });
});
