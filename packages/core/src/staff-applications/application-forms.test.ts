import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared';
import { checkApplicationForm, MAX_ATTACHMENTS, MAX_LINE } from './application-forms';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
  }
  throw new Error('expected a refusal');
};

describe('checkApplicationForm', () => {
  it('keeps the type’s fields trimmed and drops unknown keys', () => {
    expect(
      checkApplicationForm('transfer', {
        fields: { department: ' Хирургия ', from: '2026-03-01', reason: 'Переезд', other: 'x' },
        attachmentCount: 0,
      }),
    ).toEqual({ department: 'Хирургия', from: '2026-03-01', reason: 'Переезд' });
  });

  it.each([
    ['transfer', ['department', 'from', 'reason']],
    ['training', ['topic', 'from', 'to']],
    ['allowance', ['allowanceKind', 'from', 'to', 'reason']],
    ['health_leave', ['from', 'to', 'reason']],
    ['labour_complaint', ['subject', 'text']],
  ] as const)('%s requires %j, each named on its field', (type, required) => {
    const error = refusal(() => checkApplicationForm(type, { fields: {}, attachmentCount: 1 }));
    expect(error.code).toBe('STAFF_APPLICATION_INVALID');
    expect(error.options.fieldErrors?.map((e) => e.field)).toEqual(required.map((n) => `body.fields.${n}`));
  });

  it('leaves the training comment optional', () => {
    expect(
      checkApplicationForm('training', {
        fields: { topic: 'УЗИ', from: '2026-03-01', to: '2026-03-05' },
        attachmentCount: 0,
      }),
    ).toEqual({ topic: 'УЗИ', from: '2026-03-01', to: '2026-03-05' });
  });

  it('refuses an impossible date, a period ending before it starts and a long line', () => {
    const dates = refusal(() =>
      checkApplicationForm('training', {
        fields: { topic: 'x'.repeat(MAX_LINE + 1), from: '2026-02-30', to: '2026-01-01' },
        attachmentCount: 0,
      }),
    );
    expect(dates.options.fieldErrors?.map((e) => e.code)).toEqual(['too_long', 'date']);
    const period = refusal(() =>
      checkApplicationForm('allowance', {
        fields: { allowanceKind: 'За стаж', from: '2026-03-10', to: '2026-03-09', reason: 'Стаж' },
        attachmentCount: 0,
      }),
    );
    expect(period.options.field).toBe('body.fields.to');
  });

  it('requires a medical document for a health leave, and at most five attachments', () => {
    const fields = { from: '2026-03-01', to: '2026-03-14', reason: 'По рекомендации врача' };
    expect(refusal(() => checkApplicationForm('health_leave', { fields, attachmentCount: 0 })).code).toBe(
      'STAFF_APPLICATION_ATTACHMENT_REQUIRED',
    );
    expect(checkApplicationForm('health_leave', { fields, attachmentCount: 1 })).toEqual(fields);
    expect(
      refusal(() => checkApplicationForm('health_leave', { fields, attachmentCount: MAX_ATTACHMENTS + 1 }))
        .code,
    ).toBe('STAFF_APPLICATION_ATTACHMENT_INVALID');
  });
});
