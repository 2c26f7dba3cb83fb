import { describe, expect, it } from 'vitest';
import { lengthOfService, staffCertificateContent } from './certificate-content';
import type { CertificateFacts } from './staff-applications.ports';

const facts: CertificateFacts = {
  practitioner: {
    id: 'p1',
    fullName: 'Иванова Мария Петровна',
    experienceSince: '2010-09-01',
    qualificationCategory: 'first',
  },
  organization: { id: 'o1', name: 'ГП № 1', address: 'Москва', phone: null, timeZone: 'Europe/Moscow' },
  positions: [
    { specialty: 'Терапевт', employedSince: '2018-02-15' },
    { specialty: 'Кардиолог', employedSince: '2020-01-10' },
  ],
  qualifications: [
    {
      id: 'q1',
      practitionerId: 'p1',
      type: 'accreditation',
      number: '7726 000123',
      issuedOn: '2022-05-01',
      validUntil: '2027-04-30',
      specialtyCode: 'therapist',
      specialtyName: 'Терапия',
      scanUploadId: null,
      status: 'confirmed',
      createdAt: new Date(),
      updatedAt: new Date(),
    },
    {
      id: 'q2',
      practitionerId: 'p1',
      type: 'diploma',
      number: 'D-1',
      issuedOn: '2010-06-30',
      validUntil: null,
      specialtyCode: 'therapist',
      specialtyName: 'Терапия',
      scanUploadId: null,
      status: 'in_work',
      createdAt: new Date(),
      updatedAt: new Date(),
    },
  ],
};
const issue = { number: 'СПР-2026-000001', issuedOn: '2026-03-14', checkUrl: 'https://t/check/x' };

describe('lengthOfService', () => {
  it('counts whole years and months', () => {
    expect(lengthOfService('2018-02-15', '2026-03-14')).toBe('8 лет');
    expect(lengthOfService('2018-02-15', '2026-03-15')).toBe('8 лет 1 месяц');
    expect(lengthOfService('2025-12-01', '2026-03-14')).toBe('3 месяца');
    expect(lengthOfService('2026-03-01', '2026-03-14')).toBe('0 месяцев');
    expect(lengthOfService('2005-01-01', '2026-03-14')).toBe('21 год 2 месяца');
  });
});

describe('staffCertificateContent', () => {
  it('states the positions, the first day and the length of service', () => {
    const content = staffCertificateContent('work_experience', facts, issue);
    expect(content.title).toBe('Справка о стаже работы');
    expect(content.lines).toContainEqual({ label: 'Должность', value: 'Терапевт, с 15.02.2018' });
    expect(content.lines).toContainEqual({ label: 'Стаж работы в организации', value: '8 лет' });
    expect(content.statement).toContain('с 15.02.2018 по настоящее время');
  });

  it('lists only the confirmed qualifications, with the category', () => {
    const content = staffCertificateContent('qualification', facts, issue);
    expect(content.lines).toEqual([
      { label: 'Квалификационная категория', value: 'первая' },
      {
        label: 'Аккредитация',
        value: '№ 7726 000123, Терапия, выдан 01.05.2022, действителен до 30.04.2027',
      },
    ]);
  });
});
