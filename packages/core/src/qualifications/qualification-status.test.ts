import { describe, expect, it } from 'vitest';
import { moveQualificationStatus } from './qualification-status';

describe('qualification status workflow', () => {
  it('moves one step forward or stays', () => {
    expect(moveQualificationStatus('in_work', 'sent')).toBe('sent');
    expect(moveQualificationStatus('sent', 'confirmed')).toBe('confirmed');
    expect(moveQualificationStatus('sent', 'sent')).toBe('sent');
  });

  it('refuses going back or skipping a step', () => {
    expect(() => moveQualificationStatus('in_work', 'confirmed')).toThrow('QUALIFICATION_STATUS_CONFLICT');
    expect(() => moveQualificationStatus('confirmed', 'sent')).toThrow('QUALIFICATION_STATUS_CONFLICT');
  });
});
