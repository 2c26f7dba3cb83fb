import type { Principal } from '../identity';
import type { Clock } from '../shared';
import { DomainError } from '../shared';
import { isAllowedPushEndpoint } from './delivery-rules';
import { NotificationsDeliveryErrorCode as Code } from './notifications-delivery.errors';
import type { PushSubscriptionRepository } from './notifications-delivery.ports';
import type { PushSubscriptionInput, StoredPushSubscription } from './notifications-delivery.types';

/** Web Push's application server key (VAPID public key), which browsers subscribe with; anyone may ask. */
export async function getVapidPublicKey(
  deps: { vapidPublicKey(): Promise<string> },
  _principal: Principal | null,
): Promise<string> {
  return deps.vapidPublicKey();
}

/** The account's browser subscriptions. */
export async function listPushSubscriptions(
  deps: { subscriptions: PushSubscriptionRepository },
  principal: Principal,
): Promise<StoredPushSubscription[]> {
  return deps.subscriptions.listByAccount(principal.accountId);
}

/**
 * Keeps a browser's push subscription for the account. The endpoint must be one the worker may post to
 * (https, public host; see `isAllowedPushEndpoint`).
 */
export async function subscribeToPush(
  deps: { subscriptions: PushSubscriptionRepository; clock: Clock; allowInsecureEndpoints: boolean },
  principal: Principal,
  subscription: PushSubscriptionInput,
): Promise<StoredPushSubscription> {
  if (!isAllowedPushEndpoint(subscription.endpoint, deps.allowInsecureEndpoints)) {
    throw new DomainError(Code.PUSH_ENDPOINT_INVALID, { field: 'body.endpoint' });
  }
  return deps.subscriptions.upsert(principal.accountId, subscription, deps.clock.now());
}

/** Forgets one of the account's subscriptions, by id or by endpoint (what the browser knows). */
export async function unsubscribeFromPush(
  deps: { subscriptions: PushSubscriptionRepository },
  principal: Principal,
  input: { id?: string; endpoint?: string },
): Promise<void> {
  const isDeleted = input.id
    ? await deps.subscriptions.deleteById(principal.accountId, input.id)
    : input.endpoint
      ? await deps.subscriptions.deleteByEndpoint(principal.accountId, input.endpoint)
      : false;
  if (!isDeleted) throw new DomainError(Code.PUSH_SUBSCRIPTION_NOT_FOUND);
}
