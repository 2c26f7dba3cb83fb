import type { PageRequest } from '@talon/core/directory';
import type {
  DayCount,
  FreeSlotRecord,
  NearestSlotRecord,
  SlotQuery,
  SlotSearchRepository,
} from '@talon/core/slot-search';
import { FREE_SLOT_COUNT_CAP } from '@talon/core/slot-search';
import { and, eq, gt, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../client';
import {
  type locations,
  type organizations,
  patients,
  type practitionerRoles,
  type practitioners,
  rebookingPriorities,
  regions,
  type slots,
  specialties,
} from '../schema';
import type { Nullable, RawRow, Renamed } from '../sql';
import { fullName, hasRow, instant, queryRows, textArray, toDate } from '../sql';

/** `count(*)::int as total`. */
type CountRow = { total: number };

/**
 * The conditions of an offered slot (`s`) of a clinic (`o`): the rule of `isSlotOffered` in
 * `@talon/core/slot-search`, kept in step with it. The first lines are what the partial indexes
 * `slots_free_region_idx` / `slots_free_organization_idx` (status free, region or clinic, specialty, start)
 * and `slots_role_start_key` serve; the rest filter the rows the range scan yields.
 */
function offered(q: SlotQuery): SQL {
  const now = instant(q.now);
  const conditions: SQL[] = [
    sql`s.status = 'free'`,
    sql`s.starts_at >= ${instant(q.from)}`,
    sql`s.starts_at < ${instant(q.to)}`,
    sql`s.channels @> ${textArray([q.channel])}`,
    // A hold ends by itself: an expired one is ignored, and the holder still sees their slot.
    sql`(s.held_until is null or s.held_until <= ${now}${
      q.holderPatientIds.length > 0
        ? sql` or s.held_by_patient_id::text = any(${textArray(q.holderPatientIds)})`
        : sql``
    })`,
    // Each clinic's minimum notice and horizon (docs/domain.md rule 4), in the clinic's own zone.
    sql`s.starts_at >= ${now} + o.min_notice_minutes * interval '1 minute'`,
    sql`s.starts_at < (date_trunc('day', ${now} at time zone o.time_zone)
      + (o.booking_horizon_days + 1) * interval '1 day') at time zone o.time_zone`,
  ];
  if (q.regionCode) conditions.push(sql`s.region_code = ${q.regionCode}`);
  if (q.specialtyCode) conditions.push(sql`s.specialty_code = ${q.specialtyCode}`);
  if (q.organizationId) conditions.push(sql`s.organization_id = ${q.organizationId}::uuid`);
  if (q.practitionerId) conditions.push(sql`s.practitioner_id = ${q.practitionerId}::uuid`);
  if (q.visitType) conditions.push(sql`s.visit_type = ${q.visitType}`);
  if (!q.includeUnreleasedPriority) {
    // Rule 8: a rebooking priority opens the quota of its specialty at its clinic.
    const granted = q.priorityGrants.map(
      (g) =>
        sql` or (s.specialty_code = ${g.specialtyCode} and s.organization_id = ${g.organizationId}::uuid)`,
    );
    conditions.push(
      sql`(not s.is_priority or coalesce(s.priority_released_at <= ${now}, false)${sql.join(granted, sql``)})`,
    );
  }
  if (q.age) {
    // The patient's age on the clinic-local day of the visit decides (paediatric under 18).
    const visitDate = sql`(s.starts_at at time zone o.time_zone)::date`;
    const adultFrom = sql`${q.age.adultFrom}::date`;
    conditions.push(
      sql`not (s.specialty_code = any(${textArray(q.age.childSpecialties)}) and ${visitDate} >= ${adultFrom})`,
      sql`not (s.specialty_code = any(${textArray(q.age.adultSpecialties)}) and ${visitDate} < ${adultFrom})`,
    );
  }
  return sql.join(conditions, sql` and `);
}

type SlotRow = Pick<
  RawRow<typeof slots>,
  'id' | 'practitioner_role_id' | 'starts_at' | 'ends_at' | 'visit_type' | 'is_priority'
> &
  PlaceRow;

/** The practitioner, clinic and specialty of a slot (or of a role, for the nearest slot). */
type PlaceRow = Pick<RawRow<typeof organizations>, 'time_zone'> &
  Nullable<Pick<RawRow<typeof locations>, 'room'>> &
  Renamed<RawRow<typeof organizations>, { id: 'organization_id'; name: 'organization_name' }> &
  Renamed<RawRow<typeof practitioners>, { id: 'practitioner_id' }> &
  Pick<RawRow<typeof practitioners>, 'surname' | 'name' | 'patronymic'> &
  Renamed<RawRow<typeof specialties>, { code: 'specialty_code'; name: 'specialty_name' }>;

/** A role with its first offered slot (LATERAL): the slot's columns are null when it has none. */
type NearestRow = Omit<PlaceRow, 'room'> &
  Renamed<RawRow<typeof practitionerRoles>, { id: 'practitioner_role_id' }> &
  Nullable<Renamed<RawRow<typeof slots>, { id: 'slot_id' }>> &
  Nullable<Pick<RawRow<typeof slots>, 'starts_at' | 'ends_at' | 'visit_type' | 'is_priority'>> &
  Nullable<Pick<RawRow<typeof locations>, 'room'>>;

const toRecord = (row: SlotRow): FreeSlotRecord => ({
  id: row.id,
  practitionerRoleId: row.practitioner_role_id,
  startsAt: toDate(row.starts_at),
  endsAt: toDate(row.ends_at),
  timeZone: row.time_zone,
  visitType: row.visit_type,
  isPriority: row.is_priority,
  room: row.room,
  practitioner: { id: row.practitioner_id, name: fullName(row) },
  organization: { id: row.organization_id, name: row.organization_name },
  specialty: { code: row.specialty_code, name: row.specialty_name },
});

/**
 * The two statements of a free-slot search: the page, and the count up to the cap and one more (so that the
 * answer can say whether it stopped there). The load benchmark replays these very statements under pgbench
 * (bench/booking/search-script.ts).
 */
export function freeSlotStatements(q: SlotQuery, page: PageRequest): { page: SQL; count: SQL } {
  const where = offered(q);
  return {
    page: sql`select s.id, s.practitioner_role_id, s.starts_at, s.ends_at, s.visit_type, s.is_priority,
            o.time_zone, l.room, o.id as organization_id, o.name as organization_name,
            p.id as practitioner_id, p.surname, p.name, p.patronymic,
            sp.code as specialty_code, sp.name as specialty_name
          from slots s
          join organizations o on o.id = s.organization_id and o.is_active
          join practitioners p on p.id = s.practitioner_id and p.is_active
          join specialties sp on sp.code = s.specialty_code
          left join locations l on l.id = s.location_id
          where ${where}
          order by s.starts_at, s.id
          limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}`,
    count: sql`select count(*)::int as total from (
            select 1 from slots s
            join organizations o on o.id = s.organization_id and o.is_active
            join practitioners p on p.id = s.practitioner_id and p.is_active
            where ${where}
            limit ${FREE_SLOT_COUNT_CAP + 1}) counted`,
  };
}

/** Slot search in SQL: range scans of the partial "free" indexes, filtered by the offer rule. */
export function createSlotSearchRepository(db: Database): SlotSearchRepository {
  // Region and specialty codes seen to exist are remembered by this process: slots, roles and clinics
  // reference them by foreign key, so they are not deleted, and a search saves two round trips. An unknown
  // code is asked again each time (it may be added).
  const known = { regions: new Set<string>(), specialties: new Set<string>() };
  const exists = async (seen: Set<string>, code: string, ask: () => Promise<boolean>) => {
    if (seen.has(code)) return true;
    const isThere = await ask();
    if (isThere) seen.add(code);
    return isThere;
  };
  return {
    async searchFree(q, page) {
      const statements = freeSlotStatements(q, page);
      // The page and the count run side by side (two pool connections on PostgreSQL).
      const [rows, [total]] = await Promise.all([
        queryRows<SlotRow>(db, statements.page),
        queryRows<CountRow>(db, statements.count),
      ]);
      const counted = total?.total ?? 0;
      return {
        items: rows.map(toRecord),
        total: Math.min(counted, FREE_SLOT_COUNT_CAP),
        totalIsCapped: counted > FREE_SLOT_COUNT_CAP,
        ...page,
      };
    },

    async countFreeByDay(q): Promise<DayCount[]> {
      return queryRows<DayCount>(
        db,
        sql`select to_char(s.starts_at at time zone o.time_zone, 'YYYY-MM-DD') as date, count(*)::int as free
          from slots s
          join organizations o on o.id = s.organization_id and o.is_active
          join practitioners p on p.id = s.practitioner_id and p.is_active
          where ${offered(q)}
          group by 1
          order by 1`,
      );
    },

    async nearestFree(q, page) {
      const roles: SQL[] = [sql`r.is_active`];
      if (q.regionCode) roles.push(sql`o.region_code = ${q.regionCode}`);
      if (q.specialtyCode) roles.push(sql`r.specialty_code = ${q.specialtyCode}`);
      if (q.organizationId) roles.push(sql`r.organization_id = ${q.organizationId}::uuid`);
      const roleWhere = sql.join(roles, sql` and `);
      // One LATERAL probe per role down `slots_role_start_key` (role, start): the first offered slot.
      const rows = await queryRows<NearestRow>(
        db,
        sql`select r.id as practitioner_role_id, o.time_zone, o.id as organization_id,
            o.name as organization_name, p.id as practitioner_id, p.surname, p.name, p.patronymic,
            sp.code as specialty_code, sp.name as specialty_name,
            f.id as slot_id, f.starts_at, f.ends_at, f.visit_type, f.is_priority, f.room
          from practitioner_roles r
          join organizations o on o.id = r.organization_id and o.is_active
          join practitioners p on p.id = r.practitioner_id and p.is_active
          join specialties sp on sp.code = r.specialty_code
          left join lateral (
            select s.id, s.starts_at, s.ends_at, s.visit_type, s.is_priority, l.room
            from slots s
            left join locations l on l.id = s.location_id
            where s.practitioner_role_id = r.id and ${offered({ ...q, regionCode: undefined, specialtyCode: undefined, organizationId: undefined })}
            order by s.starts_at
            limit 1
          ) f on true
          where ${roleWhere}
          order by f.starts_at nulls last, p.surname, p.name, r.id
          limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}`,
      );
      const [total] = await queryRows<CountRow>(
        db,
        sql`select count(*)::int as total
          from practitioner_roles r
          join organizations o on o.id = r.organization_id and o.is_active
          join practitioners p on p.id = r.practitioner_id and p.is_active
          where ${roleWhere}`,
      );
      const items: NearestSlotRecord[] = rows.map((row) => {
        const base = {
          practitionerRoleId: row.practitioner_role_id,
          practitioner: { id: row.practitioner_id, name: fullName(row) },
          organization: { id: row.organization_id, name: row.organization_name },
          specialty: { code: row.specialty_code, name: row.specialty_name },
        };
        const slot =
          row.slot_id && row.starts_at && row.ends_at
            ? toRecord({
                ...row,
                id: row.slot_id,
                starts_at: row.starts_at,
                ends_at: row.ends_at,
                visit_type: row.visit_type ?? 'in_person',
                is_priority: row.is_priority ?? false,
              })
            : null;
        return { ...base, slot };
      });
      return { items, total: total?.total ?? 0, ...page };
    },

    async findPatient(patientId, now) {
      const [row] = await db
        .select({
          birthDate: patients.birthDate,
          isPrivileged: sql<boolean>`${patients.privilegedCategory} is not null`,
        })
        .from(patients)
        .where(eq(patients.id, patientId));
      if (!row) return null;
      const priorityGrants = await db
        .selectDistinct({
          specialtyCode: rebookingPriorities.specialtyCode,
          organizationId: rebookingPriorities.organizationId,
        })
        .from(rebookingPriorities)
        .where(and(eq(rebookingPriorities.patientId, patientId), gt(rebookingPriorities.until, now)));
      return { ...row, priorityGrants };
    },

    listSpecialtyAgeGroups: () =>
      db.select({ code: specialties.code, ageGroup: specialties.ageGroup }).from(specialties),

    regionExists: (code) => exists(known.regions, code, () => hasRow(db, regions, eq(regions.code, code))),

    specialtyExists: (code) =>
      exists(known.specialties, code, () => hasRow(db, specialties, eq(specialties.code, code))),
  };
}
