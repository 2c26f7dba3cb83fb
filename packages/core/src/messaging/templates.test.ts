import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared';
import type { Channel, TemplateName } from './messaging.types';
import { escapeHtml, hasTemplate, pluralizeMinutes, renderMessage } from './templates';

const codePayload = { code: '123456', minutes: '5' };

const CASES: [TemplateName, Channel, Record<string, string>][] = [
  ['registration_code', 'sms', codePayload],
  ['login_code', 'sms', codePayload],
  ['password_reset_code', 'sms', codePayload],
  ['password_reset_code', 'email', codePayload],
  ['ward_consent_code', 'sms', codePayload],
  ['ward_link_code', 'sms', codePayload],
  ['ward_link_added', 'sms', { audience: 'ward' }],
  ['ward_link_added', 'sms', { audience: 'representative' }],
  ['ward_link_added', 'in_app', { audience: 'ward' }],
  ['contact_change_code', 'sms', codePayload],
  ['contact_change_code', 'email', codePayload],
  ['password_changed', 'sms', {}],
  ['password_changed', 'email', {}],
  ['new_login', 'email', { at: '01.12.2026 в 10:15 (МСК)' }],
  ['staff_invitation', 'sms', { link: 'https://talon.example/invite/t', hours: '72' }],
  ['staff_invitation', 'email', { link: 'https://talon.example/invite/t', hours: '72' }],
  [
    'audit_chain_broken',
    'email',
    { seq: '42', problem: 'запись изменена', checkedAt: '2027-01-01 03:20 UTC' },
  ],
  [
    'audit_chain_verified',
    'email',
    { seq: '42', hash: 'ab'.repeat(32), count: '42', checkedAt: '2027-01-01 03:20 UTC' },
  ],
];

