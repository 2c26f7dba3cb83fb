import { describe, expect, it } from 'vitest';
import { generateAppointmentCode, parseAppointmentCode } from './appointment-code';

describe('parseAppointmentCode', () => {
  it('reads a code as the desk types it: any case, spaces or a dash', () => {
    expect(parseAppointmentCode('k7qx m2pa')).toBe('K7QX-M2PA');
    expect(parseAppointmentCode(' K7QX-M2PA ')).toBe('K7QX-M2PA');
    const code = generateAppointmentCode();
    expect(parseAppointmentCode(code)).toBe(code);
  });

  it('refuses a wrong length and symbols the alphabet leaves out (0, O, 1, I)', () => {
    expect(parseAppointmentCode('K7QX-M2P')).toBeNull();
    expect(parseAppointmentCode('K7QX-M2PA9')).toBeNull();
    expect(parseAppointmentCode('K7QX-M2P0')).toBeNull();
    expect(parseAppointmentCode('K7QX-M2PI')).toBeNull();
  });
});
