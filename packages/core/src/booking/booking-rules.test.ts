import { describe, expect, it } from 'vitest';
import { freeSlotFacts } from '../testing';
import { BookingErrorCode } from './booking.errors';
import { DEFAULT_BOOKING_POLICY, type PatientBookingFacts, type SlotFacts } from './booking.types';
import {
  checkAttachment,
  checkChannel,
  checkHorizon,
  checkNoShow,
  checkNotice,
  checkPriorityQuota,
  checkReferral,
  checkSpecialtyLimit,
  isHeldByOther,
  noShowSuspendedUntil,
  patientRefusals,
  slotRefusals,
  specialtyLimitFor,
} from './booking-rules';

const NOW = new Date('2026-11-30T06:00:00Z'); // 09:00 in Moscow
const hours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);

const slot = (overrides: Partial<SlotFacts> = {}): SlotFacts => freeSlotFacts(NOW, overrides);

const patient = (overrides: Partial<PatientBookingFacts> = {}): PatientBookingFacts => ({
  id: 'p1',
  attachedOrganizationId: 'org1',
  privilegedCategory: null,
  noShowStarts: [],
  activeInSpecialty: 0,
  ...overrides,
});

const referral = {
  id: 'r1',
  patientId: 'p1',
  specialtyCode: 'cardiologist',
  validUntil: '2026-12-31',
  usedByAppointmentId: null,
  cancelledAt: null,
};

describe('rule 4: notice and horizon', () => {
  it('refuses a slot in the past or inside the minimum notice, accepts one just after it', () => {
    expect(checkNotice(slot({ startsAt: hours(-1) }), NOW)?.code).toBe(BookingErrorCode.SLOT_IN_PAST);
    expect(checkNotice(slot({ startsAt: hours(1) }), NOW)?.code).toBe(BookingErrorCode.SLOT_IN_PAST);
    expect(checkNotice(slot({ startsAt: new Date(hours(1).getTime() + 60_000) }), NOW)).toBeNull();
  });

  it("counts the horizon in the clinic's local days", () => {
    expect(checkHorizon(slot({ startsAt: new Date('2026-12-14T20:00:00Z') }), NOW)).toBeNull(); // 14 Dec 23:00 MSK
    expect(checkHorizon(slot({ startsAt: new Date('2026-12-14T21:00:00Z') }), NOW)?.code).toBe(
      BookingErrorCode.BEYOND_HORIZON,
    ); // 15 Dec 00:00 MSK
    // Kamchatka (UTC+12): 30 Nov 06:00 UTC is already 30 Nov 18:00 there; 14 Dec 12:00 UTC is 15 Dec 00:00.
    const kamchatka = slot({
      startsAt: new Date('2026-12-14T12:00:00Z'),
      organization: { ...slot().organization, timeZone: 'Asia/Kamchatka' },
    });
    expect(checkHorizon(kamchatka, NOW)?.code).toBe(BookingErrorCode.BEYOND_HORIZON);
  });
});

describe('rule 5: channel, attachment, referral', () => {
  it('books only through a channel the slot allows (mobile and API count as internet)', () => {
    expect(checkChannel(slot({ channels: ['registry'] }), 'internet')?.code).toBe(
      BookingErrorCode.CHANNEL_NOT_ALLOWED,
    );
    expect(checkChannel(slot({ channels: ['registry'] }), 'registry')).toBeNull();
    expect(checkChannel(slot({ channels: ['internet'] }), 'mobile')).toBeNull();
  });

  it('books attachment-required specialties only at the attached clinic', () => {
    const s = slot({ specialty: { selfBooking: true, referralRequired: false, attachmentRequired: true } });
    expect(checkAttachment(s, patient())).toBeNull();
    expect(checkAttachment(s, patient({ attachedOrganizationId: 'org2' }))?.code).toBe(
      BookingErrorCode.NOT_ATTACHED,
    );
    expect(checkAttachment(s, patient({ attachedOrganizationId: null }))?.code).toBe(
      BookingErrorCode.NOT_ATTACHED,
    );
    expect(checkAttachment(slot(), patient({ attachedOrganizationId: null }))).toBeNull();
  });

  it('needs a valid, unused referral of the same specialty for referral-only specialties', () => {
    const s = slot({
      specialtyCode: 'cardiologist',
      specialty: { selfBooking: false, referralRequired: true, attachmentRequired: false },
    });
    expect(checkReferral(s, 'p1', null, 'internet', NOW)?.code).toBe(BookingErrorCode.REFERRAL_REQUIRED);
    expect(checkReferral(s, 'p1', referral, 'internet', NOW)).toBeNull();
    for (const bad of [
      { ...referral, patientId: 'p2' },
      { ...referral, specialtyCode: 'neurologist' },
      { ...referral, validUntil: '2026-11-29' },
      { ...referral, usedByAppointmentId: 'a1' },
      { ...referral, cancelledAt: NOW },
    ]) {
      expect(checkReferral(s, 'p1', bad, 'internet', NOW)?.code).toBe(BookingErrorCode.REFERRAL_REQUIRED);
    }
    expect(checkReferral(slot(), 'p1', null, 'internet', NOW)).toBeNull();
  });
});

