import type { LoginFailureRepository } from '@talon/core/identity';
import { and, count, eq, gt, min } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { loginFailures } from '../../schema';

export function createLoginFailureRepository(db: DbExecutor): LoginFailureRepository {
  return {
    async record(accountId, ip, at) {
      await db.insert(loginFailures).values({ accountId, ip, createdAt: at });
    },
    async facts(accountId, ip, now, addressWindowSeconds) {
      const hourAgo = new Date(now.getTime() - 3600_000);
      const windowStart = new Date(now.getTime() - addressWindowSeconds * 1000);
      const [account] = accountId
        ? await db
            .select({ n: count(), oldest: min(loginFailures.createdAt) })
            .from(loginFailures)
            .where(and(eq(loginFailures.accountId, accountId), gt(loginFailures.createdAt, hourAgo)))
        : [{ n: 0, oldest: null }];
      const [address] = await db
        .select({ n: count(), oldest: min(loginFailures.createdAt) })
        .from(loginFailures)
        .where(and(eq(loginFailures.ip, ip), gt(loginFailures.createdAt, windowStart)));
      const asDate = (value: Date | string | null | undefined) => (value ? new Date(value) : null);
      return {
        accountFailuresLastHour: Number(account?.n ?? 0),
        oldestAccountFailureInHour: asDate(account?.oldest),
        addressFailuresInWindow: Number(address?.n ?? 0),
        oldestAddressFailureInWindow: asDate(address?.oldest),
      };
    },
  };
}
