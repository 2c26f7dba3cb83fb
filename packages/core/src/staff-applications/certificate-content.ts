import { russianDate } from '../document-requests';
import { russianPlural } from '../shared';
import type { CertificateFacts, StaffCertificateContent } from './staff-applications.ports';
import { STAFF_CERTIFICATE_TITLES, type StaffCertificateKind } from './staff-applications.types';

const YEARS = { one: 'год', few: 'года', many: 'лет' };
const MONTHS = { one: 'месяц', few: 'месяца', many: 'месяцев' };

/** Whole years and months from `since` to `today` (both `YYYY-MM-DD`): «12 лет 3 месяца», «0 месяцев». */
export function lengthOfService(since: string, today: string): string {
  const [y1, m1, d1] = since.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = today.split('-').map(Number) as [number, number, number];
  let months = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
  if (months < 0) months = 0;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts = [
    ...(years > 0 ? [`${years} ${russianPlural(years, YEARS)}`] : []),
    ...(rest > 0 || years === 0 ? [`${rest} ${russianPlural(rest, MONTHS)}`] : []),
  ];
  return parts.join(' ');
}

const QUALIFICATION_TYPE_NAMES: Record<string, string> = {
  diploma: 'Диплом',
  accreditation: 'Аккредитация',
  qualification_category: 'Квалификационная категория',
  training_certificate: 'Удостоверение о повышении квалификации',
};

const CATEGORY_NAMES: Record<string, string> = {
  none: 'без категории',
  second: 'вторая',
  first: 'первая',
  highest: 'высшая',
};

/**
 * What a staff certificate states, from the clinic's own records only: the work-experience certificate — the
 * positions held at the clinic since their first day and the length of service there and in total; the
 * qualification certificate — the category and the confirmed qualification documents (number, specialty,
 * validity). Nothing about anyone's health.
 */
export function staffCertificateContent(
  kind: StaffCertificateKind,
  facts: CertificateFacts,
  issue: { number: string; issuedOn: string; checkUrl: string },
): StaffCertificateContent {
  const { organization, practitioner } = facts;
  const head = {
    title: STAFF_CERTIFICATE_TITLES[kind],
    number: issue.number,
    issuedOn: issue.issuedOn,
    organization: { name: organization.name, address: organization.address, phone: organization.phone },
    employee: practitioner.fullName,
    signedBy: organization.name,
    checkUrl: issue.checkUrl,
  };
  if (kind === 'work_experience') {
    const first = facts.positions.map((p) => p.employedSince).sort()[0] ?? issue.issuedOn;
    return {
      ...head,
      lines: [
        ...facts.positions.map((p) => ({
          label: 'Должность',
          value: `${p.specialty}, с ${russianDate(p.employedSince)}`,
        })),
        { label: 'Стаж работы в организации', value: lengthOfService(first, issue.issuedOn) },
        {
          label: 'Общий стаж по специальности',
          value: `${lengthOfService(practitioner.experienceSince, issue.issuedOn)} (с ${russianDate(practitioner.experienceSince)})`,
        },
      ],
      statement: `Дана ${practitioner.fullName} в том, что он(а) работает в «${organization.name}» с ${russianDate(first)} по настоящее время. Справка выдана для предъявления по месту требования.`,
    };
  }
  const confirmed = facts.qualifications.filter((q) => q.status === 'confirmed');
  return {
    ...head,
    lines: [
      {
        label: 'Квалификационная категория',
        value: CATEGORY_NAMES[practitioner.qualificationCategory] ?? practitioner.qualificationCategory,
      },
      ...confirmed.map((q) => ({
        label: QUALIFICATION_TYPE_NAMES[q.type] ?? q.type,
        value: [
          `№ ${q.number}`,
          q.specialtyName,
          `выдан ${russianDate(q.issuedOn)}`,
          ...(q.validUntil ? [`действителен до ${russianDate(q.validUntil)}`] : []),
        ].join(', '),
      })),
    ],
    statement:
      confirmed.length > 0
        ? `Подтверждаем, что ${practitioner.fullName} имеет указанные документы о квалификации, проверенные «${organization.name}».`
        : `Подтверждённых документов о квалификации ${practitioner.fullName} в «${organization.name}» нет.`,
  };
}
