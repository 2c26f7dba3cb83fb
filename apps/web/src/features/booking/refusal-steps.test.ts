import { describe, expect, it } from 'vitest';
import { refusalSteps, THERAPIST_HREF } from './refusal-steps';

const CLINIC = '44444444-4444-4444-8444-444444444444';
const hrefs = (code: string) => refusalSteps(code, CLINIC)?.links.map((link) => link.href);

describe('refusalSteps', () => {
  it('sends a patient without a referral to the therapist, who gives one', () => {
    expect(THERAPIST_HREF).toBe('/doctors?specialty=therapist');
    expect(refusalSteps('REFERRAL_REQUIRED', CLINIC)).toEqual({
      advice: 'booking.refusal.referralRequired',
      links: [{ href: THERAPIST_HREF, label: 'booking.refusal.toTherapist' }],
      isChooseAnotherTime: false,
    });
  });

  it('sends an unattached patient straight to the application to attach to this clinic, then to the clinics', () => {
    expect(hrefs('NOT_ATTACHED')).toEqual([`/attachment?organization=${CLINIC}`, '/clinics']);
  });

  it('sends a patient over the specialty limit to «Мои записи», the suspended one to the clinic page', () => {
    expect(hrefs('SPECIALTY_LIMIT')).toEqual(['/appointments']);
    expect(hrefs('NO_SHOW_SUSPENDED')).toEqual([`/clinics/${CLINIC}`]);
  });

  it('sends a booking for someone without consent to the family page', () => {
    expect(hrefs('CONSENT_REQUIRED')).toEqual(['/account/family']);
  });

  it.each(['PRIORITY_QUOTA', 'CHANNEL_NOT_ALLOWED', 'BEYOND_HORIZON', 'SLOT_IN_PAST'])(
    'sends %s back to another time of the same choice',
    (code) => {
      const steps = refusalSteps(code, CLINIC);
      expect(steps?.isChooseAnotherTime).toBe(true);
      expect(steps?.links).toEqual([]);
    },
  );

  it('has no step of its own for other codes, nor for an answer without a code', () => {
    expect(refusalSteps('SLOT_TAKEN', CLINIC)).toBeNull();
    expect(refusalSteps('IDEMPOTENCY_KEY_IN_FLIGHT', CLINIC)).toBeNull();
    expect(refusalSteps(null, CLINIC)).toBeNull();
  });

  it('gives each refusal its own advice', () => {
    const codes = [
      'REFERRAL_REQUIRED',
      'NOT_ATTACHED',
      'SPECIALTY_LIMIT',
      'NO_SHOW_SUSPENDED',
      'CONSENT_REQUIRED',
      'PRIORITY_QUOTA',
      'CHANNEL_NOT_ALLOWED',
      'BEYOND_HORIZON',
      'SLOT_IN_PAST',
    ];
    const advice = new Set(codes.map((code) => refusalSteps(code, CLINIC)?.advice));
    expect(advice.size).toBe(codes.length);
  });
});