describe('renderMessage', () => {
  it.each(CASES)('renders %s for %s in Russian', (template, channel, payload) => {
    const message = renderMessage(template, channel, payload);
    expect(message.channel).toBe(channel);
    const text =
      message.channel === 'sms'
        ? message.text
        : message.channel === 'email'
          ? `${message.subject} ${message.text}`
          : `${message.title} ${message.body}`;
    expect(text).toMatch(/[а-яё]/i);
    if (payload.code) expect(text).toContain('123456');
  });

  it('keeps SMS texts short enough for two Cyrillic segments at most', () => {
    for (const [template, channel, payload] of CASES) {
      if (channel !== 'sms') continue;
      const message = renderMessage(template, channel, { ...payload, minutes: '10' });
      expect(message.channel === 'sms' && message.text.length, template).toBeLessThanOrEqual(134);
    }
  });

  it('puts the code and its validity into the one-time code SMS', () => {
    expect(renderMessage('login_code', 'sms', { code: '042917', minutes: '3' })).toEqual({
      channel: 'sms',
      text: 'Талон: код для входа 042917. Код действует 3 минуты. Никому его не сообщайте.',
    });
  });

  it('builds HTML email with every payload value escaped', () => {
    const message = renderMessage('new_login', 'email', {
      at: 'сегодня',
      device: '<script>alert(1)</script>',
    });
    if (message.channel !== 'email') throw new Error('email expected');
    expect(message.html).not.toContain('<script>');
    expect(message.html).toContain('&lt;script&gt;');
    expect(message.html).toMatch(/^<!doctype html><html lang="ru">/);
    expect(message.text).toContain('<script>'); // plain text stays as it is
  });

  it('renders a short notice with a link for push and in-app', () => {
    const payload = { appointmentCode: 'А-123', at: '01.12.2026 в 10:15 (МСК)', clinic: 'Поликлиника № 1' };
    for (const channel of ['push', 'in_app'] as const) {
      const message = renderMessage('booking_confirmed', channel, payload);
      expect(message).toMatchObject({ channel, title: 'Вы записаны к врачу', url: '/appointments' });
      if (message.channel !== channel || !('body' in message)) throw new Error('notice expected');
      expect(message.body).toContain('А-123');
    }
    expect(renderMessage('booking_cancelled_by_clinic', 'push', { ...payload, link: '/x' })).toMatchObject({
      url: '/x',
    });
    expect(renderMessage('password_changed', 'in_app', {})).toMatchObject({ url: '/account' });
  });

  it("names a video visit's room link instead of the clinic's address, on every channel", () => {
    const video = {
      appointmentCode: 'А-123',
      at: '01.12.2026 в 10:15',
      clinic: 'Поликлиника № 1',
      roomLink: 'https://talon.example/visit/a1',
    };
    for (const template of ['booking_confirmed', 'booking_rescheduled', 'appointment_reminder'] as const) {
      const sms = renderMessage(template, 'sms', video);
      if (sms.channel !== 'sms') throw new Error('sms expected');
      expect(sms.text).toContain('видеоприём: https://talon.example/visit/a1');
      const email = renderMessage(template, 'email', video);
      if (email.channel !== 'email') throw new Error('email expected');
      expect(email.text).toContain('Комната приёма: https://talon.example/visit/a1');
      expect(email.html).toContain('href="https://talon.example/visit/a1"');
      const push = renderMessage(template, 'push', video);
      if (!('body' in push)) throw new Error('notice expected');
      expect(push.body).toContain('видеоприём');
    }
    const inPerson = { ...video, roomLink: '', address: 'ул. Ленина, 1', room: '214' };
    const sms = renderMessage('booking_confirmed', 'sms', inPerson);
    if (sms.channel !== 'sms') throw new Error('sms expected');
    expect(sms.text).toContain('Поликлиника № 1, каб. 214');
    expect(sms.text).not.toContain('видеоприём');
    const ticket = renderMessage('ticket_email', 'email', {
      ...video,
      address: 'ул. Ленина, 1',
      ticketNumber: '7',
      date: '01.12.2026',
      time: '10:15–10:30',
    });
    if (ticket.channel !== 'email') throw new Error('email expected');
    expect(ticket.text).toContain('Комната приёма: https://talon.example/visit/a1');
    expect(ticket.text).not.toContain('ул. Ленина');
  });

  it('never puts one-time codes into push or in-app', () => {
    for (const template of ['registration_code', 'login_code', 'password_reset_code'] as const) {
      expect(hasTemplate(template, 'push')).toBe(false);
      expect(hasTemplate(template, 'in_app')).toBe(false);
    }
  });

  it('refuses a template a channel has no text for', () => {
    expect(() => renderMessage('new_login', 'sms', { at: 'x' })).toThrow(DomainError);
    expect(() => renderMessage('registration_code', 'email', codePayload)).toThrow('UNKNOWN_TEMPLATE');
    expect(() => renderMessage('no_such', 'sms', {})).toThrow('UNKNOWN_TEMPLATE');
  });

  it('refuses a missing or malformed code', () => {
    expect(() => renderMessage('login_code', 'sms', { minutes: '5' })).toThrow('INVALID_PAYLOAD');
    expect(() => renderMessage('login_code', 'sms', { code: '12345', minutes: '5' })).toThrow(
      'INVALID_PAYLOAD',
    );
    expect(() => renderMessage('login_code', 'sms', { code: '123456', minutes: '0' })).toThrow(
      'INVALID_PAYLOAD',
    );
  });
});

describe('helpers', () => {
  it('declines minutes in Russian', () => {
    expect(['1', '2', '5', '11', '12', '21', '22', '25', '111'].map(pluralizeMinutes)).toEqual([
      '1 минуту',
      '2 минуты',
      '5 минут',
      '11 минут',
      '12 минут',
      '21 минуту',
      '22 минуты',
      '25 минут',
      '111 минут',
    ]);
  });

  it('escapes HTML special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('knows which channels each template has', () => {
    expect(hasTemplate('password_changed', 'sms')).toBe(true);
    expect(hasTemplate('new_login', 'sms')).toBe(false);
  });
});

