import type { TPersonalDataExport } from '@talon/contracts';
import { openPdf, type PdfOptions } from '@talon/db';

const ZONE = 'Europe/Moscow';
const dateTime = (iso: string | null) =>
  iso ? `${new Date(iso).toLocaleString('ru-RU', { timeZone: ZONE })} МСК` : '—';
const day = (iso: string | null) => (iso ? iso.slice(0, 10).split('-').reverse().join('.') : '—');
const yesNo = (value: boolean) => (value ? 'да' : 'нет');

const PURPOSES: Record<string, string> = {
  personal_data: 'Обработка персональных данных',
  data_sharing: 'Передача данных медицинской организации',
  booking_on_behalf: 'Запись другим человеком',
};
const KINDS: Record<string, string> = {
  access: 'Предоставление сведений',
  correction: 'Исправление данных',
  deletion: 'Удаление данных',
};
const STATUSES: Record<string, string> = {
  received: 'получен',
  in_progress: 'в работе',
  done: 'исполнен',
  rejected: 'отклонён',
};

/**
 * "All my data" as a PDF for people (152-ФЗ ст. 14): the same content as the JSON export, in Russian, with
 * times in Moscow time.
 */
export function renderPersonalDataPdf(data: TPersonalDataExport, options: PdfOptions = {}): Promise<Buffer> {
  const { doc, done } = openPdf(
    {
      size: 'A4',
      margin: 50,
      info: {
        Title: 'Персональные данные — Талон',
        Author: 'Талон',
        CreationDate: new Date(data.generatedAt),
      },
    },
    options,
  );

  const heading = (text: string) => doc.moveDown(0.8).font('bold').fontSize(13).text(text).moveDown(0.3);
  const field = (label: string, value: string | null) =>
    doc
      .font('bold')
      .fontSize(10)
      .text(`${label}: `, { continued: true })
      .font('regular')
      .text(value ?? '—');
  const line = (text: string) => doc.font('regular').fontSize(9).text(text);

  const { account, patient } = data;
  doc.font('bold').fontSize(16).text('Ваши персональные данные в системе «Талон»');
  doc
    .font('regular')
    .fontSize(10)
    .text(`Сформировано: ${dateTime(data.generatedAt)}`);

  heading('Карта пациента');
  field(
    'Фамилия, имя, отчество',
    [patient.surname, patient.name, patient.patronymic].filter(Boolean).join(' '),
  );
  field('Дата рождения', day(patient.birthDate));
  field('Пол', patient.sex === 'female' ? 'женский' : 'мужской');
  field('СНИЛС', patient.snils);
  field('Полис ОМС (ЕНП)', patient.oms);
  field('Телефон', patient.phone);
  field('Электронная почта', patient.email);
  field('Адрес', patient.address);
  field(
    'Прикрепление',
    patient.attachment
      ? `${patient.attachment.organizationName}, участок ${patient.attachment.district ?? '—'}, с ${day(patient.attachment.since)}`
      : 'нет',
  );

  heading('Учётная запись');
  field('Имя в системе', account.displayName);
  field('Вход по телефону', account.logins.phone);
  field('Вход по почте', account.logins.email);
  field('Вход по СНИЛС', yesNo(account.logins.snils));
  field('Роли', account.roles.map((grant) => grant.role).join(', ') || '—');
  field('Приложение-аутентификатор', yesNo(account.mfa.totp));
  field('Подтверждение по SMS', yesNo(account.mfa.sms));
  field('Создана', dateTime(account.createdAt));
  field('Пароль изменён', dateTime(account.passwordChangedAt));

  heading(`Сеансы входа (${account.sessions.length})`);
  for (const session of account.sessions) {
    const end = session.endedAt
      ? `завершён ${dateTime(session.endedAt)}`
      : `до ${dateTime(session.expiresAt)}`;
    line(`${dateTime(session.createdAt)} · ${session.method} · ${session.ip ?? '—'} · ${end}`);
  }

  heading(`Согласия (${data.consents.length})`);
  for (const consent of data.consents) {
    const revoked = consent.revokedAt ? `, отозвано ${dateTime(consent.revokedAt)}` : '';
    const organization = consent.organization ? `, ${consent.organization.name}` : '';
    line(
      `${PURPOSES[consent.purpose] ?? consent.purpose} — редакция ${consent.textVersion}${organization}; дано ${dateTime(consent.grantedAt)}${revoked}`,
    );
  }

  heading(`Обращения по персональным данным (${data.dataRequests.length})`);
  for (const request of data.dataRequests) {
    line(
      `${KINDS[request.kind] ?? request.kind}: ${STATUSES[request.status] ?? request.status}; подано ${dateTime(request.createdAt)}, срок ${dateTime(request.dueAt)}${request.details ? ` — ${request.details}` : ''}`,
    );
  }

  heading(`Журнал доступа к вашим данным (${data.accessLog.length})`);
  for (const entry of data.accessLog) {
    const who = entry.isOwnAction ? 'вы' : (entry.actorRole ?? 'система');
    line(`${dateTime(entry.occurredAt)} · ${entry.action} · ${who} · ${entry.outcome}`);
  }

  doc.end();
  return done;
}
