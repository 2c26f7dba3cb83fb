import { describe, expect, it } from 'vitest';
import {
  APPOINTMENT_CODE_PATTERN,
  clinicTicketPrefix,
  formatTicketNumber,
  generateAppointmentCode,
} from './appointment-code';
import { canTransition, statusesLeadingTo } from './appointment-status';
import { isInsideCancellationWindow, isWithinRescheduleWindow, normalizeReason } from './cancellation';
import { localDate, zonedIso } from './local-time';
import { signTicketPayload, verifyTicketPayload } from './ticket-payload';

describe('appointment code and ticket number', () => {
  it('makes unambiguous 4-4 codes from the whole alphabet', () => {
    const codes = Array.from({ length: 2000 }, () => generateAppointmentCode());
    for (const code of codes) {
      expect(code).toMatch(APPOINTMENT_CODE_PATTERN);
      expect(code).not.toMatch(/[01OIL]/);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('formats the ticket number from the clinic short code, local date and sequence', () => {
    expect(clinicTicketPrefix('ГП № 14')).toBe('ГП14');
    expect(formatTicketNumber('ГП14', '2026-11-30', 42)).toBe('ГП14-20261130-0042');
  });
});

describe('status transitions', () => {
  it('follows booked → confirmed → arrived → fulfilled and the ends', () => {
    expect(canTransition('booked', 'confirmed')).toBe(true);
    expect(canTransition('confirmed', 'arrived')).toBe(true);
    expect(canTransition('arrived', 'fulfilled')).toBe(true);
    expect(canTransition('arrived', 'cancelled_by_patient')).toBe(false);
    expect(canTransition('fulfilled', 'noshow')).toBe(false);
    expect(canTransition('cancelled_by_patient', 'booked')).toBe(false);
    expect(canTransition('rescheduled', 'confirmed')).toBe(false);
    expect(statusesLeadingTo('arrived').sort()).toEqual(['booked', 'confirmed']);
  });
});

describe('cancellation and reschedule windows', () => {
  const visit = new Date('2026-12-02T09:00:00Z');
  it('requires a reason inside 24 hours', () => {
    expect(isInsideCancellationWindow(visit, new Date('2026-12-01T09:00:01Z'), 24)).toBe(true);
    expect(isInsideCancellationWindow(visit, new Date('2026-12-01T09:00:00Z'), 24)).toBe(false);
    expect(normalizeReason('  ')).toBeNull();
    expect(normalizeReason(' болею ')).toBe('болею');
  });

  it('moves within 30 days of the original date', () => {
    expect(isWithinRescheduleWindow(visit, new Date('2027-01-01T09:00:00Z'), 30)).toBe(true);
    expect(isWithinRescheduleWindow(visit, new Date('2027-01-01T09:00:01Z'), 30)).toBe(false);
  });
});

describe('local time (DESIGN rule 10)', () => {
  it('shows instants in the clinic zone with the offset, across UTC midnight', () => {
    const at = new Date('2026-11-30T22:30:00Z');
    expect(zonedIso(at, 'Europe/Kaliningrad')).toBe('2026-12-01T00:30:00+02:00');
    expect(zonedIso(at, 'Asia/Kamchatka')).toBe('2026-12-01T10:30:00+12:00');
    expect(localDate(at, 'Europe/Moscow')).toBe('2026-12-01');
    expect(localDate(at, 'UTC')).toBe('2026-11-30');
  });
});

describe('ticket QR payload', () => {
  const key = Buffer.alloc(32, 3);
  const id = '6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab';
  it('verifies its own signature and nothing else', () => {
    const payload = signTicketPayload(id, key);
    expect(verifyTicketPayload(payload, key)).toBe(id);
    expect(verifyTicketPayload(payload, Buffer.alloc(32, 4))).toBeNull();
    expect(verifyTicketPayload(`${id.replace('6f', '7f')}.${payload.split('.')[1]}`, key)).toBeNull();
    expect(verifyTicketPayload('garbage', key)).toBeNull();
    expect(verifyTicketPayload(`${payload}.x`, key)).toBeNull();
  });
});
