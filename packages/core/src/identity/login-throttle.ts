/**
 * Failed-login throttling (ASVS 2.2.1). Only failures count, so a call centre or a load test may log in
 * many accounts from one address. Per account: after 10 consecutive failures attempts are refused for a
 * cool-down, and at most 100 failures an hour are ever evaluated. Per address: a budget of failures in a
 * window, against password spraying across accounts.
 */
export const THROTTLE_RULES = {
  accountConsecutiveFailures: 10,
  accountLockSeconds: 15 * 60,
  accountFailuresPerHour: 100,
  addressFailures: 100,
  addressWindowSeconds: 15 * 60,
} as const;

export interface ThrottleFacts {
  lockedUntil: Date | null;
  accountFailuresLastHour: number;
  /** When the oldest of the last hour's failures happened (for Retry-After). */
  oldestAccountFailureInHour: Date | null;
  addressFailuresInWindow: number;
  oldestAddressFailureInWindow: Date | null;
}

const secondsUntil = (at: number, now: Date) => Math.max(1, Math.ceil((at - now.getTime()) / 1000));

/** Null when the attempt may be evaluated, or the seconds to wait. */
export function throttleWait(facts: ThrottleFacts, now: Date): number | null {
  const waits: number[] = [];
  if (facts.lockedUntil && facts.lockedUntil > now)
    waits.push(secondsUntil(facts.lockedUntil.getTime(), now));
  if (
    facts.accountFailuresLastHour >= THROTTLE_RULES.accountFailuresPerHour &&
    facts.oldestAccountFailureInHour
  ) {
    waits.push(secondsUntil(facts.oldestAccountFailureInHour.getTime() + 3600_000, now));
  }
  if (facts.addressFailuresInWindow >= THROTTLE_RULES.addressFailures && facts.oldestAddressFailureInWindow) {
    waits.push(
      secondsUntil(
        facts.oldestAddressFailureInWindow.getTime() + THROTTLE_RULES.addressWindowSeconds * 1000,
        now,
      ),
    );
  }
  return waits.length ? Math.max(...waits) : null;
}

/** After a failure: the new consecutive count and, at the threshold, the lock's end. */
export function afterFailure(
  consecutive: number,
  now: Date,
): { failedLoginCount: number; lockedUntil: Date | null } {
  const failedLoginCount = consecutive + 1;
  const isLocked = failedLoginCount % THROTTLE_RULES.accountConsecutiveFailures === 0;
  return {
    failedLoginCount,
    lockedUntil: isLocked ? new Date(now.getTime() + THROTTLE_RULES.accountLockSeconds * 1000) : null,
  };
}

/**
 * The lock an account would be under after `consecutive` failures, the last at `lastAt`: what an unknown
 * login answers, so a lockout never tells a known account from an unknown one (issue 15, item 6).
 */
export function lockAfterFailures(consecutive: number, lastAt: Date | null): Date | null {
  if (!lastAt || consecutive === 0 || consecutive % THROTTLE_RULES.accountConsecutiveFailures !== 0) {
    return null;
  }
  return new Date(lastAt.getTime() + THROTTLE_RULES.accountLockSeconds * 1000);
}
