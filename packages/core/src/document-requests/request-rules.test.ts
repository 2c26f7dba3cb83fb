import { describe, expect, it } from 'vitest';
import { isDomainError } from '../shared';
import { DocumentRequestsErrorCode } from './document-requests.errors';
import { DOCUMENT_REQUEST_STATUSES, DOCUMENT_REQUEST_TYPES } from './document-requests.types';
import {
  canMoveDocumentRequest,
  checkPeriod,
  documentRequestStatusesBefore,
  documentTypeOf,
  formatRequestNumber,
  initialStatus,
  isAutomatic,
  isReusable,
  isSameOrder,
} from './request-rules';

const codeOf = (work: () => void) => {
  try {
    work();
  } catch (error) {
    return isDomainError(error) ? error.code : 'other';
  }
  return null;
};

describe('document request workflow', () => {
  it('allows exactly in_progress → ready and awaiting_signature → ready | rejected', () => {
    const allowed = DOCUMENT_REQUEST_STATUSES.flatMap((from) =>
      DOCUMENT_REQUEST_STATUSES.filter((to) => canMoveDocumentRequest(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual(['in_progress→ready', 'awaiting_signature→ready', 'awaiting_signature→rejected']);
    expect(documentRequestStatusesBefore('ready')).toEqual(['in_progress', 'awaiting_signature']);
    expect(documentRequestStatusesBefore('rejected')).toEqual(['awaiting_signature']);
    expect(documentRequestStatusesBefore('in_progress')).toEqual([]);
  });

  it('generates vaccination and visit certificates and lab extracts; the rest wait for a doctor', () => {
    expect(DOCUMENT_REQUEST_TYPES.filter(isAutomatic)).toEqual([
      'vaccination-certificate',
      'visit-certificate',
      'lab-results-extract',
    ]);
    expect(initialStatus('vaccination-certificate')).toBe('in_progress');
    expect(initialStatus('pool-certificate')).toBe('awaiting_signature');
    expect(documentTypeOf('inpatient-extract')).toBe('discharge-summary');
    expect(documentTypeOf('sport-certificate')).toBe('sport-certificate');
  });

  it('numbers certificates СПР and extracts ВЫП with the year and six digits', () => {
    expect(formatRequestNumber('vaccination-certificate', 2026, 45)).toBe('СПР-2026-000045');
    expect(formatRequestNumber('lab-results-extract', 2026, 1234567)).toBe('ВЫП-2026-1234567');
  });
});

describe('the period of an order', () => {
  const today = '2026-12-01';
  it('is required for extracts over a period, optional for certificates', () => {
    expect(codeOf(() => checkPeriod('lab-results-extract', null, today))).toBe(
      DocumentRequestsErrorCode.DOCUMENT_REQUEST_PERIOD_REQUIRED,
    );
    expect(codeOf(() => checkPeriod('vaccination-certificate', null, today))).toBeNull();
  });
  it('must not end before it starts, start in the future or span more than five years', () => {
    const invalid = DocumentRequestsErrorCode.DOCUMENT_REQUEST_PERIOD_INVALID;
    const check = (from: string, to: string) =>
      codeOf(() => checkPeriod('lab-results-extract', { from, to }, today));
    expect(check('2026-02-01', '2026-01-31')).toBe(invalid);
    expect(check('2026-12-02', '2026-12-31')).toBe(invalid);
    expect(check('2020-01-01', '2026-12-01')).toBe(invalid);
    expect(check('2026-01-01', '2026-01-01')).toBeNull();
    expect(check('2022-01-01', '2026-12-01')).toBeNull();
  });
});

describe('ordering again reuses the last request', () => {
  const order = {
    type: 'visit-certificate' as const,
    purpose: 'Для работы',
    period: null,
    encounterId: 'e1',
  };
  it('is the same order whatever the case and spacing of the purpose, not for another visit or period', () => {
    expect(isSameOrder(order, { ...order, purpose: '  для   работы ' })).toBe(true);
    expect(isSameOrder(order, { ...order, purpose: 'для школы' })).toBe(false);
    expect(isSameOrder(order, { ...order, encounterId: 'e2' })).toBe(false);
    expect(isSameOrder(order, { ...order, period: { from: '2026-01-01', to: '2026-02-01' } })).toBe(false);
  });
  it('reuses one being made or signed; a ready one while current and not revoked; never a rejected one', () => {
    expect(isReusable({ status: 'in_progress', sourceStamp: 'a' }, 'b', false)).toBe(true);
    expect(isReusable({ status: 'awaiting_signature', sourceStamp: 'a' }, 'b', false)).toBe(true);
    expect(isReusable({ status: 'ready', sourceStamp: 'a' }, 'a', false)).toBe(true);
    expect(isReusable({ status: 'ready', sourceStamp: 'a' }, 'b', false)).toBe(false);
    expect(isReusable({ status: 'ready', sourceStamp: 'a' }, 'a', true)).toBe(false);
    expect(isReusable({ status: 'rejected', sourceStamp: 'a' }, 'a', false)).toBe(false);
  });
});
