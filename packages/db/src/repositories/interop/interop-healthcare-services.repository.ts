import type { InteropReads } from '@talon/core/interop';
import { and, asc, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../client';
import { organizations, practitionerRoles, practitioners, specialties } from '../../schema';

/**
 * A clinic's specialty (HealthcareService) has no row of its own: it is the pair (clinic, specialty) of the
 * practitioner roles, with an id derived from the pair — the same on every server, stable while the pair is
 * staffed.
 */
const serviceId: SQL<string> = sql<string>`md5(${practitionerRoles.organizationId}::text || ':' || ${practitionerRoles.specialtyCode})::uuid::text`;

/** The clinics' specialties for the FHIR interface: one per (clinic, specialty) with a practitioner role. */
export function createInteropServiceReads(db: Database): Pick<InteropReads, 'healthcareServices'> {
  return {
    async healthcareServices(c, page) {
      const where = and(
        c.ids === undefined ? undefined : c.ids.length === 0 ? sql`false` : inArray(serviceId, [...c.ids]),
        c.organizationId ? eq(practitionerRoles.organizationId, c.organizationId) : undefined,
        c.specialtyCode ? eq(practitionerRoles.specialtyCode, c.specialtyCode) : undefined,
      );
      const pairs = db
        .selectDistinct({
          organizationId: practitionerRoles.organizationId,
          code: practitionerRoles.specialtyCode,
        })
        .from(practitionerRoles)
        .where(where)
        .as('pairs');
      const [rows, counted] = await Promise.all([
        db
          .select({
            id: serviceId,
            organizationId: organizations.id,
            organizationName: organizations.name,
            code: specialties.code,
            name: specialties.name,
            referralRequired: specialties.referralRequired,
            selfBooking: specialties.selfBooking,
            active: sql<boolean>`bool_or(${practitionerRoles.isActive} and ${practitioners.isActive}) and ${organizations.isActive}`,
            locationIds: sql<string | null>`string_agg(distinct ${practitionerRoles.locationId}::text, ',')`,
          })
          .from(practitionerRoles)
          .innerJoin(practitioners, eq(practitioners.id, practitionerRoles.practitionerId))
          .innerJoin(organizations, eq(organizations.id, practitionerRoles.organizationId))
          .innerJoin(specialties, eq(specialties.code, practitionerRoles.specialtyCode))
          .where(where)
          .groupBy(
            organizations.id,
            specialties.code,
            practitionerRoles.organizationId,
            practitionerRoles.specialtyCode,
          )
          .orderBy(
            asc(organizations.name),
            asc(specialties.sortOrder),
            asc(specialties.code),
            asc(organizations.id),
          )
          .limit(page.count)
          .offset(page.offset),
        db.select({ total: count() }).from(pairs),
      ]);
      return {
        total: counted[0]?.total ?? 0,
        items: rows.map((row) => ({
          id: row.id,
          organization: { id: row.organizationId, name: row.organizationName },
          specialty: {
            code: row.code,
            name: row.name,
            referralRequired: row.referralRequired,
            selfBooking: row.selfBooking,
          },
          locationIds: row.locationIds ? row.locationIds.split(',').sort() : [],
          active: row.active,
        })),
      };
    },
  };
}
