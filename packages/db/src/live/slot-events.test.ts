import { describe, expect, it } from 'vitest';
import { parseSlotEvent } from './slot-events';

describe('parseSlotEvent', () => {
  const valid = {
    slotId: 's',
    organizationId: 'o',
    specialtyCode: 'therapist',
    practitionerId: 'p',
    regionCode: '77',
    startsAt: '2026-12-01T09:00:00Z',
    available: true,
    availableAt: null,
  };

  it('reads the payload of the slots trigger', () => {
    expect(parseSlotEvent(JSON.stringify(valid))).toEqual(valid);
  });

  it('ignores anything else on the channel instead of throwing', () => {
    expect(parseSlotEvent('not json')).toBeNull();
    expect(parseSlotEvent('null')).toBeNull();
    expect(parseSlotEvent(JSON.stringify({ ...valid, available: 'yes' }))).toBeNull();
    expect(parseSlotEvent(JSON.stringify({ ...valid, slotId: '' }))).toBeNull();
  });
});
