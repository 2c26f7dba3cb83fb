import type { ReferralErrorCode } from '@talon/core/referrals';
import type { TicketEmailErrorCode } from '@talon/core/tickets';
import type { Mapping } from './error-mapping';

/** The answers of referral errors and of emailing a ticket (issue 6). */

export const referrals: Record<ReferralErrorCode, Mapping> = {
  PRACTITIONER_REQUIRED: {
    status: 403,
    detail: () =>
      'Выдавать направления может только врач, работающий в поликлинике пациента. Войдите под учётной записью врача.',
  },
  REFERRAL_SPECIALTY_UNKNOWN: {
    status: 400,
    detail: (p) => `Специальность «${p.code}» не найдена. Выберите специальность из списка.`,
  },
  REFERRAL_DIAGNOSIS_INVALID: {
    status: 400,
    detail: () => 'Код диагноза должен быть кодом МКБ-10: буква и две цифры, например J06.9 или I10.',
  },
  REFERRAL_VALIDITY_INVALID: {
    status: 400,
    detail: (p) =>
      `Срок действия направления — не раньше сегодняшнего дня и не дольше года: выберите дату с ${p.today} по ${p.last}.`,
  },
  REFERRAL_PATIENT_REQUIRED: {
    status: 400,
    detail: () => 'Не указано, чьи направления показать: выберите пациента или войдите как пациент.',
  },
};

export const ticketEmail: Record<TicketEmailErrorCode, Mapping> = {
  EMAIL_REQUIRED: {
    status: 409,
    detail: () =>
      'В вашем профиле не указана электронная почта. Добавьте её в профиле (раздел «Учётная запись») или укажите адрес для отправки талона.',
  },
  TICKET_EMAIL_RATE_LIMITED: {
    status: 429,
    detail: (p) =>
      `Талон этой записи можно отправить на почту не более ${p.limit} раз в час. Попробуйте позже или скачайте талон в PDF.`,
  },
};
