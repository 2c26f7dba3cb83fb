import { describe, expect, it } from 'vitest';
import { cancelledByKindOf } from './cancel-appointment';

describe('cancelledByKindOf', () => {
  it('tells the patient, their representative and the registry acting for the patient apart', () => {
    expect(cancelledByKindOf('self')).toBe('patient');
    expect(cancelledByKindOf('representative')).toBe('representative');
    expect(cancelledByKindOf('booking_consent')).toBe('representative');
    expect(cancelledByKindOf('registry')).toBe('registry');
    expect(cancelledByKindOf('organization')).toBe('registry');
  });
});