describe('the lab result alert (rule 25)', () => {
  const payload = {
    date: '01.10.2026',
    link: '/records/results/r1?patientId=p1',
    practitioner: 'Иванова Анна Петровна',
    bookLink: '/doctors/d1',
  };

  it('says in SMS and email only that a result is ready, with the link and the way to book', () => {
    const sms = renderMessage('lab_result_out_of_range', 'sms', payload);
    expect(sms).toEqual({
      channel: 'sms',
      text: 'Талон: готов новый результат анализа от 01.10.2026. Посмотреть в личном кабинете: /records/results/r1?patientId=p1',
    });
    const email = renderMessage('lab_result_out_of_range', 'email', payload);
    expect(email.subject).toBe('Готов новый результат анализа');
    expect(email.html).toContain('<a href="/doctors/d1">Записаться к врачу</a>');
    for (const text of [sms.text, email.text]) expect(text).not.toMatch(/вне|норм|глюкоз|гемоглобин/i);
  });

  it('says in the app and by push that it is out of range, linking to the result', () => {
    for (const channel of ['in_app', 'push'] as const) {
      const notice = renderMessage('lab_result_out_of_range', channel, payload);
      expect(notice).toMatchObject({ title: 'Результат анализа вне нормы', url: payload.link });
    }
    const critical = renderMessage('lab_result_critical', 'in_app', {
      patient: 'Петров П. П.',
      date: '01.10.2026',
      link: '/records/results/r1?patientId=p1',
    });
    expect(critical.body).toContain('Петров П. П.');
    expect(hasTemplate('lab_result_critical', 'sms')).toBe(false);
  });
});

/** Every template, so a new one is checked too (the compiler insists on the list being complete). */
const ALL_TEMPLATES = Object.keys({
  registration_code: true,
  registration_existing_account: true,
  login_code: true,
  password_reset_code: true,
  ward_consent_code: true,
  ward_link_code: true,
  ward_link_added: true,
  contact_change_code: true,
  password_changed: true,
  new_login: true,
  booking_confirmed: true,
  booking_cancelled: true,
  booking_cancelled_by_clinic: true,
  booking_rescheduled: true,
  waitlist_offer: true,
  waitlist_offer_expired: true,
  waitlist_removed: true,
  hold_expired: true,
  appointment_reminder: true,
  referral_issued: true,
  ticket_email: true,
  document_ready: true,
  document_request_rejected: true,
  audit_chain_broken: true,
  audit_chain_verified: true,
  fhir_subscription_error: true,
  mis_slot_conflict: true,
  lab_result_out_of_range: true,
  lab_result_critical: true,
  data_change_status: true,
  support_ticket_status: true,
  support_ticket_new: true,
  attachment_status: true,
  prescription_sent: true,
  prescription_dispensed: true,
  course_enrolment_status: true,
  staff_application_status: true,
  accreditation_expiring: true,
  staff_invitation: true,
  survey_invitation: true,
} satisfies Record<TemplateName, true>) as TemplateName[];

/** Values for every key any template needs, the specialty among them. */
const EVERYTHING = {
  ...codePayload,
  at: '01.12.2026 в 10:15',
  zone: 'МСК',
  clinic: 'Поликлиника № 1',
  room: '214',
  appointmentCode: 'А-123',
  until: '01.12.2026 в 09:30',
  validUntil: '31.12.2026',
  ticketNumber: 'П1-20261201-7',
  date: '01.12.2026',
  time: '10:15',
  practitioner: 'Иванова М. П.',
  specialty: 'Гастроэнтеролог',
  client: 'Региональная МИС',
  failures: '10',
  slotStart: '08.12.2026 06:00 UTC',
  link: '/appointments',
  audience: 'ward',
  patient: 'Петров П. П.',
  seq: '12',
  problem: 'нет звена',
  hash: 'ab12',
  count: '3',
  checkedAt: '01.12.2026 03:00',
  number: 'ИЗМ-2026-000123',
  status: 'Одобрено',
  course: 'Основы УЗИ',
  days: '14',
  hours: '72',
  accreditedSpecialty: 'Терапия',
  reason: 'Нужен очный осмотр',
};

