import type { ExternalIdentityRepository } from '@talon/core/identity';
import { and, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { externalIdentities } from '../../schema';

/** Links between accounts and external identity providers' subjects (unique per provider and subject). */
export function createExternalIdentityRepository(db: DbExecutor): ExternalIdentityRepository {
  return {
    async findAccountId(provider, subject) {
      const [row] = await db
        .select({ accountId: externalIdentities.accountId })
        .from(externalIdentities)
        .where(and(eq(externalIdentities.provider, provider), eq(externalIdentities.subject, subject)))
        .limit(1);
      return row?.accountId ?? null;
    },
    async link(accountId, provider, subject) {
      const rows = await db
        .insert(externalIdentities)
        .values({ accountId, provider, subject })
        .onConflictDoNothing({ target: [externalIdentities.provider, externalIdentities.subject] })
        .returning({ id: externalIdentities.id });
      return rows.length === 1;
    },
  };
}
