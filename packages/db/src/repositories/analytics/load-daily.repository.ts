import type { LoadFigures, LoadQuery } from '@talon/core/analytics';
import { BOOKING_CHANNELS, type BookingChannel, CANCELLED_BY_KINDS } from '@talon/core/booking';
import { type SQL, sql } from 'drizzle-orm';
import { instant, uuidList } from '../../sql';

/**
 * The load's daily figures (clinic-local day × clinic × specialty × practitioner), counted once in SQL for
 * both readers: the live query over slots and appointments, and the rollup job that stores the same rows
 * in `analytics_daily` (docs/analytics.md «Daily rollup»). One definition, so the two cannot drift.
 */

// Constants of core's lists: safe as raw SQL.
const CANCELLED_COLUMNS = CANCELLED_BY_KINDS.map((kind) => `cancelled_${kind}`);
const CHANNEL_COLUMNS = BOOKING_CHANNELS.map((channel) => `ch_${channel}`);
/** Every figure column of a daily row, in the order of `analytics_daily`. */
export const FIGURE_COLUMNS = [
  'offered',
  'booked',
  'fulfilled',
  'noshow',
  ...CANCELLED_COLUMNS,
  ...CHANNEL_COLUMNS,
];
export const KEY_COLUMNS = ['day', 'organization_id', 'specialty_code', 'practitioner_id'];

/** A raw row with the figure columns (the `::int` casts make them numbers; absent ones count as 0). */
export type FigureColumns = { [column: string]: unknown };
const num = (value: unknown) => (typeof value === 'number' ? value : 0);

/** A daily row's figures as core's shape (the status-based totals derived from who cancelled). */
export function toFigures(row: FigureColumns): LoadFigures {
  const cancelledBy = Object.fromEntries(
    CANCELLED_BY_KINDS.map((kind) => [kind, num(row[`cancelled_${kind}`])]),
  ) as LoadFigures['cancelledBy'];
  return {
    offered: num(row.offered),
    booked: num(row.booked),
    fulfilled: num(row.fulfilled),
    noshow: num(row.noshow),
    cancelledByPatient: cancelledBy.patient + cancelledBy.representative + cancelledBy.registry,
    cancelledByClinic: cancelledBy.clinic,
    cancelledBy,
    channels: Object.fromEntries(
      BOOKING_CHANNELS.map((channel) => [channel, num(row[`ch_${channel}`])]),
    ) as Record<BookingChannel, number>,
  };
}

/** `sum(alias.column)::int as column` of every figure. */
export const figureSums = (alias: string): SQL =>
  sql.raw(FIGURE_COLUMNS.map((column) => `sum(${alias}.${column})::int as ${column}`).join(', '));

export type DailyFilter = Pick<LoadQuery, 'organizationIds' | 'specialtyCode' | 'practitionerId'>;

/** The caller's scope and filters on a table with the key columns. */
function filtersOn(alias: string, filter: DailyFilter): SQL {
  const column = (name: string) => sql.raw(`${alias}.${name}`);
  return sql.join(
    [
      filter.organizationIds === null
        ? sql`true`
        : sql`${column('organization_id')} in (${uuidList(filter.organizationIds)})`,
      filter.specialtyCode ? sql`${column('specialty_code')} = ${filter.specialtyCode}` : sql`true`,
      filter.practitionerId ? sql`${column('practitioner_id')} = ${filter.practitionerId}::uuid` : sql`true`,
    ],
    sql` and `,
  );
}

const DAY_MS = 86_400_000;
const utcMidnight = (date: string, shiftDays: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + shiftDays * DAY_MS);

const visitCounts = sql.raw(
  [
    `count(*) filter (where a.status = 'fulfilled')::int as fulfilled`,
    `count(*) filter (where a.status = 'noshow')::int as noshow`,
    ...CANCELLED_BY_KINDS.map(
      (kind) => `count(*) filter (where a.cancelled_by_kind = '${kind}')::int as cancelled_${kind}`,
    ),
    ...BOOKING_CHANNELS.map(
      (channel) =>
        `count(*) filter (where a.status <> 'rescheduled' and a.channel = '${channel}')::int as ch_${channel}`,
    ),
  ].join(', '),
);
const visitColumns = sql.raw(
  [...FIGURE_COLUMNS.slice(1)].map((column) => `coalesce(v.${column}, 0) as ${column}`).join(', '),
);

const HOUR_MS = 3_600_000;

/**
 * The daily rows of `from`–`to` (clinic-local, inclusive) from the live tables: two grouped scans of a
 * start-time range (a clinic's by the (clinic, start) indexes, every clinic's index-only by the
 * (start, keys…) ones of migration 0040) joined by key. The UTC bounds cover every zone from UTC−12 to
 * UTC+14 (a local day starts at most 14 hours before its UTC midnight and ends at most 12 after the next);
 * the clinic-local day then picks the rows exactly.
 */
export function liveDailySql(range: { from: string; to: string }, filter: DailyFilter): SQL {
  const lo = instant(new Date(utcMidnight(range.from, 0).getTime() - 14 * HOUR_MS));
  const hi = instant(new Date(utcMidnight(range.to, 1).getTime() + 12 * HOUR_MS));
  return sql`select day, organization_id, specialty_code, practitioner_id, coalesce(f.offered, 0) as offered,
      ${visitColumns}
    from (
      select s.organization_id, s.specialty_code, s.practitioner_id,
        (s.starts_at at time zone o.time_zone)::date as day, count(*)::int as offered
      from slots s join organizations o on o.id = s.organization_id
      where s.starts_at >= ${lo} and s.starts_at < ${hi} and s.status <> 'blocked' and ${filtersOn('s', filter)}
      group by 1, 2, 3, 4
    ) f
    full join (
      select a.organization_id, a.specialty_code, a.practitioner_id,
        (a.starts_at at time zone o.time_zone)::date as day,
        count(*) filter (where a.status <> 'rescheduled')::int as booked, ${visitCounts}
      from appointments a join organizations o on o.id = a.organization_id
      where a.starts_at >= ${lo} and a.starts_at < ${hi} and ${filtersOn('a', filter)}
      group by 1, 2, 3, 4
    ) v using (organization_id, specialty_code, practitioner_id, day)
    where day between ${range.from}::date and ${range.to}::date`;
}

const keysAndFigures = sql.raw([...KEY_COLUMNS, ...FIGURE_COLUMNS].join(', '));

/**
 * The daily rows of a report: the rollup's for the days up to `closedThrough`, the live tables' after it
 * (today, the days not yet closed, the future). Without a rollup (`closedThrough` null) all of it live.
 */
export function dailySql(query: LoadQuery, closedThrough: string | null): SQL {
  const rolledTo = closedThrough !== null && closedThrough < query.to ? closedThrough : query.to;
  const hasRollup = closedThrough !== null && query.from <= closedThrough;
  if (!hasRollup) return liveDailySql(query, query);
  const rolled = sql`select ${keysAndFigures} from analytics_daily r
    where r.day between ${query.from}::date and ${rolledTo}::date and ${filtersOn('r', query)}`;
  if (rolledTo >= query.to) return rolled;
  const nextDay = new Date(utcMidnight(rolledTo, 1)).toISOString().slice(0, 10);
  return sql`${rolled} union all (${liveDailySql({ from: nextDay, to: query.to }, query)})`;
}
