import type { Principal } from '../identity';
import type { Clock } from '../shared';
import { DomainError } from '../shared';
import { isAllowedPushEndpoint, isPublicAddress } from './delivery-rules';
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

/** Browsers one account may have subscribed at once; a new one past this drops the least recently used. */
export const PUSH_SUBSCRIPTIONS_PER_ACCOUNT = 10;

/**
 * Keeps a browser's push subscription for the account (issue 15, item 11). The endpoint must be one the
 * worker may post to: https on a public host name (`isAllowedPushEndpoint`) whose every address, resolved
 * now, is public (`isPublicAddress`) — the worker checks again when it connects, against DNS rebinding.
 * An account keeps at most `PUSH_SUBSCRIPTIONS_PER_ACCOUNT`; the least recently used go first.
 */
export async function subscribeToPush(
  deps: {
    subscriptions: PushSubscriptionRepository;
    clock: Clock;
    allowInsecureEndpoints: boolean;
    /** The host's addresses (DNS); an empty list when it does not resolve. */
    resolveHost(host: string): Promise<string[]>;
  },
  principal: Principal,
  subscription: PushSubscriptionInput,
): Promise<StoredPushSubscription> {
  const invalid = () => new DomainError(Code.PUSH_ENDPOINT_INVALID, { field: 'body.endpoint' });
  if (!isAllowedPushEndpoint(subscription.endpoint, deps.allowInsecureEndpoints)) throw invalid();
  if (!deps.allowInsecureEndpoints) {
    const addresses = await deps.resolveHost(new URL(subscription.endpoint).hostname.replace(/^\[|\]$/g, ''));
    if (addresses.length === 0 || !addresses.every(isPublicAddress)) throw invalid();
  }
  const stored = await deps.subscriptions.upsert(principal.accountId, subscription, deps.clock.now());
  await deps.subscriptions.keepNewest(principal.accountId, PUSH_SUBSCRIPTIONS_PER_ACCOUNT);
  return stored;
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
