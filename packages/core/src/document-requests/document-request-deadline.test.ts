import { describe, expect, it } from 'vitest';
import { documentRequestDueAt, withDocumentRequestDeadline } from './document-request-deadline';
import type { DocumentRequestStatus, DocumentRequestType } from './document-requests.types';

const at = (iso: string) => new Date(iso);
const open = (type: DocumentRequestType, createdAt: string, status: DocumentRequestStatus) => ({
  type,
  status,
  createdAt: at(createdAt),
});

describe('the deadline of a certificate or extract request', () => {
  it('gives a certificate 3 working days after receipt, to the end of the Moscow day', () => {
    // Tuesday 2 February 2027 → Friday 5 February, 23:59:59.999 +03:00.
    expect(documentRequestDueAt('pool-certificate', at('2027-02-02T08:00:00Z')).toISOString()).toBe(
      '2027-02-05T20:59:59.999Z',
    );
    // Thursday 4 March 2027: Friday, then Tuesday and Wednesday (the weekend and 8 March are days off).
    expect(documentRequestDueAt('sport-certificate', at('2027-03-04T10:00:00Z')).toISOString()).toBe(
      '2027-03-10T20:59:59.999Z',
    );
  });

  it('counts the receipt day in Moscow: 23:30 MSK on a Monday is still Monday', () => {
    expect(documentRequestDueAt('visit-certificate', at('2027-02-01T20:30:00Z')).toISOString()).toBe(
      '2027-02-04T20:59:59.999Z',
    );
  });

  it('gives an extract 30 calendar days', () => {
    expect(documentRequestDueAt('outpatient-extract', at('2027-02-02T08:00:00Z')).toISOString()).toBe(
      '2027-03-04T20:59:59.999Z',
    );
  });

  it('marks a request overdue only while it is open past the deadline', () => {
    const now = at('2027-02-08T09:00:00Z');
    const overdue = withDocumentRequestDeadline(
      open('pool-certificate', '2027-02-02T08:00:00Z', 'awaiting_signature'),
      now,
    );
    expect(overdue).toMatchObject({ isOverdue: true, status: 'awaiting_signature' });
    expect(
      withDocumentRequestDeadline(open('pool-certificate', '2027-02-02T08:00:00Z', 'ready'), now).isOverdue,
    ).toBe(false);
    expect(
      withDocumentRequestDeadline(open('inpatient-extract', '2027-02-02T08:00:00Z', 'in_progress'), now)
        .isOverdue,
    ).toBe(false);
  });
});