describe('course_enrolment_status', () => {
  it('names the course, its start and the status, with the reason of a cancellation', () => {
    const payload = {
      course: 'Основы УЗИ',
      date: '01.12.2026',
      status: 'Отменено',
      reason: 'Нет замены на время курса',
      link: '/doctor/courses/my',
    };
    const email = renderMessage('course_enrolment_status', 'email', payload);
    expect(email.subject).toBe('Запись на курс: Отменено');
    expect(email.text).toContain('Причина: Нет замены на время курса.');
    const notice = renderMessage('course_enrolment_status', 'in_app', payload);
    expect(notice).toMatchObject({ title: 'Запись на курс: Отменено', url: '/doctor/courses/my' });
    expect(hasTemplate('course_enrolment_status', 'sms')).toBe(false);
  });
});

describe('accreditation_expiring', () => {
  it('names the specialty and the days left, by SMS and as a notice', () => {
    const payload = {
      accreditedSpecialty: 'Терапия',
      days: '14',
      date: '31.12.2026',
      link: '/doctor/settings/qualifications',
    };
    expect(renderMessage('accreditation_expiring', 'sms', payload)).toMatchObject({
      text: expect.stringContaining('срок аккредитации по специальности «Терапия» истекает через 14 дней'),
    });
    const notice = renderMessage('accreditation_expiring', 'push', { ...payload, days: '3' });
    expect(notice).toMatchObject({
      title: 'Истекает срок аккредитации',
      url: '/doctor/settings/qualifications',
    });
    expect(JSON.stringify(notice)).toContain('через 3 дня');
  });
});

describe('support_ticket_new', () => {
  it('tells an operator the number and the desk link in the app, nothing of the ticket', () => {
    const notice = renderMessage('support_ticket_new', 'in_app', {
      number: 'ОБ-2026-000042',
      link: '/support/tickets/t1',
    });
    expect(notice).toMatchObject({ title: 'Новое обращение ОБ-2026-000042', url: '/support/tickets/t1' });
    for (const channel of ['sms', 'email'] as const)
      expect(hasTemplate('support_ticket_new', channel)).toBe(false);
  });
});

describe('survey_invitation', () => {
  it('names the date and the clinic, by e-mail only, and nothing of the visit', () => {
    const payload = { date: '01.12.2026', clinic: 'Поликлиника № 1', link: '/appointments/a1' };
    const email = renderMessage('survey_invitation', 'email', { ...EVERYTHING, ...payload });
    expect(email.text).toContain('01.12.2026 вы были на приёме в поликлинике «Поликлиника № 1»');
    expect(email.html).toContain('href="/appointments/a1"');
    expect(email.text).not.toMatch(/гастроэнтеролог|Иванова/i);
    for (const channel of ['sms', 'push', 'in_app'] as const) {
      expect(hasTemplate('survey_invitation', channel)).toBe(false);
    }
  });
});

describe('data_change_status', () => {
  it('names the request and its status, never the new value, with a link to the cabinet', () => {
    const payload = { number: 'ИЗМ-2026-000123', status: 'Одобрено', link: '/account/data' };
    const email = renderMessage('data_change_status', 'email', payload);
    expect(email.subject).toBe('Заявление ИЗМ-2026-000123: Одобрено');
    expect(email.text).toContain('/account/data');
    const notice = renderMessage('data_change_status', 'in_app', payload);
    expect(notice).toMatchObject({ title: 'Заявление ИЗМ-2026-000123', url: '/account/data' });
    expect(hasTemplate('data_change_status', 'sms')).toBe(false);
  });
});

