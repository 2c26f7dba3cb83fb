import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared';
import { absenceDecisionComment } from './absence-decision';

describe('absenceDecisionComment', () => {
  it('requires a reason to refuse, blank counting as none', () => {
    for (const reason of [undefined, null, '', '   ']) {
      const refusal = () => absenceDecisionComment('reject', reason);
      expect(refusal).toThrow(DomainError);
      expect(refusal).toThrow(expect.objectContaining({ code: 'ABSENCE_REJECTION_REASON_REQUIRED' }));
    }
  });

  it('keeps the trimmed reason of a refusal and an approval’s optional comment', () => {
    expect(absenceDecisionComment('reject', '  Некому заменить ')).toBe('Некому заменить');
    expect(absenceDecisionComment('approve', undefined)).toBeNull();
    expect(absenceDecisionComment('approve', 'Согласовано')).toBe('Согласовано');
  });
});
