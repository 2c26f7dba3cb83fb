import { describe, expect, it } from 'vitest';
import { afterFailure, THROTTLE_RULES, throttleWait } from './login-throttle';

const now = new Date('2026-11-22T10:00:00Z');
const clear = {
  lockedUntil: null,
  accountFailuresLastHour: 0,
  oldestAccountFailureInHour: null,
  addressFailuresInWindow: 0,
  oldestAddressFailureInWindow: null,
};

describe('login throttling (failures only)', () => {
  it('lets an attempt through when nothing failed', () => {
    expect(throttleWait(clear, now)).toBeNull();
  });

  it('locks the account at the tenth consecutive failure, for 15 minutes', () => {
    expect(afterFailure(8, now)).toEqual({ failedLoginCount: 9, lockedUntil: null });
    const locked = afterFailure(9, now);
    expect(locked.lockedUntil).toEqual(new Date(now.getTime() + THROTTLE_RULES.accountLockSeconds * 1000));
    expect(throttleWait({ ...clear, lockedUntil: locked.lockedUntil }, now)).toBe(900);
  });

  it('evaluates at most 100 failures an hour per account', () => {
    const oldest = new Date(now.getTime() - 50 * 60_000);
    expect(
      throttleWait({ ...clear, accountFailuresLastHour: 100, oldestAccountFailureInHour: oldest }, now),
    ).toBe(600);
    expect(
      throttleWait({ ...clear, accountFailuresLastHour: 99, oldestAccountFailureInHour: oldest }, now),
    ).toBeNull();
  });

  it('limits failures per address within the window', () => {
    const oldest = new Date(now.getTime() - 5 * 60_000);
    expect(
      throttleWait({ ...clear, addressFailuresInWindow: 100, oldestAddressFailureInWindow: oldest }, now),
    ).toBe(600);
  });
});