describe('support_ticket_status', () => {
  it('names the ticket and its stage, never what was written, with a link to the ticket', () => {
    const payload = { number: 'ОБ-2026-000123', status: 'Ожидает ответа', link: '/help/tickets/t1' };
    const email = renderMessage('support_ticket_status', 'email', payload);
    expect(email.subject).toBe('Обращение ОБ-2026-000123: Ожидает ответа');
    expect(email.text).toContain('/help/tickets/t1');
    const notice = renderMessage('support_ticket_status', 'in_app', payload);
    expect(notice).toMatchObject({ title: 'Обращение ОБ-2026-000123', url: '/help/tickets/t1' });
    expect(hasTemplate('support_ticket_status', 'sms')).toBe(false);
  });
});

describe('attachment_status', () => {
  it('names the request, the clinic and the status with a link; the desk’s attachment has no number; no SMS', () => {
    const payload = {
      number: 'ПРК-2026-000001',
      clinic: 'Поликлиника № 1',
      status: 'Одобрено',
      link: '/attachment',
    };
    const email = renderMessage('attachment_status', 'email', payload);
    expect(email.subject).toBe('Заявление ПРК-2026-000001: Одобрено');
    expect(email.text).toContain('«Поликлиника № 1»: «Одобрено»');
    expect(email.text).toContain('/attachment');
    const desk = renderMessage('attachment_status', 'in_app', {
      clinic: payload.clinic,
      status: 'Одобрено',
      link: '/attachment',
    });
    expect(desk).toMatchObject({
      title: 'Прикрепление к поликлинике',
      body: 'Вы прикреплены к «Поликлиника № 1».',
    });
    expect(hasTemplate('attachment_status', 'sms')).toBe(false);
  });
});

describe('the specialty in messages (issue 15, item 11)', () => {
  it('is never named by an SMS or a push, whatever the template', () => {
    let checked = 0;
    for (const template of ALL_TEMPLATES) {
      for (const channel of ['sms', 'push'] as const) {
        if (!hasTemplate(template, channel)) continue;
        const message = renderMessage(template, channel, EVERYTHING);
        const text = message.channel === 'sms' ? message.text : `${message.title} ${message.body}`;
        expect(text, `${template} ${channel}`).not.toMatch(/гастроэнтеролог|gastroenterologist/i);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('leaves out of the referral SMS the link that names the specialty', () => {
    const sms = renderMessage('referral_issued', 'sms', {
      ...EVERYTHING,
      link: '/doctors?specialty=gastroenterologist',
    });
    expect(sms.text).not.toMatch(/gastroenterologist|гастроэнтеролог/i);
  });

  it('may be named by e-mail and in the app', () => {
    const email = renderMessage('referral_issued', 'email', EVERYTHING);
    expect(email.text).toContain('Гастроэнтеролог');
    const inApp = renderMessage('referral_issued', 'in_app', EVERYTHING);
    expect(inApp.body).toContain('Гастроэнтеролог');
  });
});

describe('document_request_rejected', () => {
  const payload = { number: 'СПР-2026-000045', reason: 'Нужен очный осмотр', link: '/account/requests' };

  it("gives the doctor's reason in the app, and only that it was refused by e-mail", () => {
    expect(renderMessage('document_request_rejected', 'in_app', payload).body).toContain(
      'Нужен очный осмотр',
    );
    const email = renderMessage('document_request_rejected', 'email', payload);
    expect(email.text).toContain('СПР-2026-000045');
    expect(email.text).not.toContain('Нужен очный осмотр');
    expect(hasTemplate('document_request_rejected', 'sms')).toBe(false);
  });
});

describe('staff_application_status', () => {
  it('names the number and the status only, never the type or the texts', () => {
    const payload = { number: 'ЗЯ-2026-000007', status: 'Одобрено', link: '/doctor/courses/applications' };
    const email = renderMessage('staff_application_status', 'email', payload);
    expect(email.subject).toBe('Заявление ЗЯ-2026-000007: Одобрено');
    const notice = renderMessage('staff_application_status', 'in_app', payload);
    expect(notice).toMatchObject({ title: 'Заявление ЗЯ-2026-000007', body: 'Статус: «Одобрено».' });
    expect(hasTemplate('staff_application_status', 'sms')).toBe(false);
  });
});
