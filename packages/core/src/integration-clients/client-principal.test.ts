import { describe, expect, it } from 'vitest';
import { formatSystemScope, grantScopes, parseSystemScope, scopesAllow } from './client-principal';

describe('SMART v2 system scopes', () => {
  it('parses system scopes and refuses other forms', () => {
    expect(parseSystemScope('system/Slot.rs')?.permissions).toEqual(new Set(['r', 's']));
    expect(parseSystemScope('system/*.cruds')?.resourceType).toBe('*');
    expect(parseSystemScope('system/Slot.sr')).toBeNull();
    expect(parseSystemScope('patient/Slot.rs')).toBeNull();
    expect(parseSystemScope('system/Slot.read')).toBeNull();
    expect(parseSystemScope('system/Slot.')).toBeNull();
  });

  it('formats permissions in canonical order', () => {
    expect(formatSystemScope('Appointment', ['s', 'c', 'r'])).toBe('system/Appointment.crs');
  });

  it('checks a permission on a resource type, wildcards included', () => {
    expect(scopesAllow(['system/Slot.rs'], 'Slot', 's')).toBe(true);
    expect(scopesAllow(['system/Slot.rs'], 'Appointment', 'c')).toBe(false);
    expect(scopesAllow(['system/*.r'], 'Patient', 'r')).toBe(true);
    expect(scopesAllow(['system/*.r'], 'Patient', 's')).toBe(false);
  });

  it('grants the requested scopes cut down to the allowed ones', () => {
    const allowed = ['system/Slot.rs', 'system/Appointment.cruds'];
    expect(grantScopes(['system/Slot.cruds', 'system/Observation.c'], allowed)).toEqual(['system/Slot.rs']);
    expect(grantScopes([], allowed)).toEqual(allowed.slice().sort());
    expect(grantScopes(['system/*.r'], allowed)).toEqual([]);
    expect(grantScopes(['system/Patient.r'], ['system/*.rs'])).toEqual(['system/Patient.r']);
  });
});
