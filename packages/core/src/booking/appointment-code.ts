import { randomInt } from 'node:crypto';

/**
 * Letters and digits that cannot be confused when read aloud or from a screen: no 0/O, 1/I/L; also no U/V
 * pair confusion in handwriting. 31 symbols, 8 positions: about 40 bits, from a CSPRNG.
 */
export const APPOINTMENT_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTWXYZ23456789';
export const APPOINTMENT_CODE_PATTERN = /^[A-Z2-9]{4}-[A-Z2-9]{4}$/;

/** A human code such as `K7QX-M2PA` (the database keeps it unique; a clash is retried by the caller). */
export function generateAppointmentCode(pick: (max: number) => number = randomInt): string {
  const symbol = () => APPOINTMENT_CODE_ALPHABET[pick(APPOINTMENT_CODE_ALPHABET.length)];
  const group = () => Array.from({ length: 4 }, symbol).join('');
  return `${group()}-${group()}`;
}

/**
 * A human code as the desk types it (`k7qx m2pa`, `K7QX-M2PA`): letters upper-cased, spaces and dashes
 * ignored; null unless eight symbols of the alphabet remain.
 */
export function parseAppointmentCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== 8 || [...compact].some((c) => !APPOINTMENT_CODE_ALPHABET.includes(c))) return null;
  return `${compact.slice(0, 4)}-${compact.slice(4)}`;
}

/**
 * The clinic's short code for ticket numbers: its short name without spaces and the number sign
 * (`ГП № 14` → `ГП14`), at most 12 characters.
 */
export function clinicTicketPrefix(shortName: string): string {
  const compact = shortName.replace(/[№\s.,"«»]/g, '').toUpperCase();
  return (compact || 'МО').slice(0, 12);
}

/** Ticket number: clinic short code – local visit date – sequence of that day (`ГП14-20261130-0042`). */
export function formatTicketNumber(prefix: string, localDay: string, sequence: number): string {
  return `${prefix}-${localDay.replaceAll('-', '')}-${String(sequence).padStart(4, '0')}`;
}
