import type { ActiveWardLink } from '@talon/core/access';
import { and, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { patients, regions, representativeLinks } from '../../schema';

/**
 * The representative's active parent and guardian links, with what the age rules need (core decides from
 * them which wards the representative acts for now, and with which view).
 */
export async function activeWardLinks(
  db: DbExecutor,
  representativePatientId: string,
): Promise<ActiveWardLink[]> {
  const rows = await db
    .select({
      wardPatientId: representativeLinks.wardPatientId,
      relation: representativeLinks.relation,
      wardBirthDate: patients.birthDate,
      wardTimeZone: regions.timeZone,
      isMedicalAccessAllowed: sql<boolean>`${representativeLinks.medicalAccessAllowedAt} is not null`,
    })
    .from(representativeLinks)
    .innerJoin(patients, eq(patients.id, representativeLinks.wardPatientId))
    .innerJoin(regions, eq(regions.code, patients.regionCode))
    .where(
      and(
        eq(representativeLinks.representativePatientId, representativePatientId),
        eq(representativeLinks.status, 'active'),
      ),
    );
  return rows;
}
