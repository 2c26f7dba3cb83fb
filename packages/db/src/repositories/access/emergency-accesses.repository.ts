import type { EmergencyAccessRepository } from '@talon/core/access';
import { and, desc, eq, exists, gte, inArray, lt, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { accountRoles, accounts, emergencyAccesses } from '../../schema';

export function createEmergencyAccessRepository(db: DbExecutor): EmergencyAccessRepository {
  return {
    async grant(grant) {
      const [row] = await db
        .insert(emergencyAccesses)
        .values({
          accountId: grant.accountId,
          patientId: grant.patientId,
          reason: grant.reason,
          createdAt: grant.at,
          expiresAt: grant.expiresAt,
        })
        .returning({ id: emergencyAccesses.id });
      return row!.id;
    },
    async report(filter) {
      const rows = await db
        .select({
          id: emergencyAccesses.id,
          accountId: emergencyAccesses.accountId,
          accountName: accounts.displayName,
          patientId: emergencyAccesses.patientId,
          reason: emergencyAccesses.reason,
          createdAt: emergencyAccesses.createdAt,
          expiresAt: emergencyAccesses.expiresAt,
        })
        .from(emergencyAccesses)
        .innerJoin(accounts, eq(accounts.id, emergencyAccesses.accountId))
        .where(
          and(
            gte(emergencyAccesses.createdAt, filter.from),
            lt(emergencyAccesses.createdAt, filter.to),
            filter.organizationIds === null
              ? undefined
              : filter.organizationIds.length === 0
                ? sql`false`
                : exists(
                    db
                      .select({ one: sql`1` })
                      .from(accountRoles)
                      .where(
                        and(
                          eq(accountRoles.accountId, emergencyAccesses.accountId),
                          inArray(accountRoles.organizationId, filter.organizationIds),
                        ),
                      ),
                  ),
          ),
        )
        .orderBy(desc(emergencyAccesses.createdAt))
        .limit(1000);
      return rows;
    },
  };
}
