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
import { signTicketPayload, ticketPayloadExpiry, verifyTicketPayload } from './ticket-payload';

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

describe('local time (docs/domain.md rule 10)', () => {
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
  const now = new Date('2026-12-01T07:00:00Z');
  const expiresAt = ticketPayloadExpiry(new Date('2026-12-01T08:00:00Z'));
  it('verifies its own signature and nothing else', () => {
    const payload = signTicketPayload(id, expiresAt, key);
    const [, expiry, signature] = payload.split('.');
    expect(verifyTicketPayload(payload, key, now)).toBe(id);
    expect(verifyTicketPayload(payload, Buffer.alloc(32, 4), now)).toBeNull();
    expect(verifyTicketPayload(`${id.replace('6f', '7f')}.${expiry}.${signature}`, key, now)).toBeNull();
    expect(verifyTicketPayload('garbage', key, now)).toBeNull();
    expect(verifyTicketPayload(`${payload}.x`, key, now)).toBeNull();
  });

  it('carries an expiry a day after the visit starts, which the signature covers (issue 15, item 11)', () => {
    const payload = signTicketPayload(id, expiresAt, key);
    expect(expiresAt.toISOString()).toBe('2026-12-02T08:00:00.000Z');
    expect(verifyTicketPayload(payload, key, new Date('2026-12-02T07:59:59Z'))).toBe(id);
    expect(verifyTicketPayload(payload, key, expiresAt)).toBeNull();
    const [, , signature] = payload.split('.');
    const later = Math.floor(Date.parse('2027-12-01T00:00:00Z') / 1000).toString(36);
    expect(verifyTicketPayload(`${id}.${later}.${signature}`, key, expiresAt)).toBeNull();
    // The old form without an expiry is refused.
    expect(verifyTicketPayload(`${id}.${signature}`, key, now)).toBeNull();
  });
});
