import type { AnalyticsRepository, LoadQuery, LoadRow, ThirdSlotFact } from '@talon/core/analytics';
import { BOOKING_CHANNELS, type BookingChannel } from '@talon/core/booking';
import { eq, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../client';
import { organizations } from '../../schema';
import { fullNameSql, hasRow, instant, queryRows, toDateOrNull, uuidList } from '../../sql';

interface ThirdSlotRow {
  organization_id: string;
  organization_name: string;
  time_zone: string;
  specialty_code: string;
  specialty_name: string;
  third_starts_at: string | Date | null;
}

type ChannelColumns = { [C in BookingChannel as `ch_${C}`]: number };

interface LoadSqlRow extends ChannelColumns {
  day: string;
  organization_id: string;
  organization_name: string;
  specialty_code: string;
  specialty_name: string;
  practitioner_id: string;
  practitioner_name: string;
  offered: number;
  booked: number;
  fulfilled: number;
  noshow: number;
  cancelled_by_patient: number;
  cancelled_by_clinic: number;
}

const DAY_MS = 86_400_000;
const utcMidnight = (date: string, shiftDays: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + shiftDays * DAY_MS);

/** `column in (…)` for a scope of clinics; null scope: no condition. */
const inScope = (column: SQL, organizationIds: readonly string[] | null): SQL =>
  organizationIds === null ? sql`true` : sql`${column} in (${uuidList(organizationIds)})`;

// Channel counts as columns, one per channel of core's list (constants: safe as raw SQL).
const channelCounts = sql.raw(
  BOOKING_CHANNELS.map(
    (channel) =>
      `count(*) filter (where a.status <> 'rescheduled' and a.channel = '${channel}')::int as ch_${channel}`,
  ).join(', '),
);
const channelSums = sql.raw(
  BOOKING_CHANNELS.map((channel) => `coalesce(v.ch_${channel}, 0) as ch_${channel}`).join(', '),
);

const toLoadRow = (row: LoadSqlRow): LoadRow => ({
  date: row.day,
  organizationId: row.organization_id,
  organizationName: row.organization_name,
  specialtyCode: row.specialty_code,
  specialtyName: row.specialty_name,
  practitionerId: row.practitioner_id,
  practitionerName: row.practitioner_name,
  offered: row.offered,
  booked: row.booked,
  fulfilled: row.fulfilled,
  noshow: row.noshow,
  cancelledByPatient: row.cancelled_by_patient,
  cancelledByClinic: row.cancelled_by_clinic,
  channels: Object.fromEntries(BOOKING_CHANNELS.map((channel) => [channel, row[`ch_${channel}`]])) as Record<
    BookingChannel,
    number
  >,
});

/** Analytics in SQL: aggregates over slots and appointments by ranges of their (clinic, start) indexes. */
export function createAnalyticsRepository(db: Database): AnalyticsRepository {
  return {
    async thirdNextFreeSlots({ now, organizationIds, specialtyCode }) {
      if (organizationIds?.length === 0) return [];
      const specialty = specialtyCode ? sql`r.specialty_code = ${specialtyCode}` : sql`true`;
      // One LATERAL probe per clinic × specialty down `slots_free_organization_idx` (clinic, specialty, start).
      const rows = await queryRows<ThirdSlotRow>(
        db,
        sql`select r.organization_id, o.name as organization_name, o.time_zone, r.specialty_code,
            sp.name as specialty_name, t.starts_at as third_starts_at
          from (select distinct organization_id, specialty_code from practitioner_roles r
                where r.is_active and ${inScope(sql`r.organization_id`, organizationIds)} and ${specialty}) r
          join organizations o on o.id = r.organization_id and o.is_active
          join specialties sp on sp.code = r.specialty_code
          left join lateral (
            select s.starts_at from slots s
            where s.organization_id = r.organization_id and s.specialty_code = r.specialty_code
              and s.status = 'free' and s.starts_at > ${instant(now)}
              and (s.held_until is null or s.held_until <= ${instant(now)})
              and (not s.is_priority or s.priority_released_at <= ${instant(now)})
            order by s.starts_at
            offset 2 limit 1
          ) t on true`,
      );
      return rows.map(
        (row): ThirdSlotFact => ({
          organizationId: row.organization_id,
          organizationName: row.organization_name,
          timeZone: row.time_zone,
          specialtyCode: row.specialty_code,
          specialtyName: row.specialty_name,
          thirdSlotAt: toDateOrNull(row.third_starts_at),
        }),
      );
    },

    async loadRows(query: LoadQuery) {
      if (query.organizationIds?.length === 0) return [];
      // UTC bounds a day wider than the period on each side cover every Russian zone (UTC+2…+12); the
      // clinic-local day then picks the rows exactly.
      const lo = instant(utcMidnight(query.from, -1));
      const hi = instant(utcMidnight(query.to, 2));
      const filters = (alias: string): SQL =>
        sql.join(
          [
            inScope(sql.raw(`${alias}.organization_id`), query.organizationIds),
            query.specialtyCode
              ? sql`${sql.raw(`${alias}.specialty_code`)} = ${query.specialtyCode}`
              : sql`true`,
            query.practitionerId
              ? sql`${sql.raw(`${alias}.practitioner_id`)} = ${query.practitionerId}::uuid`
              : sql`true`,
          ],
          sql` and `,
        );
      const rows = await queryRows<LoadSqlRow>(
        db,
        sql`with offered as (
            select s.organization_id, s.specialty_code, s.practitioner_id,
              (s.starts_at at time zone o.time_zone)::date as day, count(*)::int as offered
            from slots s join organizations o on o.id = s.organization_id
            where s.starts_at >= ${lo} and s.starts_at < ${hi} and s.status <> 'blocked' and ${filters('s')}
            group by 1, 2, 3, 4
          ), visits as (
            select a.organization_id, a.specialty_code, a.practitioner_id,
              (a.starts_at at time zone o.time_zone)::date as day,
              count(*) filter (where a.status <> 'rescheduled')::int as booked,
              count(*) filter (where a.status = 'fulfilled')::int as fulfilled,
              count(*) filter (where a.status = 'noshow')::int as noshow,
              count(*) filter (where a.status = 'cancelled_by_patient')::int as cancelled_by_patient,
              count(*) filter (where a.status = 'cancelled_by_clinic')::int as cancelled_by_clinic,
              ${channelCounts}
            from appointments a join organizations o on o.id = a.organization_id
            where a.starts_at >= ${lo} and a.starts_at < ${hi} and ${filters('a')}
            group by 1, 2, 3, 4
          )
          select to_char(coalesce(f.day, v.day), 'YYYY-MM-DD') as day,
            o.id as organization_id, o.name as organization_name,
            sp.code as specialty_code, sp.name as specialty_name,
            p.id as practitioner_id, ${fullNameSql('p')} as practitioner_name,
            coalesce(f.offered, 0) as offered, coalesce(v.booked, 0) as booked,
            coalesce(v.fulfilled, 0) as fulfilled, coalesce(v.noshow, 0) as noshow,
            coalesce(v.cancelled_by_patient, 0) as cancelled_by_patient,
            coalesce(v.cancelled_by_clinic, 0) as cancelled_by_clinic,
            ${channelSums}
          from offered f
          full join visits v using (organization_id, specialty_code, practitioner_id, day)
          join organizations o on o.id = coalesce(f.organization_id, v.organization_id)
          join specialties sp on sp.code = coalesce(f.specialty_code, v.specialty_code)
          join practitioners p on p.id = coalesce(f.practitioner_id, v.practitioner_id)
          where coalesce(f.day, v.day) between ${query.from}::date and ${query.to}::date
          order by 1, o.name, sp.name, practitioner_name`,
      );
      return rows.map(toLoadRow);
    },

    organizationExists: (organizationId) => hasRow(db, organizations, eq(organizations.id, organizationId)),
  };
}
