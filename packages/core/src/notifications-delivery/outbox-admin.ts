import type { Principal } from '../identity';
import type { Channel } from '../messaging';
import type { Clock } from '../shared';
import { DomainError } from '../shared';
import { NotificationsDeliveryErrorCode as Code } from './notifications-delivery.errors';
import type { OutboxAdminRepository } from './notifications-delivery.ports';
import type { OutboxAdminPage, OutboxStatus } from './notifications-delivery.types';

/**
 * Outbox messages for the system administrator (the route admits no one else), latest change first:
 * recipients masked by the repository, no payloads.
 */
export async function listOutboxMessages(
  deps: { outbox: OutboxAdminRepository },
  _principal: Principal,
  input: { status?: OutboxStatus; channel?: Channel; limit: number; cursor?: string },
): Promise<OutboxAdminPage> {
  return deps.outbox.list({ ...input, cursor: input.cursor ?? null });
}

/**
 * Sends a dead message again: it goes back to pending, due now, with a fresh count of tries, and keeps its
 * dedupe key, so it still cannot be sent twice. Only dead messages: others are already on their way.
 */
export async function retryDeadMessage(
  deps: { outbox: OutboxAdminRepository; clock: Clock; deliverNow(outboxIds: string[]): void },
  _principal: Principal,
  input: { id: string },
): Promise<void> {
  const result = await deps.outbox.retryDead(input.id, deps.clock.now());
  if (result === null) throw new DomainError(Code.OUTBOX_MESSAGE_NOT_FOUND);
  if (!result) throw new DomainError(Code.OUTBOX_MESSAGE_NOT_RETRYABLE);
  deps.deliverNow([input.id]);
}
