import { describe, expect, it } from 'vitest';
import type { AttachmentRequest } from './attachment.types';
import { attachmentDecisionDueAt, withAttachmentDeadline } from './attachment-deadline';

const request = (createdAt: string, status: AttachmentRequest['status']) =>
  ({ id: 'r', status, createdAt: new Date(createdAt) }) as AttachmentRequest;

describe('attachment decision deadline', () => {
  it('is the end of the second working day after receipt, Moscow time', () => {
    // Monday 1 March 2027 → Wednesday 3 March, 23:59:59.999 +03:00.
    expect(attachmentDecisionDueAt(new Date('2027-03-01T07:00:00Z')).toISOString()).toBe(
      '2027-03-03T20:59:59.999Z',
    );
    // Friday evening: Monday and Tuesday count.
    expect(attachmentDecisionDueAt(new Date('2027-03-12T17:00:00Z')).toISOString()).toBe(
      '2027-03-16T20:59:59.999Z',
    );
    // Friday 5 March: Monday 8 March is a holiday, so Tuesday and Wednesday.
    expect(attachmentDecisionDueAt(new Date('2027-03-05T17:00:00Z')).toISOString()).toBe(
      '2027-03-10T20:59:59.999Z',
    );
  });

  it('skips the New Year holidays', () => {
    // 30 December 2026: 31 December – 10 January are days off, so 11 and 12 January count.
    expect(attachmentDecisionDueAt(new Date('2026-12-30T09:00:00Z')).toISOString()).toBe(
      '2027-01-12T20:59:59.999Z',
    );
  });

  it('marks a request overdue only while it waits for a decision', () => {
    const now = new Date('2027-03-04T09:00:00Z');
    expect(withAttachmentDeadline(request('2027-03-01T07:00:00Z', 'submitted'), now).isOverdue).toBe(true);
    expect(withAttachmentDeadline(request('2027-03-01T07:00:00Z', 'approved'), now).isOverdue).toBe(false);
    expect(withAttachmentDeadline(request('2027-03-03T07:00:00Z', 'submitted'), now).isOverdue).toBe(false);
  });
});
