import type { Clock } from '../shared';
import { DomainError } from '../shared';
import { isAllowedPushEndpoint } from './delivery-rules';
import { NotificationsDeliveryErrorCode as Code } from './notifications-delivery.errors';
import type {
  DeliveryReportRepository,
  InAppNotificationRepository,
  OutboxAdminRepository,
  PushSubscriptionRepository,
} from './notifications-delivery.ports';
import type { DeliveryStatusReport, PushSubscriptionInput } from './notifications-delivery.types';

/** Marks one of the account's notifications read; someone else's answers as a missing one. */
export async function markNotificationRead(
  deps: { notifications: InAppNotificationRepository; clock: Clock },
  input: { accountId: string; id: string },
): Promise<void> {
  const isFound = await deps.notifications.markRead(input.accountId, input.id, deps.clock.now());
  if (!isFound) throw new DomainError(Code.NOTIFICATION_NOT_FOUND);
}

/**
 * Keeps a browser's push subscription for the account. The endpoint must be one the worker may post to
 * (https, public host; see `isAllowedPushEndpoint`).
 */
export async function subscribeToPush(
  deps: { subscriptions: PushSubscriptionRepository; clock: Clock; allowInsecureEndpoints: boolean },
  input: { accountId: string; subscription: PushSubscriptionInput },
) {
  if (!isAllowedPushEndpoint(input.subscription.endpoint, deps.allowInsecureEndpoints)) {
    throw new DomainError(Code.PUSH_ENDPOINT_INVALID, { field: 'body.endpoint' });
  }
  return deps.subscriptions.upsert(input.accountId, input.subscription, deps.clock.now());
}

/** Forgets one of the account's subscriptions, by id or by endpoint (what the browser knows). */
export async function unsubscribeFromPush(
  deps: { subscriptions: PushSubscriptionRepository },
  input: { accountId: string; id?: string; endpoint?: string },
): Promise<void> {
  const isDeleted = input.id
    ? await deps.subscriptions.deleteById(input.accountId, input.id)
    : input.endpoint
      ? await deps.subscriptions.deleteByEndpoint(input.accountId, input.endpoint)
      : false;
  if (!isDeleted) throw new DomainError(Code.PUSH_SUBSCRIPTION_NOT_FOUND);
}

/**
 * Sends a dead message again: it goes back to pending, due now, with a fresh count of tries, and keeps its
 * dedupe key, so it still cannot be sent twice. Only dead messages: others are already on their way.
 */
export async function retryDeadMessage(
  deps: { outbox: OutboxAdminRepository; clock: Clock },
  id: string,
): Promise<void> {
  const result = await deps.outbox.retryDead(id, deps.clock.now());
  if (result === null) throw new DomainError(Code.OUTBOX_MESSAGE_NOT_FOUND);
  if (!result) throw new DomainError(Code.OUTBOX_MESSAGE_NOT_RETRYABLE);
}

/** Records what the gateway reported; reports for unknown message ids are counted and dropped. */
export async function recordDeliveryReports(
  deps: { reports: DeliveryReportRepository; clock: Clock },
  reports: readonly DeliveryStatusReport[],
): Promise<{ recorded: number; unknown: number }> {
  let recorded = 0;
  for (const report of reports) {
    if (await deps.reports.record(report, deps.clock.now())) recorded++;
  }
  return { recorded, unknown: reports.length - recorded };
}
