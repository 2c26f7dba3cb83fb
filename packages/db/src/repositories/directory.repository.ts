import type { DirectoryRepository, OrganizationSummary } from '@talon/core/directory';
import { and, asc, count, eq, exists, inArray, like, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { locations, organizations, practitionerRoles, practitioners, regions, specialties } from '../schema';
import { fullName } from '../sql';
import { containsPattern, searchWords } from './like-pattern';

const EARTH_RADIUS_KM = 6371;

/** Great-circle distance in km from a point to the clinic (haversine; plenty for "near me"). */
const distanceKm = (lat: number, lon: number) => sql<number>`${EARTH_RADIUS_KM * 2} * asin(sqrt(
    power(sin(radians(${organizations.lat} - ${lat}) / 2), 2) +
    cos(radians(${lat})) * cos(radians(${organizations.lat})) *
    power(sin(radians(${organizations.lon} - ${lon}) / 2), 2)))`;

const summaryColumns = {
  id: organizations.id,
  name: organizations.name,
  shortName: organizations.shortName,
  kind: organizations.kind,
  regionCode: organizations.regionCode,
  regionName: regions.name,
  address: organizations.address,
  lat: organizations.lat,
  lon: organizations.lon,
  timeZone: organizations.timeZone,
  phone: organizations.phone,
};

type SummaryRow = Omit<OrganizationSummary, 'region' | 'location' | 'distanceKm'> & {
  regionCode: string;
  regionName: string;
  lat: number;
  lon: number;
};

const toSummary = (row: SummaryRow): OrganizationSummary => ({
  id: row.id,
  name: row.name,
  shortName: row.shortName,
  kind: row.kind,
  region: { code: row.regionCode, name: row.regionName },
  address: row.address,
  location: { lat: row.lat, lon: row.lon },
  timeZone: row.timeZone,
  phone: row.phone,
});

/** What the list and the page of a practitioner share, from the practitioner's row. */
const toPractitionerBase = (row: typeof practitioners.$inferSelect) => ({
  id: row.id,
  fullName: fullName(row),
  surname: row.surname,
  name: row.name,
  patronymic: row.patronymic,
  sex: row.sex,
  photoUrl: row.photoUrl,
  qualificationCategory: row.qualificationCategory,
  experienceSince: row.experienceSince,
  rating: row.rating === null ? null : Number(row.rating),
  reviewsCount: row.reviewsCount,
});

const textConditions = (
  column: typeof organizations.searchText | typeof practitioners.searchText,
  text?: string,
) => (text ? searchWords(text).map((word) => like(column, containsPattern(word))) : []);

/** The public directory in SQL; returns read models, never rows. */
export function createDirectoryRepository(db: Database): DirectoryRepository {
  async function listRoles(practitionerIds: string[]) {
    if (practitionerIds.length === 0) return [];
    return db
      .select({
        id: practitionerRoles.id,
        practitionerId: practitionerRoles.practitionerId,
        organizationId: organizations.id,
        organizationName: organizations.name,
        address: organizations.address,
        timeZone: organizations.timeZone,
        specialtyCode: specialties.code,
        specialtyName: specialties.name,
        room: locations.room,
      })
      .from(practitionerRoles)
      .innerJoin(organizations, eq(organizations.id, practitionerRoles.organizationId))
      .innerJoin(specialties, eq(specialties.code, practitionerRoles.specialtyCode))
      .leftJoin(locations, eq(locations.id, practitionerRoles.locationId))
      .where(
        and(
          inArray(practitionerRoles.practitionerId, practitionerIds),
          eq(practitionerRoles.isActive, true),
          eq(organizations.isActive, true),
        ),
      )
      .orderBy(asc(specialties.sortOrder), asc(organizations.name));
  }

  const uniqueBy = <T>(items: T[], key: (item: T) => string) => [
    ...new Map(items.map((item) => [key(item), item])).values(),
  ];

  return {
    async listRegions() {
      return db.select().from(regions).orderBy(asc(regions.code));
    },

    async findRegion(code) {
      const [row] = await db.select().from(regions).where(eq(regions.code, code));
      return row;
    },

    async listSpecialties() {
      const rows = await db.select().from(specialties).orderBy(asc(specialties.sortOrder));
      return rows.map(({ sortOrder: _, ...specialty }) => specialty);
    },

    async findSpecialty(code) {
      const [row] = await db.select().from(specialties).where(eq(specialties.code, code));
      if (!row) return undefined;
      const { sortOrder: _, ...specialty } = row;
      return specialty;
    },

    async searchOrganizations(filter) {
      const conditions: SQL[] = [
        eq(organizations.isActive, true),
        ...textConditions(organizations.searchText, filter.text),
      ];
      if (filter.regionCode) conditions.push(eq(organizations.regionCode, filter.regionCode));
      if (filter.kind) conditions.push(eq(organizations.kind, filter.kind));
      if (filter.specialtyCode) {
        conditions.push(
          exists(
            db
              .select({ one: sql`1` })
              .from(practitionerRoles)
              .where(
                and(
                  eq(practitionerRoles.organizationId, organizations.id),
                  eq(practitionerRoles.specialtyCode, filter.specialtyCode),
                  eq(practitionerRoles.isActive, true),
                ),
              ),
          ),
        );
      }
      const where = and(...conditions);
      const distance = filter.near ? distanceKm(filter.near.lat, filter.near.lon) : undefined;
      const rows = await db
        .select({ ...summaryColumns, distance: distance ?? sql<null>`null` })
        .from(organizations)
        .innerJoin(regions, eq(regions.code, organizations.regionCode))
        .where(where)
        .orderBy(...(distance ? [asc(distance)] : []), asc(organizations.name), asc(organizations.id))
        .limit(filter.pageSize)
        .offset((filter.page - 1) * filter.pageSize);
      const [total] = await db.select({ value: count() }).from(organizations).where(where);
      return {
        items: rows.map((row) => ({
          ...toSummary(row),
          ...(row.distance === null ? {} : { distanceKm: Math.round(Number(row.distance) * 10) / 10 }),
        })),
        total: total?.value ?? 0,
        page: filter.page,
        pageSize: filter.pageSize,
      };
    },

    async findOrganization(id) {
      const [row] = await db
        .select({
          ...summaryColumns,
          registryCode: organizations.registryCode,
          website: organizations.website,
          openingHours: organizations.openingHours,
          horizonDays: organizations.bookingHorizonDays,
          minNoticeMinutes: organizations.minNoticeMinutes,
          cancellationWindowHours: organizations.cancellationWindowHours,
        })
        .from(organizations)
        .innerJoin(regions, eq(regions.code, organizations.regionCode))
        .where(and(eq(organizations.id, id), eq(organizations.isActive, true)));
      if (!row) return undefined;
      const activeRoles = and(eq(practitionerRoles.organizationId, id), eq(practitionerRoles.isActive, true));
      const offered = await db
        .selectDistinct({ code: specialties.code, name: specialties.name, sortOrder: specialties.sortOrder })
        .from(practitionerRoles)
        .innerJoin(specialties, eq(specialties.code, practitionerRoles.specialtyCode))
        .where(activeRoles)
        .orderBy(asc(specialties.sortOrder));
      const [staff] = await db
        .select({ value: sql<number>`count(distinct ${practitionerRoles.practitionerId})::int` })
        .from(practitionerRoles)
        .where(activeRoles);
      return {
        ...toSummary(row),
        registryCode: row.registryCode,
        website: row.website,
        openingHours: row.openingHours,
        bookingPolicy: {
          horizonDays: row.horizonDays,
          minNoticeMinutes: row.minNoticeMinutes,
          cancellationWindowHours: row.cancellationWindowHours,
        },
        specialties: offered.map(({ code, name }) => ({ code, name })),
        practitionersCount: Number(staff?.value ?? 0),
      };
    },

    async searchPractitioners(filter) {
      const roleConditions: SQL[] = [
        eq(practitionerRoles.practitionerId, practitioners.id),
        eq(practitionerRoles.isActive, true),
        eq(organizations.isActive, true),
      ];
      if (filter.regionCode) roleConditions.push(eq(organizations.regionCode, filter.regionCode));
      if (filter.organizationId)
        roleConditions.push(eq(practitionerRoles.organizationId, filter.organizationId));
      if (filter.specialtyCode)
        roleConditions.push(eq(practitionerRoles.specialtyCode, filter.specialtyCode));
      const where = and(
        eq(practitioners.isActive, true),
        ...textConditions(practitioners.searchText, filter.text),
        exists(
          db
            .select({ one: sql`1` })
            .from(practitionerRoles)
            .innerJoin(organizations, eq(organizations.id, practitionerRoles.organizationId))
            .where(and(...roleConditions)),
        ),
      );
      const rows = await db
        .select()
        .from(practitioners)
        .where(where)
        .orderBy(asc(practitioners.surname), asc(practitioners.name), asc(practitioners.id))
        .limit(filter.pageSize)
        .offset((filter.page - 1) * filter.pageSize);
      const [total] = await db.select({ value: count() }).from(practitioners).where(where);
      const roles = await listRoles(rows.map((row) => row.id));
      return {
        items: rows.map((row) => {
          const own = roles.filter((role) => role.practitionerId === row.id);
          return {
            ...toPractitionerBase(row),
            specialties: uniqueBy(
              own.map((role) => ({ code: role.specialtyCode, name: role.specialtyName })),
              (s) => s.code,
            ),
            organizations: uniqueBy(
              own.map((role) => ({ id: role.organizationId, name: role.organizationName })),
              (o) => o.id,
            ),
          };
        }),
        total: total?.value ?? 0,
        page: filter.page,
        pageSize: filter.pageSize,
      };
    },

    async findPractitioner(id) {
      const [row] = await db
        .select()
        .from(practitioners)
        .where(and(eq(practitioners.id, id), eq(practitioners.isActive, true)));
      if (!row) return undefined;
      const roles = await listRoles([id]);
      return {
        ...toPractitionerBase(row),
        education: row.education,
        languages: row.languages,
        about: row.about,
        specialties: uniqueBy(
          roles.map((role) => ({ code: role.specialtyCode, name: role.specialtyName })),
          (s) => s.code,
        ),
        roles: roles.map((role) => ({
          id: role.id,
          organization: {
            id: role.organizationId,
            name: role.organizationName,
            address: role.address,
            timeZone: role.timeZone,
          },
          specialty: { code: role.specialtyCode, name: role.specialtyName },
          room: role.room,
        })),
      };
    },
  };
}
