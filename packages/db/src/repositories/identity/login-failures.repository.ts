import type { LoginFailureRepository, LoginSubject } from '@talon/core/identity';
import { and, count, eq, gt, max, min } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { loginFailures } from '../../schema';

const asDate = (value: Date | string | null | undefined) => (value ? new Date(value) : null);

/** The rows of one subject: a known account's, or an unknown login's (by its keyed hash). */
const ofSubject = (subject: LoginSubject) =>
  subject.accountId !== undefined
    ? eq(loginFailures.accountId, subject.accountId)
    : eq(loginFailures.loginHash, subject.loginHash);

export function createLoginFailureRepository(db: DbExecutor): LoginFailureRepository {
  return {
    async record(subject, ip, at) {
      await db.insert(loginFailures).values({
        accountId: subject.accountId ?? null,
        loginHash: subject.loginHash ?? null,
        ip,
        createdAt: at,
      });
    },
    async facts(subject, ip, now, addressWindowSeconds) {
      const hourAgo = new Date(now.getTime() - 3600_000);
      const windowStart = new Date(now.getTime() - addressWindowSeconds * 1000);
      const [own] = await db
        .select({ n: count(), oldest: min(loginFailures.createdAt) })
        .from(loginFailures)
        .where(and(ofSubject(subject), gt(loginFailures.createdAt, hourAgo)));
      const [address] = await db
        .select({ n: count(), oldest: min(loginFailures.createdAt) })
        .from(loginFailures)
        .where(and(eq(loginFailures.ip, ip), gt(loginFailures.createdAt, windowStart)));
      return {
        accountFailuresLastHour: Number(own?.n ?? 0),
        oldestAccountFailureInHour: asDate(own?.oldest),
        addressFailuresInWindow: Number(address?.n ?? 0),
        oldestAddressFailureInWindow: asDate(address?.oldest),
      };
    },
    async unknownLoginFailures(loginHash) {
      const [row] = await db
        .select({ n: count(), last: max(loginFailures.createdAt) })
        .from(loginFailures)
        .where(eq(loginFailures.loginHash, loginHash));
      return { count: Number(row?.n ?? 0), lastAt: asDate(row?.last) };
    },
  };
}
