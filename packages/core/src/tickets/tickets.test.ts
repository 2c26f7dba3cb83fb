import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, icsUtc, renderTicketIcs } from './ticket-ics';
import { buildTicketView } from './ticket-view';
import type { TicketRecord } from './tickets.types';
import { timeZoneName } from './time-zone-names';

const record = (overrides: Partial<TicketRecord> = {}): TicketRecord => ({
  appointmentId: '0b0c6f8e-5d1e-4c1a-9a57-1f2e3d4c5b6a',
  patientId: 'p',
  organizationId: 'org-1',
  status: 'booked',
  code: 'KMTR-7Q2X',
  ticketNumber: 'ГП1-20261201-0007',
  startsAt: new Date('2026-11-30T21:30:00Z'),
  endsAt: new Date('2026-11-30T21:45:00Z'),
  visitType: 'in_person',
  patient: { surname: 'Ёлкина', name: 'Мария', patronymic: 'Петровна' },
  organization: {
    name: 'Городская поликлиника № 1',
    shortName: 'ГП № 1',
    address: 'г. Петропавловск-Камчатский, ул. Ленинская, д. 1; вход со двора',
    phone: '+7 (4152) 00-00-00',
    timeZone: 'Asia/Kamchatka',
  },
  room: '214',
  floor: 2,
  practitioner: { surname: 'Смирнов', name: 'Олег', patronymic: null },
  specialty: 'Терапевт участковый',
  ...overrides,
});

describe('the ticket view', () => {
  it('shows the date and time in the clinic zone, named, across UTC midnight', () => {
    const view = buildTicketView(record(), 'id.sig', 'https://talon.example.ru');
    expect(view.date).toBe('01.12.2026');
    expect(view.time).toBe('09:30–09:45');
    expect(view.timeZoneName).toBe('камчатское время, UTC+12 (Asia/Kamchatka)');
    expect(view.patientName).toBe('Ёлкина Мария Петровна');
    expect(view.practitionerName).toBe('Смирнов Олег');
    expect(view.room).toBe('каб. 214, 2 этаж');
    expect(view.qrPayload).toBe('id.sig');
    expect(view.roomUrl).toBeNull();
  });

  it("gives a video visit the room's address instead of a room in the clinic", () => {
    const view = buildTicketView(record({ visitType: 'video' }), 'id.sig', 'https://talon.example.ru/');
    expect(view.roomUrl).toBe('https://talon.example.ru/visit/0b0c6f8e-5d1e-4c1a-9a57-1f2e3d4c5b6a');
    expect(view.room).toBeNull();
    expect(view.visitType).toBe('видеоконсультация');
    const ics = renderTicketIcs(view, { now: new Date('2026-11-30T03:04:05Z'), domain: 'talon' }).replaceAll(
      '\r\n ',
      '',
    );
    expect(ics).toContain(`LOCATION:Видеоприём: ${view.roomUrl}`);
    expect(ics).toContain(`\r\nURL:${view.roomUrl}\r\n`);
    expect(ics).not.toContain('Ленинская');
  });

  it('names Kaliningrad time and unknown zones by offset', () => {
    expect(timeZoneName(new Date('2026-12-01T07:00:00Z'), 'Europe/Kaliningrad')).toBe(
      'калининградское время, UTC+2 (Europe/Kaliningrad)',
    );
    expect(timeZoneName(new Date('2026-12-01T07:00:00Z'), 'Asia/Kolkata')).toBe('UTC+5:30 (Asia/Kolkata)');
  });
});

describe('the calendar event', () => {
  it('escapes TEXT values (RFC 5545 §3.3.11)', () => {
    expect(escapeIcsText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
  });

  it('folds long lines at 75 octets without splitting a Cyrillic letter', () => {
    const line = `DESCRIPTION:${'ж'.repeat(100)}`;
    const folded = foldIcsLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });

  it('is an event in UTC with a reminder, CRLF lines and a stable UID', () => {
    const view = buildTicketView(record(), 'id.sig', 'https://talon.example.ru');
    const ics = renderTicketIcs(view, { now: new Date('2026-11-30T03:04:05.678Z'), domain: 'talon' });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n/);
    expect(ics).toContain('\r\nDTSTART:20261130T213000Z\r\n');
    expect(ics).toContain('\r\nDTEND:20261130T214500Z\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20261130T030405Z\r\n');
    expect(ics).toContain(`\r\nUID:${view.appointmentId}@talon\r\n`);
    expect(ics).toMatch(/BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT2H\r\n/);
    const unfolded = ics.replaceAll('\r\n ', '');
    expect(unfolded).toContain(
      'LOCATION:Городская поликлиника № 1\\, г. Петропавловск-Камчатский\\, ул. Ленинская\\, д. 1\\; вход со двора\\, каб. 214\\, 2 этаж',
    );
    expect(unfolded).toContain('Код записи: KMTR-7Q2X');
  });

  it('writes instants in UTC basic format', () => {
    expect(icsUtc(new Date('2026-12-01T07:00:00.000Z'))).toBe('20261201T070000Z');
  });
});
