import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '../messaging';

/**
 * Failed tries in a row after which a subscription is set `error` and the admins are told. With the back-off
 * below (10 s doubling, capped at 30 min) ten failures in a row span about 70 minutes of outage.
 */
export const SUBSCRIPTION_ERROR_AFTER_FAILURES = 10;

/**
 * The back-off of a notification's tries: the outbox's own (10 s × 2ⁿ⁻¹, at most 30 min); a notification is
 * tried until it is delivered or its subscription is set `error`, so it has no try limit of its own.
 */
export const REST_HOOK_RETRY_POLICY: RetryPolicy = Object.freeze({
  ...DEFAULT_RETRY_POLICY,
  maxAttempts: Number.POSITIVE_INFINITY,
});

/** Whether a failure that makes `consecutiveFailures` in a row turns the subscription to `error`. */
export const isSubscriptionFailing = (
  consecutiveFailures: number,
  threshold = SUBSCRIPTION_ERROR_AFTER_FAILURES,
) => consecutiveFailures >= threshold;
