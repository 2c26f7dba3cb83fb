import { DomainError } from '../shared';
import { MessagingErrorCode } from './messaging.errors';
import type { Channel, RenderedMessage, TemplateName } from './messaging.types';

type Payload = Record<string, string>;
type EmailParts = { subject: string; lines: string[] };

interface Template {
  /** Payload keys the texts need. */
  requires: readonly string[];
  /** SMS: short, no full names and no diagnoses; one segment where possible. */
  sms?: (p: Payload) => string;
  /** Email: a subject and paragraphs of plain text; HTML is built from them, escaped. */
  email?: (p: Payload) => EmailParts;
}

const BRAND = 'Талон';
const NOT_YOU = 'Если это были не вы, смените пароль и обратитесь в поддержку Талона.';
const IGNORE = 'Если вы ничего не запрашивали, просто проигнорируйте это сообщение.';

/** `1 минуту`, `3 минуты`, `5 минут`: Russian plural of the validity period. */
export function pluralizeMinutes(value: string): string {
  const n = Number(value);
  const mod10 = n % 10;
  const mod100 = n % 100;
  const word =
    mod10 === 1 && mod100 !== 11
      ? 'минуту'
      : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)
        ? 'минуты'
        : 'минут';
  return `${value} ${word}`;
}

const valid = (p: Payload) => `Код действует ${pluralizeMinutes(p.minutes!)}.`;
const codeRequired = ['code', 'minutes'] as const;

const TEMPLATES: Record<TemplateName, Template> = {
  registration_code: {
    requires: codeRequired,
    sms: (p) => `${BRAND}: код подтверждения телефона ${p.code}. ${valid(p)} Никому его не сообщайте.`,
  },
  login_code: {
    requires: codeRequired,
    sms: (p) => `${BRAND}: код для входа ${p.code}. ${valid(p)} Никому его не сообщайте.`,
  },
  password_reset_code: {
    requires: codeRequired,
    sms: (p) => `${BRAND}: код для восстановления пароля ${p.code}. ${valid(p)} Никому его не сообщайте.`,
    email: (p) => ({
      subject: 'Восстановление пароля в Талоне',
      lines: [
        `Код для восстановления пароля: ${p.code}.`,
        `${valid(p)} Никому его не сообщайте, сотрудники поликлиники его не спрашивают.`,
        IGNORE,
      ],
    }),
  },
  ward_consent_code: {
    requires: codeRequired,
    // The recipient hands this code to the person who asks; entering it is their consent.
    sms: (p) =>
      `${BRAND}: вас просят разрешить запись к врачу от вашего имени. Согласны — передайте код ${p.code} тому, кто просит. ${valid(p)}`,
  },
  contact_change_code: {
    requires: codeRequired,
    sms: (p) =>
      `${BRAND}: код для подтверждения нового номера ${p.code}. ${valid(p)} Никому его не сообщайте.`,
    email: (p) => ({
      subject: 'Подтверждение адреса почты в Талоне',
      lines: [`Код для подтверждения адреса: ${p.code}.`, `${valid(p)} Никому его не сообщайте.`, IGNORE],
    }),
  },
  password_changed: {
    requires: [],
    sms: () => `${BRAND}: пароль от вашей учётной записи изменён. ${NOT_YOU}`,
    email: () => ({
      subject: 'Пароль в Талоне изменён',
      lines: ['Пароль от вашей учётной записи в Талоне изменён.', NOT_YOU],
    }),
  },
  new_login: {
    // `at`: the time of the login, already formatted for the reader; `device`: a short browser/OS label.
    requires: ['at'],
    email: (p) => ({
      subject: 'Новый вход в Талон',
      lines: [
        `В вашу учётную запись выполнен вход ${p.at}${p.device ? ` (${p.device})` : ''}.`,
        `Если это были вы, ничего делать не нужно. ${NOT_YOU}`,
      ],
    }),
  },
  // Booking (issue 4). `at`: local date and time of the visit; `clinic`, `room`: where; `appointmentCode`: the
  // human code (not `code`, which is a 6-digit one-time code). No patient name or diagnosis in an SMS.
  booking_confirmed: {
    requires: ['appointmentCode', 'at', 'clinic'],
    sms: (p) =>
      `${BRAND}: вы записаны ${p.at}${p.specialty ? ` (${p.specialty})` : ''}, ${p.clinic}${p.room ? `, каб. ${p.room}` : ''}. Код записи ${p.appointmentCode}. Отменить или перенести — в личном кабинете.`,
  },
  booking_cancelled: {
    requires: ['appointmentCode', 'at', 'clinic'],
    sms: (p) =>
      `${BRAND}: запись ${p.appointmentCode} на ${p.at}, ${p.clinic}, отменена. Записаться снова можно в личном кабинете.`,
  },
  booking_cancelled_by_clinic: {
    requires: ['appointmentCode', 'at', 'clinic'],
    sms: (p) =>
      `${BRAND}: клиника отменила вашу запись ${p.appointmentCode} на ${p.at}, ${p.clinic}.${p.alternatives ? ` Свободное время: ${p.alternatives}.` : ''} Записаться вне очереди: ${p.link ?? '/appointments'}.`,
  },
  booking_rescheduled: {
    requires: ['appointmentCode', 'at', 'clinic'],
    sms: (p) =>
      `${BRAND}: запись перенесена на ${p.at}, ${p.clinic}${p.room ? `, каб. ${p.room}` : ''}. Новый код записи ${p.appointmentCode}.`,
  },
};

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

const toHtml = (parts: EmailParts) =>
  `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${escapeHtml(parts.subject)}</title></head>` +
  `<body>${parts.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}` +
  `<p>— ${BRAND}</p></body></html>`;

function checkPayload(template: TemplateName, spec: Template, payload: Payload) {
  for (const key of spec.requires) {
    if (!payload[key])
      throw new DomainError(MessagingErrorCode.INVALID_PAYLOAD, { params: { template, key } });
  }
  if ('code' in payload && !/^\d{6}$/.test(payload.code ?? '')) {
    throw new DomainError(MessagingErrorCode.INVALID_PAYLOAD, { params: { template, key: 'code' } });
  }
  if ('minutes' in payload && !/^[1-9]\d{0,3}$/.test(payload.minutes ?? '')) {
    throw new DomainError(MessagingErrorCode.INVALID_PAYLOAD, { params: { template, key: 'minutes' } });
  }
}

/** True when `template` has text for `channel`. */
export function hasTemplate(template: string, channel: Channel): template is TemplateName {
  const spec = TEMPLATES[template as TemplateName] as Template | undefined;
  return Boolean(spec?.[channel]);
}

/**
 * Renders a template for a channel in Russian. Throws `DomainError(UNKNOWN_TEMPLATE)` when the template
 * has no text for the channel and `DomainError(INVALID_PAYLOAD)` when a needed value is missing or malformed
 * (both are permanent: retrying cannot help).
 */
export function renderMessage(template: string, channel: Channel, payload: Payload): RenderedMessage {
  if (!hasTemplate(template, channel)) {
    throw new DomainError(MessagingErrorCode.UNKNOWN_TEMPLATE, { params: { template, channel } });
  }
  const spec = TEMPLATES[template];
  checkPayload(template, spec, payload);
  if (channel === 'sms') return { channel, text: spec.sms!(payload) };
  const parts = spec.email!(payload);
  return {
    channel,
    subject: parts.subject,
    text: `${parts.lines.join('\n\n')}\n\n— ${BRAND}\n`,
    html: toHtml(parts),
  };
}
