import { DomainError } from '../shared';
import { SupportErrorCode } from './support.errors';
import type { SupportTicketStatus } from './support.types';

/**
 * What moves a ticket (issue 17 item 2):
 * - `take`: an operator takes it or is assigned it;
 * - `operator_reply`: the operator answers and waits for the person;
 * - `author_reply`: the person writes (and so reopens a resolved ticket);
 * - `resolve`: the operator marks it solved;
 * - `close`: the person (or the operator) closes it.
 */
export type SupportEvent = 'take' | 'operator_reply' | 'author_reply' | 'resolve' | 'close';

const MOVES: Readonly<Record<SupportEvent, Partial<Record<SupportTicketStatus, SupportTicketStatus>>>> = {
  take: { new: 'in_progress', in_progress: 'in_progress', awaiting_reply: 'awaiting_reply' },
  operator_reply: { new: 'awaiting_reply', in_progress: 'awaiting_reply', awaiting_reply: 'awaiting_reply' },
  author_reply: {
    new: 'new',
    in_progress: 'in_progress',
    awaiting_reply: 'in_progress',
    resolved: 'in_progress',
  },
  resolve: { new: 'resolved', in_progress: 'resolved', awaiting_reply: 'resolved' },
  close: { new: 'closed', in_progress: 'closed', awaiting_reply: 'closed', resolved: 'closed' },
};

/**
 * The status after `event`: «Новое» → «В работе» (taken) → «Ожидает ответа» (answered) → «В работе» (the
 * person writes back) → «Решено» → «Закрыто». A closed ticket is final; anything not listed is 409
 * `SUPPORT_STATUS_CONFLICT`.
 */
export function supportStatusAfter(current: SupportTicketStatus, event: SupportEvent): SupportTicketStatus {
  const next = MOVES[event][current];
  if (!next) {
    throw new DomainError(SupportErrorCode.SUPPORT_STATUS_CONFLICT, { params: { status: current, event } });
  }
  return next;
}

/** An open ticket is one still to be handled: it counts in the queue and in the resolution time. */
export const isOpenTicket = (status: SupportTicketStatus) => status !== 'resolved' && status !== 'closed';
