import { DomainError, russianPlural } from '../shared';
import { BRAND } from './message-brand';
import type { EmailParts, Payload, Template } from './message-template';
import { MessagingErrorCode } from './messaging.errors';
import type { Channel, RenderedMessage, TemplateName } from './messaging.types';
import { RECORD_TEMPLATES } from './record-templates';
import { noticePlace, roomButton, smsPlace, videoWhere } from './visit-place';

const NOT_YOU = 'Если это были не вы, смените пароль и обратитесь в поддержку Талона.';
const IGNORE = 'Если вы ничего не запрашивали, просто проигнорируйте это сообщение.';

/** `1 минуту`, `3 минуты`, `5 минут`: Russian plural of the validity period. */
export function pluralizeMinutes(value: string): string {
  return `${value} ${russianPlural(Number(value), { one: 'минуту', few: 'минуты', many: 'минут' })}`;
}

const SECURITY_URL = '/account';
const APPOINTMENTS_URL = '/appointments';
const FAMILY_URL = '/account/family';

/** The visit's local date and time with its zone (`01.12.2026 в 09:00 МСК−1`, docs/domain.md rule 10). */
const when = (p: Payload) => `${p.at}${p.zone ? ` ${p.zone}` : ''}`;
/** Where and when, for emails: no diagnosis, no name. */
const visitLines = (p: Payload) => [
  `Когда: ${p.at} (${p.zone ? `${p.zone}, ` : ''}время местное).`,
  videoWhere(p) ??
    `Где: ${p.clinic}${p.address ? `, ${p.address}` : ''}${p.room ? `, кабинет ${p.room}` : ''}.`,
  ...(p.specialty ? [`Специалист: ${p.specialty}.`] : []),
  `Код записи: ${p.appointmentCode}.`,
];

const valid = (p: Payload) => `Код действует ${pluralizeMinutes(p.minutes!)}.`;
const codeRequired = ['code', 'minutes'] as const;

