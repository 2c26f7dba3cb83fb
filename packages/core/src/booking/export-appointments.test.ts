import { describe, expect, it } from 'vitest';
import type { AppointmentView } from './booking.types';
import { APPOINTMENT_STATUS_NAMES, appointmentExportRow, EXPORT_COLUMNS } from './export-appointments';

const view = (overrides: Partial<AppointmentView> = {}): AppointmentView => ({
  id: '00000000-0000-4000-8000-000000000001',
  patientId: '00000000-0000-4000-8000-000000000002',
  status: 'booked',
  code: 'K7QX-M2PA',
  ticketNumber: 'ГП14-20261201-0042',
  channel: 'internet',
  visitType: 'in_person',
  specialty: { code: 'ophthalmologist', name: 'Офтальмолог' },
  slot: {
    id: '00000000-0000-4000-8000-000000000003',
    startsAt: new Date('2026-11-30T21:30:00Z'),
    endsAt: new Date('2026-11-30T22:00:00Z'),
    timeZone: 'Europe/Moscow',
  },
  organization: {
    id: '00000000-0000-4000-8000-000000000004',
    name: 'ГП № 14',
    address: 'г. Москва, ул. Ленина, 1',
  },
  room: '214',
  practitioner: { id: '00000000-0000-4000-8000-000000000005', name: 'Тестов Иван Петрович' },
  reason: 'секрет',
  cancellationReason: null,
  rescheduledToId: null,
  createdAt: new Date('2026-11-20T10:00:00Z'),
  review: null,
  ...overrides,
});

describe('appointmentExportRow', () => {
  it("writes the visit in the clinic's local date and time with the zone named, one cell per column", () => {
    const row = appointmentExportRow(view(), 'Ёлкина Мария Петровна');
    expect(row).toHaveLength(EXPORT_COLUMNS.length);
    expect(row).toEqual([
      '01.12.2026',
      '00:30',
      'московское время, UTC+3 (Europe/Moscow)',
      'Ёлкина Мария Петровна',
      'Офтальмолог',
      'Тестов Иван Петрович',
      'ГП № 14',
      'г. Москва, ул. Ленина, 1',
      '214',
      'Записан',
      'K7QX-M2PA',
      'ГП14-20261201-0042',
    ]);
  });

  it('leaves the room empty when the visit has none, and never exports the reason', () => {
    const row = appointmentExportRow(view({ room: null, status: 'cancelled_by_clinic' }), 'Ёлкина');
    expect(row[8]).toBe('');
    expect(row[9]).toBe('Отменена поликлиникой');
    expect(row.join(' ')).not.toContain('секрет');
  });
});

describe('APPOINTMENT_STATUS_NAMES', () => {
  it('names every status in Russian, each differently', () => {
    const names = Object.values(APPOINTMENT_STATUS_NAMES);
    expect(Object.keys(APPOINTMENT_STATUS_NAMES).sort()).toEqual(
      [
        'arrived',
        'booked',
        'cancelled_by_clinic',
        'cancelled_by_patient',
        'confirmed',
        'fulfilled',
        'noshow',
        'rescheduled',
      ].sort(),
    );
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[А-ЯЁ][а-яё ]+$/);
  });
});
