import type { InteropReads, InteropSlot, InteropSlotStatus, SlotCriteria } from '@talon/core/interop';
import { and, asc, count, eq, gte, isNull, like, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import {
  locations,
  organizations,
  practitionerRoles,
  practitioners,
  regions,
  slots,
  specialties,
} from '../../schema';
import { fullName, fullNameOf, instant } from '../../sql';
import { containsPattern, searchWords } from '../like-pattern';
import { createInteropServiceReads } from './interop-healthcare-services.repository';
import { createInteropPatientReads } from './interop-patients.repository';
import { createInteropResultReads } from './interop-results.repository';
import { idsIn, paged } from './interop-sql';
import { createInteropVisitReads } from './interop-visits.repository';

const wordsIn = (column: PgColumn, text: string | undefined) =>
  text ? searchWords(text).map((word) => like(column, containsPattern(word))) : [];

/**
 * The FHIR status of a slot row at `now`: booked → busy, blocked → busy-unavailable, free with a hold that
 * has not run out → busy-tentative, else free (an expired hold is ignored, as booking ignores it).
 */
const slotStatusSql = (now: Date): SQL<InteropSlotStatus> => sql<InteropSlotStatus>`case
  when ${slots.status} = 'booked' then 'busy'
  when ${slots.status} = 'blocked' then 'busy-unavailable'
  when ${slots.heldUntil} > ${instant(now)} then 'busy-tentative'
  else 'free' end`;

function slotConditions(c: SlotCriteria, now: Date): (SQL | undefined)[] {
  const heldNow = sql`${slots.heldUntil} > ${instant(now)}`;
  const byStatus: Record<InteropSlotStatus, SQL | undefined> = {
    busy: eq(slots.status, 'booked'),
    'busy-unavailable': eq(slots.status, 'blocked'),
    'busy-tentative': and(eq(slots.status, 'free'), heldNow),
    free: and(eq(slots.status, 'free'), or(isNull(slots.heldUntil), lte(slots.heldUntil, now))),
  };
  return [
    idsIn(slots.id, c.ids),
    c.practitionerRoleId ? eq(slots.practitionerRoleId, c.practitionerRoleId) : undefined,
    c.practitionerId ? eq(slots.practitionerId, c.practitionerId) : undefined,
    c.locationId ? eq(slots.locationId, c.locationId) : undefined,
    c.specialtyCode ? eq(slots.specialtyCode, c.specialtyCode) : undefined,
    c.startFrom ? gte(slots.startsAt, c.startFrom) : undefined,
    c.startBefore ? lt(slots.startsAt, c.startBefore) : undefined,
    c.status ? byStatus[c.status] : undefined,
  ];
}

/** The FHIR interface's reads of the directory and the slots: one page in a stable order, and the total. */
function createDirectoryReads(
  db: Database,
): Pick<InteropReads, 'organizations' | 'locations' | 'practitioners' | 'practitionerRoles' | 'slots'> {
  const roleColumns = {
    id: practitionerRoles.id,
    practitionerId: practitioners.id,
    surname: practitioners.surname,
    name: practitioners.name,
    patronymic: practitioners.patronymic,
    organizationId: organizations.id,
    organizationName: organizations.name,
    specialtyCode: specialties.code,
    specialtyName: specialties.name,
    locationId: practitionerRoles.locationId,
    active: sql<boolean>`${practitionerRoles.isActive} and ${practitioners.isActive} and ${organizations.isActive}`,
    externalSystem: practitionerRoles.externalSystem,
    externalId: practitionerRoles.externalId,
    externalActive: practitionerRoles.externalActive,
  };

  return {
    organizations(c, page) {
      const where = and(
        idsIn(organizations.id, c.ids),
        c.registryCode ? eq(organizations.registryCode, c.registryCode) : undefined,
        ...wordsIn(organizations.searchText, c.name),
      );
      return paged(
        db
          .select({
            id: organizations.id,
            registryCode: organizations.registryCode,
            name: organizations.name,
            shortName: organizations.shortName,
            address: organizations.address,
            regionName: regions.name,
            phone: organizations.phone,
            website: organizations.website,
            active: organizations.isActive,
          })
          .from(organizations)
          .innerJoin(regions, eq(regions.code, organizations.regionCode))
          .where(where)
          .orderBy(asc(organizations.name), asc(organizations.id))
          .limit(page.count)
          .offset(page.offset),
        db.select({ total: count() }).from(organizations).where(where),
      );
    },

    locations(c, page) {
      const where = and(
        idsIn(locations.id, c.ids),
        c.organizationId ? eq(locations.organizationId, c.organizationId) : undefined,
      );
      return paged(
        db
          .select({
            id: locations.id,
            organizationId: locations.organizationId,
            room: locations.room,
            floor: locations.floor,
            name: locations.name,
          })
          .from(locations)
          .where(where)
          .orderBy(asc(locations.organizationId), asc(locations.room), asc(locations.id))
          .limit(page.count)
          .offset(page.offset),
        db.select({ total: count() }).from(locations).where(where),
      );
    },

    practitioners(c, page) {
      const where = and(idsIn(practitioners.id, c.ids), ...wordsIn(practitioners.searchText, c.name));
      return paged(
        db
          .select({
            id: practitioners.id,
            surname: practitioners.surname,
            name: practitioners.name,
            patronymic: practitioners.patronymic,
            sex: practitioners.sex,
            active: practitioners.isActive,
          })
          .from(practitioners)
          .where(where)
          .orderBy(asc(fullNameOf(practitioners)), asc(practitioners.id))
          .limit(page.count)
          .offset(page.offset),
        db.select({ total: count() }).from(practitioners).where(where),
      );
    },

    async practitionerRoles(c, page) {
      const where = and(
        idsIn(practitionerRoles.id, c.ids),
        c.practitionerId ? eq(practitionerRoles.practitionerId, c.practitionerId) : undefined,
        c.organizationId ? eq(practitionerRoles.organizationId, c.organizationId) : undefined,
        c.locationId ? eq(practitionerRoles.locationId, c.locationId) : undefined,
        c.specialtyCode ? eq(practitionerRoles.specialtyCode, c.specialtyCode) : undefined,
      );
      const found = await paged(
        db
          .select(roleColumns)
          .from(practitionerRoles)
          .innerJoin(practitioners, eq(practitioners.id, practitionerRoles.practitionerId))
          .innerJoin(organizations, eq(organizations.id, practitionerRoles.organizationId))
          .innerJoin(specialties, eq(specialties.code, practitionerRoles.specialtyCode))
          .where(where)
          .orderBy(asc(practitionerRoles.id))
          .limit(page.count)
          .offset(page.offset),
        db.select({ total: count() }).from(practitionerRoles).where(where),
      );
      return {
        total: found.total,
        items: found.items.map((row) => ({
          id: row.id,
          practitioner: { id: row.practitionerId, name: fullName(row) },
          organization: { id: row.organizationId, name: row.organizationName },
          specialty: { code: row.specialtyCode, name: row.specialtyName },
          locationId: row.locationId,
          active: row.active,
          external:
            row.externalSystem && row.externalId
              ? { system: row.externalSystem, value: row.externalId, active: row.externalActive ?? true }
              : null,
        })),
      };
    },

    async slots(c, page, now) {
      const where = and(...slotConditions(c, now));
      const found = await paged(
        db
          .select({
            id: slots.id,
            practitionerRoleId: slots.practitionerRoleId,
            specialtyCode: specialties.code,
            specialtyName: specialties.name,
            startsAt: slots.startsAt,
            endsAt: slots.endsAt,
            status: slotStatusSql(now),
            externalSystem: slots.externalSystem,
            externalId: slots.externalId,
          })
          .from(slots)
          .innerJoin(specialties, eq(specialties.code, slots.specialtyCode))
          .where(where)
          .orderBy(asc(slots.startsAt), asc(slots.id))
          .limit(page.count)
          .offset(page.offset),
        db.select({ total: count() }).from(slots).where(where),
      );
      return {
        total: found.total,
        items: found.items.map(
          (row): InteropSlot => ({
            id: row.id,
            practitionerRoleId: row.practitionerRoleId,
            specialty: { code: row.specialtyCode, name: row.specialtyName },
            startsAt: row.startsAt,
            endsAt: row.endsAt,
            status: row.status,
            external:
              row.externalSystem && row.externalId
                ? { system: row.externalSystem, value: row.externalId }
                : null,
          }),
        ),
      };
    },
  };
}

/**
 * Everything the FHIR interface reads, one page in a stable order with the total: the directory and the
 * slots, and (with the field cipher, for the rows of a page only) patients and their medical record.
 */
export function createInteropReads(db: Database, cipher: FieldCipher): InteropReads {
  return {
    ...createDirectoryReads(db),
    ...createInteropServiceReads(db),
    ...createInteropPatientReads(db, cipher),
    ...createInteropVisitReads(db, cipher),
    ...createInteropResultReads(db, cipher),
  };
}