describe('rule 9: priority quota', () => {
  const priority = slot({ isPriority: true, priorityReleasedAt: hours(2) });
  it('keeps priority slots for privileged patients until their release', () => {
    expect(checkPriorityQuota(priority, patient(), NOW)?.code).toBe(BookingErrorCode.PRIORITY_QUOTA);
    expect(checkPriorityQuota(priority, patient({ privilegedCategory: 'pensioner' }), NOW)).toBeNull();
    // Rule 8: a patient whose visit the clinic cancelled books the quota while their rebooking priority lasts.
    expect(checkPriorityQuota(priority, patient(), NOW, true)).toBeNull();
    expect(checkPriorityQuota(priority, patient(), hours(2))).toBeNull();
    expect(checkPriorityQuota(slot({ isPriority: true }), patient(), NOW)?.code).toBe(
      BookingErrorCode.PRIORITY_QUOTA,
    );
  });
});

describe('rule 3: one active future appointment per specialty', () => {
  const at = slot();

  it('refuses at the limit', () => {
    expect(checkSpecialtyLimit(patient({ activeInSpecialty: 0 }), DEFAULT_BOOKING_POLICY, at)).toBeNull();
    expect(checkSpecialtyLimit(patient({ activeInSpecialty: 1 }), DEFAULT_BOOKING_POLICY, at)?.code).toBe(
      BookingErrorCode.SPECIALTY_LIMIT,
    );
    expect(
      checkSpecialtyLimit(
        patient({ activeInSpecialty: 1 }),
        { ...DEFAULT_BOOKING_POLICY, specialtyLimit: 2 },
        at,
      ),
    ).toBeNull();
  });

  it('takes the most specific rule of region and specialty, then the installation number', () => {
    const policy = {
      ...DEFAULT_BOOKING_POLICY,
      specialtyLimit: 1,
      specialtyLimits: [
        { region: '*', specialty: 'ophthalmologist', limit: 2 },
        { region: '77', specialty: 'ophthalmologist', limit: 3 },
        { region: '39', specialty: '*', limit: 4 },
      ],
    };
    expect(specialtyLimitFor(policy, { regionCode: '77', specialtyCode: 'ophthalmologist' })).toBe(3);
    expect(specialtyLimitFor(policy, { regionCode: '39', specialtyCode: 'ophthalmologist' })).toBe(2);
    expect(specialtyLimitFor(policy, { regionCode: '39', specialtyCode: 'dentist' })).toBe(4);
    expect(specialtyLimitFor(policy, { regionCode: '41', specialtyCode: 'dentist' })).toBe(1);
    expect(checkSpecialtyLimit(patient({ activeInSpecialty: 2 }), policy, at)).toBeNull();
    const refusal = checkSpecialtyLimit(patient({ activeInSpecialty: 3 }), policy, at);
    expect(refusal).toEqual({ code: BookingErrorCode.SPECIALTY_LIMIT, params: { limit: 3 } });
  });
});

describe('rule 3a: no-shows', () => {
  const days = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

  it('suspends online booking for 30 days after the second no-show within 12 months', () => {
    expect(noShowSuspendedUntil([days(10)], NOW, DEFAULT_BOOKING_POLICY)).toBeNull();
    expect(noShowSuspendedUntil([days(200), days(10)], NOW, DEFAULT_BOOKING_POLICY)).toEqual(
      new Date(days(10).getTime() + 30 * 86_400_000),
    );
    expect(noShowSuspendedUntil([days(400), days(10)], NOW, DEFAULT_BOOKING_POLICY)).toBeNull();
    expect(noShowSuspendedUntil([days(60), days(40)], NOW, DEFAULT_BOOKING_POLICY)).toBeNull();
  });

  it('lets the registry book a suspended patient and tells the patient until when', () => {
    const suspended = patient({ noShowStarts: [days(20), days(5)] });
    const refusal = checkNoShow(suspended, 'internet', NOW, DEFAULT_BOOKING_POLICY, 'Europe/Moscow');
    expect(refusal?.code).toBe(BookingErrorCode.NO_SHOW_SUSPENDED);
    expect(refusal?.params?.until).toBe('25.12.2026');
    expect(checkNoShow(suspended, 'registry', NOW, DEFAULT_BOOKING_POLICY, 'Europe/Moscow')).toBeNull();
  });
});

describe('holds and the combined rules', () => {
  it("treats a live hold of someone else as taken, an expired one or one's own as free", () => {
    const held = slot({ heldByPatientId: 'p2', heldUntil: hours(0.05) });
    expect(isHeldByOther(held, ['p1'], NOW)).toBe(true);
    expect(isHeldByOther(held, ['p2'], NOW)).toBe(false);
    expect(isHeldByOther(held, ['p1'], hours(0.1))).toBe(false);
  });

  it('lists every refusal, slot rules first', () => {
    expect(
      slotRefusals(slot({ startsAt: hours(-1), channels: [] }), 'internet', NOW).map((r) => r.code),
    ).toEqual([BookingErrorCode.SLOT_IN_PAST, BookingErrorCode.CHANNEL_NOT_ALLOWED]);
    const refusals = patientRefusals({
      slot: slot({ specialty: { selfBooking: true, referralRequired: false, attachmentRequired: true } }),
      patient: patient({ attachedOrganizationId: 'x', activeInSpecialty: 1 }),
      referral: null,
      channel: 'internet',
      now: NOW,
      policy: DEFAULT_BOOKING_POLICY,
    });
    expect(refusals.map((r) => r.code)).toEqual([
      BookingErrorCode.NOT_ATTACHED,
      BookingErrorCode.SPECIALTY_LIMIT,
    ]);
  });
});
