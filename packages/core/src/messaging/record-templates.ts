import { russianPlural } from '../shared';
import { BRAND } from './message-brand';
import type { Template } from './message-template';

/** `1 день`, `3 дня`, `14 дней`. */
const pluralDays = (value: string) =>
  `${value} ${russianPlural(Number(value), { one: 'день', few: 'дня', many: 'дней' })}`;

/**
 * The messages of the medical record and the patient's requests (issues 11 and 12): lab results, requested
 * documents, data changes, e-prescriptions. What a locked screen or a shared mailbox would show is kept out:
 * never an analyte, a value, a medicine or a new personal value.
 */
export const RECORD_TEMPLATES = {
  // A requested certificate or extract is ready (issue 11 item 6), sent on request: the number and a link to
  // the cabinet only — never the document, its type or its content (a mailbox may be shared).
  document_ready: {
    requires: ['number', 'link'],
    email: (p) => ({
      subject: `Документ № ${p.number} готов`,
      lines: [
        `Документ № ${p.number}, который вы заказали, готов.`,
        'Скачать его можно в личном кабинете, в разделе «Мои документы» (нужен вход).',
      ],
      links: [{ label: 'Открыть «Мои документы»', url: p.link! }],
    }),
  },
  // A requested certificate or extract refused by the doctor: in the app with the doctor's reason (behind the
  // login); the e-mail says only that it was refused — the reason may touch health, a mailbox may be shared.
  document_request_rejected: {
    requires: ['number', 'reason', 'link'],
    email: (p) => ({
      subject: `Заказ документа № ${p.number} отклонён`,
      lines: [
        `Врач отклонил заказ документа № ${p.number}.`,
        'Причина указана в личном кабинете, в разделе «История обращений» (нужен вход).',
      ],
      links: [{ label: 'Открыть «История обращений»', url: p.link! }],
    }),
    notice: (p) => ({
      title: `Заказ № ${p.number} отклонён`,
      body: `Причина: ${p.reason}`,
      url: p.link!,
    }),
  },
  // A new laboratory result out of range (issue 11, item 3; rule 25). `date`: the test's local date; `link`:
  // the result's page; `practitioner`, `bookLink`: the ordering doctor and their page to book a visit. SMS
  // and email only say a new result is ready; push and in-app say it is out of range. None names the
  // analyte or carries a value: a push shows on a locked screen, and those stay behind the login.
  lab_result_out_of_range: {
    requires: ['date', 'link'],
    sms: (p) =>
      `${BRAND}: готов новый результат анализа от ${p.date}. Посмотреть в личном кабинете: ${p.link}`,
    email: (p) => ({
      subject: 'Готов новый результат анализа',
      lines: [
        `Готов новый результат лабораторного анализа от ${p.date}.`,
        'Посмотреть его можно в личном кабинете Талона (нужен вход).',
        ...(p.practitioner
          ? [`Обсудить результат можно с врачом, назначившим анализ: ${p.practitioner}.`]
          : []),
      ],
      links: [
        { label: 'Посмотреть результат', url: p.link! },
        ...(p.bookLink ? [{ label: 'Записаться к врачу', url: p.bookLink }] : []),
      ],
    }),
    notice: (p) => ({
      title: 'Результат анализа вне нормы',
      body: `В результате анализа от ${p.date} есть показатели вне референсного диапазона. ${
        p.practitioner
          ? `Обсудите его с врачом (${p.practitioner}): запись — на странице результата.`
          : 'Обсудите его с лечащим врачом.'
      }`,
      url: p.link!,
    }),
  },
  // A critical value (LL/HH) for the practitioner who ordered the test: in their in-app list only.
  lab_result_critical: {
    requires: ['patient', 'date', 'link'],
    notice: (p) => ({
      title: 'Критическое значение в анализе пациента',
      body: `Пациент ${p.patient}, анализ от ${p.date}: есть критическое значение. Откройте результат и свяжитесь с пациентом.`,
      url: p.link!,
    }),
  },
  // A data-change request moved on (issue 11 item 5): its number and status, never the new value.
  data_change_status: {
    requires: ['number', 'status', 'link'],
    email: (p) => ({
      subject: `Заявление ${p.number}: ${p.status}`,
      lines: [`Статус вашего заявления на изменение данных ${p.number}: «${p.status}».`],
      links: [{ label: 'Открыть в личном кабинете', url: p.link! }],
    }),
    notice: (p) => ({ title: `Заявление ${p.number}`, body: `Статус: «${p.status}».`, url: p.link! }),
  },
  // A support ticket moved on or was answered (issue 17 item 2): its number and stage, never what was written.
  support_ticket_status: {
    requires: ['number', 'status', 'link'],
    email: (p) => ({
      subject: `Обращение ${p.number}: ${p.status}`,
      lines: [
        `Статус вашего обращения в поддержку ${p.number}: «${p.status}». Ответ оператора — в личном кабинете.`,
      ],
      links: [{ label: 'Открыть обращение', url: p.link! }],
    }),
    notice: (p) => ({ title: `Обращение ${p.number}`, body: `Статус: «${p.status}».`, url: p.link! }),
  },
  // A new ticket, for the support operators' bell (issue 17 item 2): its number and a link to the desk, never
  // the subject or the text (people write about their health). In the app only.
  support_ticket_new: {
    requires: ['number', 'link'],
    notice: (p) => ({
      title: `Новое обращение ${p.number}`,
      body: 'Обращение ждёт оператора поддержки.',
      url: p.link!,
    }),
  },
  // An attachment request decided, or an attachment made at the desk (issue 13 item 2): the clinic and the
  // status, never the reason or the registry's comment.
  attachment_status: {
    requires: ['clinic', 'status', 'link'],
    email: (p) => ({
      subject: p.number ? `Заявление ${p.number}: ${p.status}` : 'Прикрепление к поликлинике',
      lines: [
        p.number
          ? `Статус вашего заявления о прикреплении к поликлинике «${p.clinic}»: «${p.status}».`
          : `Вы прикреплены к поликлинике «${p.clinic}».`,
      ],
      links: [{ label: 'Открыть в личном кабинете', url: p.link! }],
    }),
    notice: (p) => ({
      title: p.number ? `Заявление ${p.number}` : 'Прикрепление к поликлинике',
      body: p.number ? `Прикрепление к «${p.clinic}»: «${p.status}».` : `Вы прикреплены к «${p.clinic}».`,
      url: p.link!,
    }),
  },
  // An e-prescription sent to the pharmacy, and dispensed (issue 12, item 4): in-app and push only, by its
  // number — never the medicine, which a locked screen would show.
  prescription_sent: {
    requires: ['number', 'link'],
    notice: (p) => ({
      title: 'Рецепт отправлен в аптеку',
      body: `Электронный рецепт № ${p.number} отправлен в аптечную систему: его можно получить в аптеке.`,
      url: p.link!,
    }),
  },
  prescription_dispensed: {
    requires: ['number', 'link'],
    notice: (p) => ({
      title: 'Лекарство по рецепту выдано',
      body: `По электронному рецепту № ${p.number} аптека выдала лекарство.`,
      url: p.link!,
    }),
  },
  // The clinic admin approved or cancelled a practitioner's course enrolment (issue 12 item 8): a staff
  // matter, no patient data; in the app and by e-mail.
  course_enrolment_status: {
    requires: ['course', 'date', 'status', 'link'],
    email: (p) => ({
      subject: `Запись на курс: ${p.status}`,
      lines: [
        `Статус вашей записи на курс «${p.course}» (начало ${p.date}): «${p.status}».`,
        ...(p.reason ? [`Причина: ${p.reason}.`] : []),
      ],
      links: [{ label: 'Открыть «Мои курсы»', url: p.link! }],
    }),
    notice: (p) => ({
      title: `Запись на курс: ${p.status}`,
      body: `Курс «${p.course}» (начало ${p.date}).${p.reason ? ` Причина: ${p.reason}.` : ''}`,
      url: p.link!,
    }),
  },
  // A staff application's status changed (issue 12 item 9): the number and the status only — the type and
  // the texts stay in the cabinet (a health leave or its reason is nobody else's business).
  staff_application_status: {
    requires: ['number', 'status', 'link'],
    email: (p) => ({
      subject: `Заявление ${p.number}: ${p.status}`,
      lines: [`Статус вашего заявления ${p.number}: «${p.status}».`, 'Подробности — в личном кабинете.'],
      links: [{ label: 'Открыть «Заявления»', url: p.link! }],
    }),
    notice: (p) => ({
      title: `Заявление ${p.number}`,
      body: `Статус: «${p.status}».`,
      url: p.link!,
    }),
  },
  // A practitioner's accreditation runs out (issue 12 item 7; docs/domain.md rule 28): 30, 14 and 3 days
  // before, by SMS, push and in-app. Only the specialty and the date — nothing about anyone's health. The
  // key is not `specialty`, which SMS and push drop (a patient's visit specialty says too much): a doctor's
  // own accredited specialty is their profession, and the message would be useless without it.
  accreditation_expiring: {
    requires: ['accreditedSpecialty', 'days', 'date', 'link'],
    sms: (p) =>
      `${BRAND}: срок аккредитации по специальности «${p.accreditedSpecialty}» истекает через ${pluralDays(p.days!)} (${p.date}).`,
    notice: (p) => ({
      title: 'Истекает срок аккредитации',
      body: `Срок аккредитации по специальности «${p.accreditedSpecialty}» истекает через ${pluralDays(p.days!)} (${p.date}).`,
      url: p.link!,
    }),
  },
  // The survey after a fulfilled visit (issue 17 item 3; docs/surveys.md), once, by e-mail: the date and the
  // clinic only — never the practitioner, the specialty or anything of the visit's content (a mailbox may be
  // shared). The link opens the visit's page, where the survey is (after login).
  survey_invitation: {
    requires: ['date', 'clinic', 'link'],
    email: (p) => ({
      subject: 'Оцените, пожалуйста, визит в поликлинику',
      lines: [
        `${p.date} вы были на приёме в поликлинике «${p.clinic}».`,
        'Оцените, пожалуйста, врача, ожидание, чистоту и работу регистратуры — это займёт минуту и поможет поликлинике стать лучше.',
        'Оценку можно оставить в личном кабинете в течение 30 дней после приёма (нужен вход).',
      ],
      links: [{ label: 'Оценить приём', url: p.link! }],
    }),
  },
} satisfies Record<string, Template>;
