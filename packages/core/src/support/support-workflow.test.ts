import { describe, expect, it } from 'vitest';
import { isDomainError } from '../shared';
import { SUPPORT_TICKET_STATUSES } from './support.types';
import { isOpenTicket, supportStatusAfter } from './support-workflow';

const refused = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return isDomainError(error) ? error.code : 'other';
  }
  return 'allowed';
};

describe('supportStatusAfter', () => {
  it('walks a ticket through its stages: new → in progress → awaiting reply → in progress → resolved → closed', () => {
    let status = supportStatusAfter('new', 'take');
    expect(status).toBe('in_progress');
    status = supportStatusAfter(status, 'operator_reply');
    expect(status).toBe('awaiting_reply');
    status = supportStatusAfter(status, 'author_reply');
    expect(status).toBe('in_progress');
    status = supportStatusAfter(status, 'resolve');
    expect(status).toBe('resolved');
    expect(supportStatusAfter(status, 'close')).toBe('closed');
  });

  it('reopens a resolved ticket when the person writes again', () => {
    expect(supportStatusAfter('resolved', 'author_reply')).toBe('in_progress');
  });

  it('keeps a new ticket new while only its author writes', () => {
    expect(supportStatusAfter('new', 'author_reply')).toBe('new');
  });

  it('refuses every move of a closed ticket', () => {
    for (const event of ['take', 'operator_reply', 'author_reply', 'resolve', 'close'] as const) {
      expect(refused(() => supportStatusAfter('closed', event))).toBe('SUPPORT_STATUS_CONFLICT');
    }
  });

  it('refuses to resolve twice, to answer or take a resolved ticket', () => {
    expect(refused(() => supportStatusAfter('resolved', 'resolve'))).toBe('SUPPORT_STATUS_CONFLICT');
    expect(refused(() => supportStatusAfter('resolved', 'operator_reply'))).toBe('SUPPORT_STATUS_CONFLICT');
    expect(refused(() => supportStatusAfter('resolved', 'take'))).toBe('SUPPORT_STATUS_CONFLICT');
  });

  it('lets any ticket but a closed one be closed', () => {
    for (const status of SUPPORT_TICKET_STATUSES.filter((s) => s !== 'closed')) {
      expect(supportStatusAfter(status, 'close')).toBe('closed');
    }
  });

  it('counts only new, in-progress and awaiting tickets as open', () => {
    expect(SUPPORT_TICKET_STATUSES.filter(isOpenTicket)).toEqual(['new', 'in_progress', 'awaiting_reply']);
  });
});
