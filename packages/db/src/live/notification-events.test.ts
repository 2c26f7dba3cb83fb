import { describe, expect, it } from 'vitest';
import { parseNotificationEvent } from './notification-events';

describe('parseNotificationEvent', () => {
  it('reads a support ticket’s change (the live chat): the account and the ticket id only', () => {
    expect(
      parseNotificationEvent(JSON.stringify({ kind: 'support.ticket', accountId: 'a1', ticketId: 't1' })),
    ).toEqual({ kind: 'support.ticket', accountId: 'a1', ticketId: 't1' });
  });

  it('still reads a notification without a kind, and refuses a support event without its ticket', () => {
    expect(parseNotificationEvent(JSON.stringify({ accountId: 'a1', id: 'n1' }))).toEqual({
      kind: 'notification',
      accountId: 'a1',
      id: 'n1',
    });
    expect(parseNotificationEvent(JSON.stringify({ kind: 'support.ticket', accountId: 'a1' }))).toBeNull();
    expect(parseNotificationEvent('not json')).toBeNull();
  });
});
