import { describe, expect, it } from 'vitest';
import type { TReferral } from './booking.api';
import { needsReferral, referralsOf } from './referral-need';

const ME = '11111111-1111-4111-8111-111111111111';
const WARD = '22222222-2222-4222-8222-222222222222';

const referral = (id: string, patientId: string): TReferral => ({
  id,
  patientId,
  specialty: { code: 'cardiologist', name: 'Кардиолог' },
  diagnosisCode: null,
  validUntil: '2026-12-30',
  issuedBy: { id: '33333333-3333-4333-8333-333333333333', name: 'Журавлёв Е. К.' },
  organization: { id: '44444444-4444-4444-8444-444444444444', name: 'ГП № 14' },
  usedByAppointmentId: null,
  cancelledAt: null,
  createdAt: '2026-11-30T09:00:00+03:00',
  isUsable: true,
});

describe('needsReferral', () => {
  it('asks for a referral where the specialty requires one or is closed to self-booking', () => {
    expect(needsReferral({ referralRequired: true, selfBooking: false })).toBe(true);
    expect(needsReferral({ referralRequired: false, selfBooking: false })).toBe(true);
    expect(needsReferral({ referralRequired: false, selfBooking: true })).toBe(false);
  });
});

describe('referralsOf', () => {
  const family = [referral('a', ME), referral('b', WARD), referral('c', ME)];

  it('keeps the referrals of the person being booked, not the rest of the family', () => {
    expect(referralsOf(family, ME).map((r) => r.id)).toEqual(['a', 'c']);
    expect(referralsOf(family, WARD).map((r) => r.id)).toEqual(['b']);
  });

  it('keeps the list as the server sent it while the person is not known yet', () => {
    expect(referralsOf(family, null)).toHaveLength(3);
  });
});
