import type { CodeRepository, OneTimeCode } from '@talon/core/identity';
import { and, desc, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { oneTimeCodes } from '../../schema';

const toCode = (row: typeof oneTimeCodes.$inferSelect): OneTimeCode => ({ ...row });

export function createCodeRepository(db: DbExecutor): CodeRepository {
  return {
    async create(code) {
      const [row] = await db.insert(oneTimeCodes).values(code).returning();
      return toCode(row!);
    },
    async recent(purpose, subjectId, since) {
      const rows = await db
        .select()
        .from(oneTimeCodes)
        .where(
          and(
            eq(oneTimeCodes.purpose, purpose),
            eq(oneTimeCodes.subjectId, subjectId),
            gt(oneTimeCodes.createdAt, since),
          ),
        )
        .orderBy(desc(oneTimeCodes.createdAt))
        .limit(20);
      return rows.map(toCode);
    },
    async findById(id) {
      const [row] = await db.select().from(oneTimeCodes).where(eq(oneTimeCodes.id, id));
      return row ? toCode(row) : null;
    },
    async recordWrongEntry(id, at, maxAttempts) {
      const [row] = await db
        .update(oneTimeCodes)
        .set({
          attempts: sql`least(${oneTimeCodes.attempts} + 1, ${maxAttempts})`,
          diedAt: sql`case when ${oneTimeCodes.attempts} + 1 >= ${maxAttempts} then coalesce(${oneTimeCodes.diedAt}, ${at.toISOString()}::timestamptz) else ${oneTimeCodes.diedAt} end`,
        })
        .where(eq(oneTimeCodes.id, id))
        .returning({ attempts: oneTimeCodes.attempts, diedAt: oneTimeCodes.diedAt });
      return { attempts: row?.attempts ?? maxAttempts, isDead: row?.diedAt != null };
    },
    async consume(id, at) {
      const rows = await db
        .update(oneTimeCodes)
        .set({ consumedAt: at })
        .where(
          and(
            eq(oneTimeCodes.id, id),
            isNull(oneTimeCodes.consumedAt),
            isNull(oneTimeCodes.diedAt),
            lt(oneTimeCodes.attempts, 3),
          ),
        )
        .returning({ id: oneTimeCodes.id });
      return rows.length === 1;
    },
    async retire(purpose, subjectId, at) {
      await db
        .update(oneTimeCodes)
        .set({ consumedAt: at })
        .where(
          and(
            eq(oneTimeCodes.purpose, purpose),
            eq(oneTimeCodes.subjectId, subjectId),
            isNull(oneTimeCodes.consumedAt),
            isNull(oneTimeCodes.diedAt),
          ),
        );
    },
  };
}
