import { DomainError } from '@talon/core/shared';
import { describe, expect, it } from 'vitest';
import { mapDomainError } from './domain-error-map';

describe('mapDomainError: booking codes', () => {
  it('answers CONSENT_REQUIRED for registration (400) and for booking someone else (403) differently', () => {
    const registration = mapDomainError(new DomainError('CONSENT_REQUIRED'));
    expect(registration?.status).toBe(400);
    expect(registration?.detail).toMatch(/регистрация/);
    const booking = mapDomainError(new DomainError('CONSENT_REQUIRED', { params: { scope: 'booking' } }));
    expect(booking?.status).toBe(403);
    expect(booking?.detail).toMatch(/согласия/);
  });

  it('carries extension members such as the alternatives of SLOT_TAKEN', () => {
    const mapped = mapDomainError(
      new DomainError('SLOT_TAKEN', { extensions: { alternatives: [{ id: 'x' }] } }),
    );
    expect(mapped).toMatchObject({
      status: 409,
      code: 'SLOT_TAKEN',
      extensions: { alternatives: [{ id: 'x' }] },
    });
  });

  it("leaves other modules' codes alone", () => {
    expect(mapDomainError(new DomainError('NOT_A_PATIENT'))?.status).toBe(403);
    expect(mapDomainError(new DomainError('PATIENT_REQUIRED'))?.status).toBe(400);
  });
});
