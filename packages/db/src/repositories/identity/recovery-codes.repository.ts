import type { RecoveryCodeRepository } from '@talon/core/identity';
import { and, count, eq, isNull } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { recoveryCodes } from '../../schema';

export function createRecoveryCodeRepository(db: DbExecutor): RecoveryCodeRepository {
  return {
    async replaceAll(accountId, codeHashes) {
      await db.delete(recoveryCodes).where(eq(recoveryCodes.accountId, accountId));
      if (codeHashes.length)
        await db.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ accountId, codeHash })));
    },
    async use(accountId, codeHash, at) {
      const rows = await db
        .update(recoveryCodes)
        .set({ usedAt: at })
        .where(
          and(
            eq(recoveryCodes.accountId, accountId),
            eq(recoveryCodes.codeHash, codeHash),
            isNull(recoveryCodes.usedAt),
          ),
        )
        .returning({ id: recoveryCodes.id });
      return rows.length === 1;
    },
    async countUnused(accountId) {
      const [row] = await db
        .select({ n: count() })
        .from(recoveryCodes)
        .where(and(eq(recoveryCodes.accountId, accountId), isNull(recoveryCodes.usedAt)));
      return Number(row?.n ?? 0);
    },
  };
}
