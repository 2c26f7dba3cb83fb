import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared';
import { BookingErrorCode } from './booking.errors';
import { enforceRefusals } from './place-appointment';

describe('enforceRefusals (rule 5a)', () => {
  const channel = { code: BookingErrorCode.CHANNEL_NOT_ALLOWED };
  const past = { code: BookingErrorCode.SLOT_IN_PAST, params: { minutes: 60 } };
  const limit = { code: BookingErrorCode.SPECIALTY_LIMIT };

  it('throws the first refusal when nobody may override', () => {
    expect(() => enforceRefusals([channel, limit], false)).toThrow(DomainError);
    expect(() => enforceRefusals([past, channel], false)).toThrow(
      expect.objectContaining({ code: BookingErrorCode.SLOT_IN_PAST, options: { params: { minutes: 60 } } }),
    );
  });

  it('lets staff with a reason override channel, quota, limit and attachment — never timing', () => {
    expect(enforceRefusals([channel, limit], true)).toEqual([channel, limit]);
    expect(() => enforceRefusals([channel, past], true)).toThrow(BookingErrorCode.SLOT_IN_PAST);
    expect(enforceRefusals([], false)).toEqual([]);
  });
});
