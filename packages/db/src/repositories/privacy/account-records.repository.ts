import type { AccountRecordRepository } from '@talon/core/privacy';
import { desc, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { accountRoles, accounts, sessions } from '../../schema';

/** An account and its sessions as the person's export shows them: no hashes, no secrets, no tokens. */
export function createAccountRecordRepository(db: DbExecutor): AccountRecordRepository {
  return {
    async findAccount(accountId) {
      const [row] = await db.select().from(accounts).where(eq(accounts.id, accountId));
      if (!row) return null;
      const grants = await db
        .select({ role: accountRoles.role, organizationId: accountRoles.organizationId })
        .from(accountRoles)
        .where(eq(accountRoles.accountId, accountId));
      return {
        id: row.id,
        displayName: row.displayName,
        phone: row.phone,
        email: row.email,
        canLogInBySnils: row.snilsHash !== null,
        status: row.status,
        roles: grants,
        totpEnabled: row.totpEnabledAt !== null,
        smsMfaEnabled: row.smsMfaEnabled,
        createdAt: row.createdAt,
        passwordChangedAt: row.passwordChangedAt,
      };
    },
    async listSessions(accountId, limit) {
      return db
        .select({
          id: sessions.id,
          transport: sessions.transport,
          method: sessions.method,
          createdAt: sessions.createdAt,
          lastSeenAt: sessions.lastSeenAt,
          expiresAt: sessions.expiresAt,
          endedAt: sessions.endedAt,
          endReason: sessions.endReason,
          ip: sessions.ip,
          userAgent: sessions.userAgent,
        })
        .from(sessions)
        .where(eq(sessions.accountId, accountId))
        .orderBy(desc(sessions.createdAt), desc(sessions.id))
        .limit(limit);
    },
  };
}
