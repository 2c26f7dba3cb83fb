import { describe, expect, it } from 'vitest';
import { renderMessage } from '../messaging';
import { DomainError } from '../shared';
import { referralPayload } from './referral-messages';
import { isReferralUsableNow, referralDiagnosis, referralValidUntil } from './referral-rules';
import type { ReferralRecord } from './referrals.types';

// 30 November 2026, 23:30 in Moscow: already 1 December in Vladivostok.
const NOW = new Date('2026-11-30T20:30:00Z');

const codeOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return error instanceof DomainError ? `${error.code} ${error.options.field}` : String(error);
  }
  return null;
};

describe('referral validity', () => {
  it('defaults to 30 days from today in the clinic zone', () => {
    expect(referralValidUntil(undefined, NOW, 'Europe/Moscow')).toBe('2026-12-30');
    expect(referralValidUntil(undefined, NOW, 'Asia/Vladivostok')).toBe('2026-12-31');
  });

  it('accepts today up to a year ahead and refuses the rest, naming the field', () => {
    expect(referralValidUntil('2026-11-30', NOW, 'Europe/Moscow')).toBe('2026-11-30');
    expect(referralValidUntil('2027-11-30', NOW, 'Europe/Moscow')).toBe('2027-11-30');
    for (const date of ['2026-11-29', '2027-12-01']) {
      expect(codeOf(() => referralValidUntil(date, NOW, 'Europe/Moscow'))).toBe(
        'REFERRAL_VALIDITY_INVALID body.validUntil',
      );
    }
  });
});

describe('referral diagnosis', () => {
  it('stores ICD-10 canonically and leaves an empty one out', () => {
    expect(referralDiagnosis('j069')).toBe('J06.9');
    expect(referralDiagnosis('Е11,65')).toBe('E11.65');
    expect(referralDiagnosis(undefined)).toBeNull();
    expect(referralDiagnosis('  ')).toBeNull();
    expect(codeOf(() => referralDiagnosis('грипп'))).toBe('REFERRAL_DIAGNOSIS_INVALID body.diagnosisCode');
  });
});

describe('isReferralUsableNow', () => {
  const referral: ReferralRecord = {
    id: 'r1',
    patientId: 'p1',
    specialty: { code: 'cardiologist', name: 'Кардиолог' },
    diagnosisCode: null,
    validUntil: '2026-11-30',
    issuedBy: null,
    organization: null,
    timeZone: 'Europe/Moscow',
    usedByAppointmentId: null,
    cancelledAt: null,
    createdAt: NOW,
  };

  it('holds until the end of its last day in the clinic zone, unused and not cancelled', () => {
    expect(isReferralUsableNow(referral, NOW)).toBe(true);
    expect(isReferralUsableNow({ ...referral, timeZone: 'Asia/Vladivostok' }, NOW)).toBe(false);
    expect(isReferralUsableNow({ ...referral, usedByAppointmentId: 'a1' }, NOW)).toBe(false);
    expect(isReferralUsableNow({ ...referral, cancelledAt: NOW }, NOW)).toBe(false);
  });
});

describe('the "referral issued" message', () => {
  const payload = referralPayload({
    specialty: { code: 'cardiologist', name: 'Кардиолог' },
    validUntil: '2026-12-30',
    organizationName: 'Городская поликлиника № 5',
  });

  it('carries the specialty, the last day and the booking link — nothing about the diagnosis', () => {
    expect(payload).toEqual({
      specialty: 'Кардиолог',
      validUntil: '30.12.2026',
      clinic: 'Городская поликлиника № 5',
      link: '/doctors?specialty=cardiologist',
    });
  });

  it('renders a short SMS with the link, an email with HTML and text, and a notice', () => {
    const sms = renderMessage('referral_issued', 'sms', {
      ...payload,
      link: 'https://talon.example.ru/doctors?specialty=cardiologist',
    });
    // Neither the specialty nor the link that names it (issue 15, item 11).
    expect(sms.text).toBe(
      'Талон: вам выдано направление, действует до 30.12.2026. Записаться можно в личном кабинете.',
    );
    const email = renderMessage('referral_issued', 'email', payload);
    expect(email.subject).toBe('Направление: Кардиолог');
    expect(email.text).toContain('до 30.12.2026');
    expect(email.html).toContain('<a href="/doctors?specialty=cardiologist">Записаться к специалисту</a>');
    const notice = renderMessage('referral_issued', 'push', payload);
    expect(notice).toMatchObject({ title: 'Выдано направление', url: '/doctors?specialty=cardiologist' });
    expect(renderMessage('referral_issued', 'in_app', payload).body).toContain('Кардиолог');
  });

  it('refuses to render without the last day', () => {
    const { validUntil: _, ...incomplete } = payload;
    expect(() => renderMessage('referral_issued', 'sms', incomplete)).toThrow(DomainError);
  });
});
