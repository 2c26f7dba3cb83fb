import { randomUUID } from 'node:crypto';
import type { EmergencyAccessRepository } from '@talon/core/access';
import { and, desc, eq, exists, gte, inArray, lt, or, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import { accountRoles, accounts, emergencyAccesses, patients } from '../../schema';

/** The reason may describe the patient's state: encrypted and bound to its grant (docs/domain.md rule 18). */
const reasonAad = (grantId: string) => aadFor(emergencyAccesses.reasonEncrypted, grantId);

export function createEmergencyAccessRepository(
  db: DbExecutor,
  cipher: FieldCipher,
): EmergencyAccessRepository {
  return {
    async grant(grant) {
      const id = randomUUID();
      await db.insert(emergencyAccesses).values({
        id,
        accountId: grant.accountId,
        patientId: grant.patientId,
        reasonEncrypted: cipher.encrypt(grant.reason, reasonAad(id)),
        createdAt: grant.at,
        expiresAt: grant.expiresAt,
      });
      return id;
    },
    async report(filter) {
      const organizationIds = filter.organizationIds;
      const rows = await db
        .select({
          id: emergencyAccesses.id,
          accountId: emergencyAccesses.accountId,
          accountName: accounts.displayName,
          patientId: emergencyAccesses.patientId,
          reasonEncrypted: emergencyAccesses.reasonEncrypted,
          createdAt: emergencyAccesses.createdAt,
          expiresAt: emergencyAccesses.expiresAt,
        })
        .from(emergencyAccesses)
        .innerJoin(accounts, eq(accounts.id, emergencyAccesses.accountId))
        .where(
          and(
            gte(emergencyAccesses.createdAt, filter.from),
            lt(emergencyAccesses.createdAt, filter.to),
            organizationIds === null
              ? undefined
              : organizationIds.length === 0
                ? sql`false`
                : or(
                    // Grants by the clinic's own staff…
                    exists(
                      db
                        .select({ one: sql`1` })
                        .from(accountRoles)
                        .where(
                          and(
                            eq(accountRoles.accountId, emergencyAccesses.accountId),
                            inArray(accountRoles.organizationId, organizationIds),
                          ),
                        ),
                    ),
                    // …and on the clinic's own patients, whoever granted them (staff of another clinic).
                    exists(
                      db
                        .select({ one: sql`1` })
                        .from(patients)
                        .where(
                          and(
                            eq(patients.id, emergencyAccesses.patientId),
                            inArray(patients.attachedOrganizationId, organizationIds),
                          ),
                        ),
                    ),
                  ),
          ),
        )
        .orderBy(desc(emergencyAccesses.createdAt))
        .limit(1000);
      return rows.map(({ reasonEncrypted, ...row }) => ({
        ...row,
        reason: reasonEncrypted ? cipher.decrypt(reasonEncrypted, reasonAad(row.id)) : '',
      }));
    },
  };
}