const TEMPLATES: Record<TemplateName, Template> = {
  // A clinic admin invited a staff member (issue 13 item 3): the link alone, no clinic's patient and nothing medical.
  staff_invitation: {
    requires: ['link', 'hours'],
    sms: (p) =>
      `${BRAND}: вас пригласили в рабочий кабинет поликлиники. Задайте пароль по ссылке ${p.link} (действует ${p.hours} ч).`,
    email: (p) => ({
      subject: 'Приглашение в рабочий кабинет Талона',
      lines: [
        'Администратор поликлиники пригласил вас в рабочий кабинет Талона.',
        `Задайте пароль по ссылке ниже; она действует ${p.hours} ч и открывается один раз. После входа подключите приложение-аутентификатор.`,
        IGNORE,
      ],
      links: [{ label: 'Задать пароль', url: p.link! }],
    }),
  },
  registration_code: {
    requires: codeRequired,
    sms: (p) => `${BRAND}: код подтверждения телефона ${p.code}. ${valid(p)} Никому его не сообщайте.`,
  },
  // Someone started a registration with the phone, SNILS or e-mail of an existing account (issue 15, item 6):
  // the answer on the page is the same as for a new person; the difference goes only to the owner.
  registration_existing_account: {
    requires: [],
    sms: () =>
      `${BRAND}: кто-то начал регистрацию с данными вашей учётной записи. Если это вы — войдите или восстановите пароль. Если нет — ничего делать не нужно.`,
    email: () => ({
      subject: 'Попытка регистрации с данными вашей учётной записи',
      lines: [
        'Кто-то начал регистрацию в Талоне с вашим номером телефона, СНИЛС или адресом почты, но учётная запись с ними уже есть.',
        'Если это были вы, войдите в личный кабинет или восстановите пароль. Если нет — ничего делать не нужно: новая учётная запись создана не будет.',
      ],
    }),
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
  ward_link_code: {
    requires: codeRequired,
    // Goes to a phone on the child's file: whoever holds it lets the parent's link to the child begin.
    sms: (p) =>
      `${BRAND}: код ${p.code} подтверждает доступ родителя к медкарте ребёнка. ${valid(p)} Не знаете, кто просит, — не сообщайте.`,
  },
  // A new representative link to a known person (issue 15): the ward's account and the ward's other
  // representatives hear of it, so a link nobody asked for is noticed. No names, no relation details.
  ward_link_added: {
    requires: ['audience'],
    sms: (p) =>
      p.audience === 'ward'
        ? `${BRAND}: к вашей медкарте добавлен представитель (родитель или опекун). Если вы о нём не знаете, обратитесь в регистратуру.`
        : `${BRAND}: к медкарте вашего ребёнка или подопечного добавлен ещё один представитель. Не знаете о нём — обратитесь в регистратуру.`,
    notice: (p) => ({
      title: 'Добавлен представитель',
      body:
        p.audience === 'ward'
          ? 'К вашей медицинской карте добавлен представитель (родитель или опекун). Если вы о нём не знаете, обратитесь в регистратуру поликлиники.'
          : 'К карте вашего ребёнка или подопечного добавлен ещё один представитель. Если вы о нём не знаете, обратитесь в регистратуру поликлиники.',
      url: FAMILY_URL,
    }),
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
    notice: () => ({ title: 'Пароль изменён', body: NOT_YOU, url: SECURITY_URL }),
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
    notice: (p) => ({
      title: 'Новый вход в учётную запись',
      body: `Вход ${p.at}${p.device ? ` (${p.device})` : ''}. ${NOT_YOU}`,
      url: SECURITY_URL,
    }),
  },
  // Booking (issue 4). `at`: local date and time of the visit; `clinic`, `room`: where; `appointmentCode`: the
  // human code (not `code`, which is a 6-digit one-time code). No patient name or diagnosis in an SMS.
  booking_confirmed: {
    requires: ['appointmentCode', 'at', 'clinic'],
    sms: (p) =>
      `${BRAND}: вы записаны ${when(p)}${p.specialty ? ` (${p.specialty})` : ''}${smsPlace(p)}. Код записи ${p.appointmentCode}. Отменить или перенести — в личном кабинете.`,
    email: (p) => ({
      subject: `Вы записаны на приём ${p.at}`,
      lines: [
        'Вы записаны на приём.',
        ...visitLines(p),
        'Отменить или перенести запись можно в личном кабинете Талона.',
      ],
      links: roomButton(p),
    }),
    notice: (p) => ({
      title: 'Вы записаны к врачу',
      body: `${p.at}, ${noticePlace(p)}. Код записи ${p.appointmentCode}.`,
      url: p.link ?? APPOINTMENTS_URL,
    }),
  },
  booking_cancelled: {
    requires: ['appointmentCode', 'at', 'clinic'],
    sms: (p) =>
      `${BRAND}: запись ${p.appointmentCode} на ${when(p)}, ${p.clinic}, отменена. Записаться снова можно в личном кабинете.`,
    email: (p) => ({
      subject: `Запись на ${p.at} отменена`,
      lines: [
        'Запись на приём отменена.',
        ...visitLines(p),
        'Записаться снова можно в личном кабинете Талона.',
      ],
    }),
    notice: (p) => ({
      title: 'Запись отменена',
      body: `Запись ${p.appointmentCode} на ${p.at}, ${p.clinic}, отменена.`,
      url: p.link ?? APPOINTMENTS_URL,
    }),
  },
  booking_cancelled_by_clinic: {
    requires: ['appointmentCode', 'at', 'clinic'],
    sms: (p) =>
      `${BRAND}: клиника отменила вашу запись ${p.appointmentCode} на ${when(p)}, ${p.clinic}.${p.alternatives ? ` Свободное время: ${p.alternatives}.` : ''} Записаться вне очереди: ${p.link ?? '/appointments'}.`,
    email: (p) => ({
      subject: `Клиника отменила приём ${p.at}`,
      lines: [
        'К сожалению, клиника отменила ваш приём.',
        ...visitLines(p),
        ...(p.alternatives ? [`Свободное время у специалистов этого профиля: ${p.alternatives}.`] : []),
        'В ближайшие дни вы можете записаться вне очереди.',
      ],
      links: [{ label: 'Записаться снова', url: p.link ?? '/appointments' }],
    }),
    notice: (p) => ({
      title: 'Клиника отменила запись',
      body: `Запись ${p.appointmentCode} на ${p.at}, ${p.clinic}, отменена клиникой.${p.alternatives ? ` Свободное время: ${p.alternatives}.` : ''}`,
      url: p.link ?? APPOINTMENTS_URL,
    }),
  },
  // Waitlist (issue 4, item 7): a freed slot kept for the patient until `until` (clinic-local time); `at` the
  // visit's clinic-local date and time. No name, no diagnosis; the link opens the waitlist page.
  waitlist_offer: {
    requires: ['at', 'clinic', 'until'],
    sms: (p) =>
      `${BRAND}: освободилось время по листу ожидания — ${p.at}${p.specialty ? ` (${p.specialty})` : ''}, ${p.clinic}. Оно закреплено за вами до ${p.until} (время клиники). Записаться: ${p.link ?? '/waitlist'}.`,
    email: (p) => ({
      subject: `Освободилось время по листу ожидания: ${p.at}`,
      lines: [
        `Освободилось время, которого вы ждали: ${p.at}${p.specialty ? `, ${p.specialty}` : ''}, ${p.clinic}.`,
        `Оно закреплено за вами до ${p.until} (время клиники). Потом его предложат следующему в листе ожидания.`,
      ],
      links: [{ label: 'Записаться', url: p.link ?? '/waitlist' }],
    }),
    notice: (p) => ({
      title: 'Освободилось время по листу ожидания',
      body: `${p.at}, ${p.clinic}. Закреплено за вами до ${p.until}.`,
      url: p.link ?? '/waitlist',
    }),
  },
  // The offer ran out without a booking: the slot went to the next person; the patient stays on the list.
  waitlist_offer_expired: {
    requires: ['at', 'clinic', 'until'],
    email: (p) => ({
      subject: 'Предложенное время передано следующему в листе ожидания',
      lines: [
        `Время ${p.at}${p.specialty ? `, ${p.specialty}` : ''}, ${p.clinic}, было закреплено за вами до ${p.until} (время клиники). Запись не оформлена, и время предложено следующему.`,
        'Вы остаётесь в листе ожидания: когда освободится другое подходящее время, мы сообщим.',
      ],
      links: [{ label: 'Лист ожидания', url: p.link ?? '/waitlist' }],
    }),
    notice: (p) => ({
      title: 'Предложение по листу ожидания истекло',
      body: `Время ${p.at}, ${p.clinic}, передано следующему. Вы остаётесь в листе ожидания.`,
      url: p.link ?? '/waitlist',
    }),
  },
  // The registry desk took the patient off the list at their request (a phone call): what they waited for and
  // where, so a removal they did not ask for is noticed. No name, no diagnosis.
  waitlist_removed: {
    requires: ['specialty', 'clinic'],
    email: (p) => ({
      subject: 'Вы исключены из листа ожидания',
      lines: [
        `По вашей просьбе регистратура исключила вас из листа ожидания: ${p.specialty}, ${p.clinic}.`,
        'Если вы не просили об этом, позвоните в регистратуру или встаньте в лист ожидания снова.',
      ],
      links: [{ label: 'Лист ожидания', url: p.link ?? '/waitlist' }],
    }),
    notice: (p) => ({
      title: 'Вы исключены из листа ожидания',
      body: `По вашей просьбе регистратура исключила вас из листа ожидания: ${p.specialty}, ${p.clinic}.`,
      url: p.link ?? '/waitlist',
    }),
  },
  // A 5-minute hold ran out before «Записаться»: a way back to the time choice (in the app and by push only).
  hold_expired: {
    requires: ['at', 'clinic', 'link'],
    notice: (p) => ({
      title: 'Запись не завершена',
      body: `Время ${p.at}${p.specialty ? `, ${p.specialty}` : ''}, ${p.clinic}, больше не закреплено за вами. Выберите время снова.`,
      url: p.link!,
    }),
  },
  booking_rescheduled: {
    requires: ['appointmentCode', 'at', 'clinic'],
    sms: (p) =>
      `${BRAND}: запись перенесена на ${when(p)}${smsPlace(p)}. Новый код записи ${p.appointmentCode}.`,
    email: (p) => ({
      subject: `Запись перенесена на ${p.at}`,
      lines: ['Ваша запись перенесена.', ...visitLines(p)],
      links: roomButton(p),
    }),
    notice: (p) => ({
      title: 'Запись перенесена',
      body: `Новое время: ${p.at}, ${noticePlace(p)}. Код записи ${p.appointmentCode}.`,
      url: p.link ?? APPOINTMENTS_URL,
    }),
  },
  // Reminders (docs/domain.md rule 21). The email carries single-use signed links that work without logging in.
  appointment_reminder: {
    requires: ['appointmentCode', 'at', 'clinic'],
    sms: (p) =>
      `${BRAND}: напоминаем о приёме ${when(p)}${smsPlace(p)}. Код ${p.appointmentCode}. Не сможете прийти — отмените запись.`,
    email: (p) => ({
      subject: `Напоминание о приёме ${p.at}`,
      lines: [
        'Напоминаем о приёме.',
        ...visitLines(p),
        'Подтвердите, что придёте, или освободите время для других, если планы изменились. Ссылки действуют до начала приёма, каждая — один раз.',
      ],
      links: [
        ...roomButton(p),
        ...(p.confirmUrl ? [{ label: 'Подтвердить запись', url: p.confirmUrl }] : []),
        ...(p.changeUrl ? [{ label: 'Перенести', url: p.changeUrl }] : []),
        ...(p.cancelUrl ? [{ label: 'Отменить запись', url: p.cancelUrl }] : []),
      ],
    }),
    notice: (p) => ({
      title: 'Скоро приём',
      body: `${when(p)}, ${noticePlace(p)}. Код записи ${p.appointmentCode}.`,
      url: p.link ?? APPOINTMENTS_URL,
    }),
  },
  // A practitioner issued a referral (issue 5): the specialty, the last valid day, the doctors of the
  // specialty to book with. Never the diagnosis nor the patient's name, on any channel.
  referral_issued: {
    requires: ['specialty', 'validUntil', 'link'],
    // Without the link: it names the specialty (`/doctors?specialty=…`), which an SMS must not.
    sms: (p) =>
      `${BRAND}: вам выдано направление, действует до ${p.validUntil}. Записаться можно в личном кабинете.`,
    email: (p) => ({
      subject: `Направление: ${p.specialty}`,
      lines: [
        `Вам выдано направление к специалисту «${p.specialty}»${p.clinic ? ` (${p.clinic})` : ''}.`,
        `Направление действует до ${p.validUntil} включительно. Запишитесь на приём до этого дня: при записи выберите направление.`,
      ],
      links: [{ label: 'Записаться к специалисту', url: p.link! }],
    }),
    notice: (p) => ({
      title: 'Выдано направление',
      body: p.specialty
        ? `К специалисту «${p.specialty}», действует до ${p.validUntil}.`
        : `Направление действует до ${p.validUntil}. Откройте, чтобы записаться.`,
      url: p.link!,
    }),
  },
  // The ticket sent to an email on request (issue 6): what the ticket shows but the patient's name.
  ticket_email: {
    requires: ['appointmentCode', 'ticketNumber', 'date', 'time', 'clinic'],
    email: (p) => ({
      subject: `Талон на приём ${p.date} в ${p.time}`,
      lines: [
        `Талон № ${p.ticketNumber}, код записи ${p.appointmentCode}.`,
        `Когда: ${p.date}, ${p.time}${p.zone ? ` (${p.zone})` : ''}.`,
        videoWhere(p) ??
          `Где: ${p.clinic}${p.address ? `, ${p.address}` : ''}${p.room ? `, ${p.room}` : ''}.`,
        ...(p.practitioner ? [`Врач: ${p.practitioner}${p.specialty ? ` (${p.specialty})` : ''}.`] : []),
        'Покажите код записи или QR-код талона в регистратуре. Талон в PDF и событие для календаря — по ссылкам ниже (нужен вход в личный кабинет).',
      ],
      links: [
        ...roomButton(p),
        ...(p.link ? [{ label: 'Открыть запись', url: p.link }] : []),
        ...(p.pdfUrl ? [{ label: 'Талон в PDF', url: p.pdfUrl }] : []),
        ...(p.icsUrl ? [{ label: 'Добавить в календарь (.ics)', url: p.icsUrl }] : []),
      ],
    }),
  },
  // To the security officer (issue 15 item 7): the daily check of the audit log found it damaged. Numbers and
  // the kind of damage only — never a person's data.
  audit_chain_broken: {
    requires: ['seq', 'problem', 'checkedAt'],
    email: (p) => ({
      subject: 'Талон: журнал аудита повреждён',
      lines: [
        `Ежедневная проверка журнала аудита ${p.checkedAt} обнаружила нарушение цепочки у записи № ${p.seq}: ${p.problem}.`,
        'Не изменяйте базу данных до расследования. Запустите npm run audit:verify, сохраните его вывод, резервные копии базы и файлы контрольных точек (audit-checkpoints).',
      ],
    }),
  },
  // An integration client's FHIR subscription stopped (issue 14 item 5): the client's name and how many tries
  // failed in a row, to the clinic's and the system's admins; the receiver's address and the visits stay out.
  fhir_subscription_error: {
    requires: ['client', 'failures'],
    notice: (p) => ({
      title: 'Подписка FHIR остановлена',
      body: `Получатель клиента «${p.client}» не принял уведомления ${p.failures} раз подряд; подписка переведена в статус error.`,
      url: '/admin/integrations',
    }),
  },
  // A regional MIS tried to change a slot booked in Talon (issue 14 item 4): refused; the clinic's admins hear
  // of it with the client's name and the slot's time — no patient, no visit.
  mis_slot_conflict: {
    requires: ['client', 'slotStart'],
    notice: (p) => ({
      title: 'МИС пыталась изменить занятый слот',
      body: `МИС «${p.client}» прислала изменение слота на ${p.slotStart}, на который в Талоне есть запись; изменение отклонено. Согласуйте расписание с МИС.`,
      url: '/admin/schedules',
    }),
  },
  // The daily anchor outside the installation: the verified head of the chain, to be kept in the mailbox.
  audit_chain_verified: {
    requires: ['seq', 'hash', 'count', 'checkedAt'],
    email: (p) => ({
      subject: `Талон: журнал аудита проверен, запись № ${p.seq}`,
      lines: [
        `Ежедневная проверка журнала аудита ${p.checkedAt}: цепочка цела, проверено записей: ${p.count}.`,
        `Последняя связанная запись № ${p.seq}, её хеш: ${p.hash}.`,
        'Сохраните это письмо: если журнал когда-нибудь перепишут или обрежут, этот хеш с ним не сойдётся.',
      ],
    }),
  },
  ...RECORD_TEMPLATES,
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
  (parts.links ?? [])
    .map((link) => `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>`)
    .join('') +
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

const PART: Record<Channel, 'sms' | 'email' | 'notice'> = {
  sms: 'sms',
  email: 'email',
  push: 'notice',
  in_app: 'notice',
};

/** True when `template` has text for `channel` (push and in-app share the short notice). */
export function hasTemplate(template: string, channel: Channel): template is TemplateName {
  const spec = TEMPLATES[template as TemplateName] as Template | undefined;
  return Boolean(spec?.[PART[channel]]);
}

/**
 * Renders a template for a channel in Russian. Throws `DomainError(UNKNOWN_TEMPLATE)` when the template
 * has no text for the channel and `DomainError(INVALID_PAYLOAD)` when a needed value is missing or malformed
 * (both are permanent: retrying cannot help).
 */
export function renderMessage<C extends Channel>(
  template: string,
  channel: C,
  payload: Payload,
): Extract<RenderedMessage, { channel: C }> {
  return render(template, channel, payload) as Extract<RenderedMessage, { channel: C }>;
}

/**
 * Channels read by anyone near the phone — an SMS, a push on a locked screen — never name the specialty
 * (a gynaecologist, an oncologist says too much; issue 15, item 11). E-mail and the app may.
 */
const TELLS_NO_SPECIALTY: ReadonlySet<Channel> = new Set(['sms', 'push']);

function render(template: string, channel: Channel, full: Payload): RenderedMessage {
  if (!hasTemplate(template, channel)) {
    throw new DomainError(MessagingErrorCode.UNKNOWN_TEMPLATE, { params: { template, channel } });
  }
  const spec = TEMPLATES[template];
  checkPayload(template, spec, full);
  const { specialty: _specialty, ...withoutSpecialty } = full;
  const payload = TELLS_NO_SPECIALTY.has(channel) ? withoutSpecialty : full;
  if (channel === 'sms') return { channel, text: spec.sms!(payload) };
  if (channel === 'push' || channel === 'in_app') return { channel, ...spec.notice!(payload) };
  const parts = spec.email!(payload);
  return {
    channel,
    subject: parts.subject,
    text: `${[...parts.lines, ...(parts.links ?? []).map((link) => `${link.label}: ${link.url}`)].join('\n\n')}\n\n— ${BRAND}\n`,
    html: toHtml(parts),
  };
}
