import { describe, expect, it } from 'vitest';
import { enrolmentStatusAfter, isActiveEnrolment } from './enrolment-workflow';

describe('enrolment workflow', () => {
  it('approves or cancels one in processing, cancels an approved one', () => {
    expect(enrolmentStatusAfter('processing', 'approve')).toBe('approved');
    expect(enrolmentStatusAfter('processing', 'cancel')).toBe('cancelled');
    expect(enrolmentStatusAfter('approved', 'cancel')).toBe('cancelled');
  });

  it('refuses a second approval and anything after a cancellation', () => {
    for (const [from, move] of [
      ['approved', 'approve'],
      ['cancelled', 'approve'],
      ['cancelled', 'cancel'],
    ] as const) {
      expect(() => enrolmentStatusAfter(from, move)).toThrow(
        expect.objectContaining({ code: 'ENROLMENT_STATUS_CONFLICT' }),
      );
    }
  });

  it('counts processing and approved as active', () => {
    expect(['processing', 'approved', 'cancelled'].map((s) => isActiveEnrolment(s as never))).toEqual([
      true,
      true,
      false,
    ]);
  });
});
