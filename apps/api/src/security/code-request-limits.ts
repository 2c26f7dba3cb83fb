import type { Config } from '@talon/config';
import type { CodeRequestLimits } from '@talon/core/identity';
import type { Clock } from '@talon/core/shared';
import type { FieldCipher, RateLimitRepository } from '@talon/db';

const HOUR = 3600;

/**
 * The shared limits on requests that send a code or a notice (issue 15, item 4): per destination — the
 * phone or e-mail, or whatever login was typed — per client address, and installation-wide, each an hour,
 * in the database's rate-limit counters so every server process counts together. The destination is kept
 * only as a keyed hash: the counters never hold a phone number in clear.
 */
export function createCodeRequestLimits(
  counters: Pick<RateLimitRepository, 'hit'>,
  cipher: Pick<FieldCipher, 'lookupHash'>,
  clock: Clock,
  limits: Config['authLimits'],
): CodeRequestLimits {
  return {
    async take({ destination, ip }) {
      const now = clock.now();
      const checks = [
        ...(destination
          ? [{ key: `codes:to:${cipher.lookupHash(`codes:${destination}`)}`, max: limits.perPhonePerHour }]
          : []),
        { key: `codes:ip:${ip}`, max: limits.perAddressPerHour },
        { key: 'codes:all', max: limits.perHour },
      ];
      // The narrowest first: one phone being pumped must not use up the address's or everyone's budget.
      for (const check of checks) {
        const verdict = await counters.hit(check.key, { max: check.max, windowSeconds: HOUR }, now);
        if (!verdict.allowed) return verdict.retryAfterSeconds;
      }
      return null;
    },
  };
}
