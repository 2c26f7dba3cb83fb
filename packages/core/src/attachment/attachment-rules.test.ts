import { describe, expect, it } from 'vitest';
import { isDomainError } from '../shared';
import {
  assertMayChangeAttachment,
  nextChangeDay,
  normaliseDistrict,
  statusAfterDecision,
} from './attachment-rules';

const CLINIC_A = 'a0000000-0000-4000-8000-000000000001';
const CLINIC_B = 'b0000000-0000-4000-8000-000000000002';
// 10:00 in Moscow on 1 June 2026.
const NOW = new Date('2026-06-01T07:00:00Z');

const codeOf = (work: () => void) => {
  try {
    work();
  } catch (error) {
    if (isDomainError(error))
      return { code: error.code, field: error.options.field, params: error.options.params };
    throw error;
  }
  return null;
};

describe('nextChangeDay', () => {
  it('is the same day a year later; 29 February moves to 1 March', () => {
    expect(nextChangeDay('2025-06-02')).toBe('2026-06-02');
    expect(nextChangeDay('2024-02-29')).toBe('2025-03-01');
  });
});

describe('assertMayChangeAttachment (at most once a year unless moved)', () => {
  const input = { organizationId: CLINIC_B, district: null, moved: false, now: NOW };

  it('allows a first attachment and one with no known start', () => {
    expect(
      codeOf(() => assertMayChangeAttachment({ organizationId: null, district: null, since: null }, input)),
    ).toBeNull();
    expect(
      codeOf(() =>
        assertMayChangeAttachment({ organizationId: CLINIC_A, district: null, since: null }, input),
      ),
    ).toBeNull();
  });

  it('refuses a change within a year, with the first allowed day, on body.moved', () => {
    const current = { organizationId: CLINIC_A, district: '5', since: '2025-06-02' };
    expect(codeOf(() => assertMayChangeAttachment(current, input))).toEqual({
      code: 'ATTACHMENT_CHANGE_TOO_SOON',
      field: 'body.moved',
      params: { allowedFrom: '2026-06-02' },
    });
  });

  it('allows it from the same day a year later (Moscow day), and any day after a move', () => {
    const yearAgo = { organizationId: CLINIC_A, district: '5', since: '2025-06-01' };
    expect(codeOf(() => assertMayChangeAttachment(yearAgo, input))).toBeNull();
    const recent = { organizationId: CLINIC_A, district: '5', since: '2026-05-01' };
    expect(codeOf(() => assertMayChangeAttachment(recent, { ...input, moved: true }))).toBeNull();
  });

  it('refuses attaching again to the same clinic and district, but not another district', () => {
    const current = { organizationId: CLINIC_B, district: null, since: '2020-01-01' };
    expect(codeOf(() => assertMayChangeAttachment(current, input))?.code).toBe('ATTACHMENT_ALREADY_ATTACHED');
    expect(codeOf(() => assertMayChangeAttachment(current, { ...input, district: '7' }))).toBeNull();
  });
});

describe('statusAfterDecision (submitted → approved | rejected)', () => {
  it('decides a submitted request once', () => {
    expect(statusAfterDecision('submitted', 'approve')).toBe('approved');
    expect(statusAfterDecision('submitted', 'reject')).toBe('rejected');
  });

  it('refuses deciding again', () => {
    for (const status of ['approved', 'rejected'] as const) {
      expect(codeOf(() => statusAfterDecision(status, 'approve'))?.code).toBe('ATTACHMENT_STATUS_CONFLICT');
    }
  });
});

describe('normaliseDistrict', () => {
  it('trims and turns blank into null', () => {
    expect(normaliseDistrict('  12 ')).toBe('12');
    expect(normaliseDistrict('  ')).toBeNull();
    expect(normaliseDistrict(undefined)).toBeNull();
  });
});
