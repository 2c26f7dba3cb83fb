import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TPersonalDataExport } from '@talon/contracts';
import PDFDocument from 'pdfkit';

/**
 * DejaVu Sans from the `dejavu-fonts-ttf` package: the PDF's standard fonts have no Cyrillic, and a font of
 * the operating system may be missing on a server, so the TTF ships with the app and is embedded (subset).
 */
const FONT_FILE = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD_FONT_FILE = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
let fonts: { regular: Buffer; bold: Buffer } | null = null;
const loadFonts = () => {
  fonts ??= { regular: readFileSync(FONT_FILE), bold: readFileSync(BOLD_FONT_FILE) };
  return fonts;
};

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

export interface PdfOptions {
  /** Compress page streams (default true); tests may switch it off to read the raw file. */
  compress?: boolean;
}

/**
 * "All my data" as a PDF for people (152-ФЗ ст. 14): the same content as the JSON export, in Russian, with
 * times in Moscow time.
 */
export function renderPersonalDataPdf(data: TPersonalDataExport, options: PdfOptions = {}): Promise<Buffer> {
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    compress: options.compress ?? true,
    info: { Title: 'Персональные данные — Талон', Author: 'Талон', CreationDate: new Date(data.generatedAt) },
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

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
