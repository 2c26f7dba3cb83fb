import { and, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { representativeLinks } from '../../schema';

/** Patients the representative acts for through an active parent or guardian link. */
export async function activeWardIds(db: DbExecutor, representativePatientId: string): Promise<string[]> {
  const rows = await db
    .select({ id: representativeLinks.wardPatientId })
    .from(representativeLinks)
    .where(
      and(
        eq(representativeLinks.representativePatientId, representativePatientId),
        eq(representativeLinks.status, 'active'),
      ),
    );
  return rows.map((row) => row.id);
}
