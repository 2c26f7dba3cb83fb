import type { TicketView } from './tickets.types';

/** How long before the visit the calendar reminds (a reminder the patient's own device keeps). */
export const ICS_REMINDER = '-PT2H';

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
export function escapeIcsText(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replaceAll(/\r\n|\r|\n/g, '\\n');
}

/** `20261201T070000Z`: DATE-TIME in UTC (form #2), which every calendar reads without a VTIMEZONE. */
export function icsUtc(at: Date): string {
  return at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(/[-:]/g, '');
}

const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF and a space). Octets, not characters —
 * Cyrillic takes two each — and never inside a character.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with the folding space
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * The ticket as an iCalendar event (RFC 5545) with a display reminder: times in UTC (the calendar shows
 * them in the patient's zone; the description names the clinic's), the UID stable per appointment so a
 * second download updates the same event.
 */
export function renderTicketIcs(view: TicketView, options: { now: Date; domain: string }): string {
  const summary = `Приём: ${view.specialty} — ${view.practitionerName}`;
  const location = view.roomUrl
    ? `Видеоприём: ${view.roomUrl}`
    : [view.organizationName, view.address, view.room].filter(Boolean).join(', ');
  const description = [
    `Пациент: ${view.patientName}`,
    `${view.date}, ${view.time} (${view.timeZoneName})`,
    `Код записи: ${view.code}`,
    `Талон № ${view.ticketNumber}`,
    view.phone ? `Телефон регистратуры: ${view.phone}` : null,
    view.roomUrl
      ? 'Видеоприём: откройте ссылку за 15 минут до начала. Если не сможете, отмените запись в личном кабинете.'
      : 'Возьмите паспорт и полис ОМС. Если не сможете прийти, отмените запись в личном кабинете.',
  ]
    .filter(Boolean)
    .join('\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Talon//Talon booking//RU',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${view.appointmentId}@${options.domain}`,
    `DTSTAMP:${icsUtc(options.now)}`,
    `DTSTART:${icsUtc(view.startsAt)}`,
    `DTEND:${icsUtc(view.endsAt)}`,
    `SUMMARY:${escapeIcsText(summary)}`,
    `LOCATION:${escapeIcsText(location)}`,
    ...(view.roomUrl ? [`URL:${view.roomUrl}`] : []),
    `DESCRIPTION:${escapeIcsText(description)}`,
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `TRIGGER:${ICS_REMINDER}`,
    `DESCRIPTION:${escapeIcsText(`Через 2 часа: ${summary}`)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
