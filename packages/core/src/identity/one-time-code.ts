import type { OneTimeCode } from './identity.types';

/** docs/domain.md rule 12: 6 digits, short expiry, dead after 3 wrong entries, then a cool-down; resend limited. */
export const CODE_RULES = {
  ttlSeconds: 10 * 60,
  maxAttempts: 3,
  cooldownSeconds: 15 * 60,
  resendIntervalSeconds: 60,
  maxSendsPerHour: 5,
} as const;

export type CodeCheck =
  | { ok: true }
  | { ok: false; reason: 'expired' | 'consumed' }
  | { ok: false; reason: 'blocked'; retryAfterSeconds: number }
  | { ok: false; reason: 'wrong'; attemptsLeft: number; isDead: boolean };

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** When a dead code's cool-down ends, or null when the subject is not cooling down. */
export function cooldownEndsAt(codes: readonly OneTimeCode[], now: Date): Date | null {
  for (const code of codes) {
    if (!code.diedAt) continue;
    const ends = new Date(code.diedAt.getTime() + CODE_RULES.cooldownSeconds * 1000);
    if (ends > now) return ends;
  }
  return null;
}

/**
 * Judges an entered code against the latest code of its subject. `matches` is whether the hash of the
 * entry equals the stored hash (compared by the caller in constant time).
 */
export function checkCode(code: OneTimeCode, matches: boolean, now: Date): CodeCheck {
  if (code.diedAt) {
    const ends = code.diedAt.getTime() + CODE_RULES.cooldownSeconds * 1000;
    return { ok: false, reason: 'blocked', retryAfterSeconds: seconds(ends - now.getTime()) };
  }
  if (code.consumedAt) return { ok: false, reason: 'consumed' };
  if (code.expiresAt <= now) return { ok: false, reason: 'expired' };
  if (matches) return { ok: true };
  const attempts = code.attempts + 1;
  return {
    ok: false,
    reason: 'wrong',
    attemptsLeft: CODE_RULES.maxAttempts - attempts,
    isDead: attempts >= CODE_RULES.maxAttempts,
  };
}

/**
 * Whether a new code may be sent for a subject now: not during a cool-down, not sooner than a minute after
 * the last one, and at most five an hour. `recent` are the subject's codes of the last hour, newest first.
 */
export function checkResend(
  recent: readonly OneTimeCode[],
  now: Date,
): { ok: true } | { ok: false; reason: 'blocked' | 'too_soon'; retryAfterSeconds: number } {
  const cooldown = cooldownEndsAt(recent, now);
  if (cooldown)
    return { ok: false, reason: 'blocked', retryAfterSeconds: seconds(cooldown.getTime() - now.getTime()) };
  const last = recent[0];
  if (last) {
    const next = last.createdAt.getTime() + CODE_RULES.resendIntervalSeconds * 1000;
    if (next > now.getTime())
      return { ok: false, reason: 'too_soon', retryAfterSeconds: seconds(next - now.getTime()) };
  }
  const hourAgo = now.getTime() - 3600_000;
  const inHour = recent.filter((c) => c.createdAt.getTime() > hourAgo);
  if (inHour.length >= CODE_RULES.maxSendsPerHour) {
    const oldest = inHour[inHour.length - 1]!;
    return {
      ok: false,
      reason: 'too_soon',
      retryAfterSeconds: seconds(oldest.createdAt.getTime() + 3600_000 - now.getTime()),
    };
  }
  return { ok: true };
}
