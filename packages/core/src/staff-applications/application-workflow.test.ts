import { describe, expect, it } from 'vitest';
import {
  applicationNumber,
  applicationStatusAfter,
  isApplicationNumber,
  rejectionReason,
} from './application-workflow';

describe('applicationStatusAfter', () => {
  it('moves submitted → in_review → approved | rejected', () => {
    expect(applicationStatusAfter('submitted', 'review')).toBe('in_review');
    expect(applicationStatusAfter('in_review', 'approve')).toBe('approved');
    expect(applicationStatusAfter('in_review', 'reject')).toBe('rejected');
  });

  it.each([
    ['submitted', 'approve'],
    ['submitted', 'reject'],
    ['in_review', 'review'],
    ['approved', 'reject'],
    ['approved', 'review'],
    ['rejected', 'approve'],
  ] as const)('refuses %s → %s with STAFF_APPLICATION_STATUS_CONFLICT', (status, move) => {
    expect(() => applicationStatusAfter(status, move)).toThrow('STAFF_APPLICATION_STATUS_CONFLICT');
  });
});

describe('rejectionReason', () => {
  it('needs a reason, trimmed', () => {
    expect(rejectionReason('  Нет вакансий ')).toBe('Нет вакансий');
    expect(() => rejectionReason('   ')).toThrow('STAFF_APPLICATION_REASON_REQUIRED');
    expect(() => rejectionReason(undefined)).toThrow('STAFF_APPLICATION_REASON_REQUIRED');
  });
});

describe('applicationNumber', () => {
  it('is ЗЯ-<year>-<six digits at least>', () => {
    expect(applicationNumber(2026, 123)).toBe('ЗЯ-2026-000123');
    expect(applicationNumber(2026, 1234567)).toBe('ЗЯ-2026-1234567');
    expect(isApplicationNumber('ЗЯ-2026-000123')).toBe(true);
    expect(isApplicationNumber('ЗЯ-26-1')).toBe(false);
  });
});
