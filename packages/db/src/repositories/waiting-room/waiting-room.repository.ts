import type { WaitingPlace, WaitingRoomRepository, WaitingRoomState } from '@talon/core/waiting-room';
import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { WAITING_ROOM_CHANNEL } from '../../live/waiting-room-events';
import type { waitingRoomPlaces, waitingRoomState } from '../../schema';
import { instant, queryRows, type RawRow, toDate, toDateOrNull, uuidList } from '../../sql';

/**
 * A place is admitted no sooner than this after it joined: `seq` is taken at insert, so a join that commits
 * late could otherwise be passed by a later one that committed first.
 */
const SETTLE_MS = 1_000;

/** The admitter's advisory lock: one admitter at a time in the installation. */
const ADMITTER_LOCK = 7375049;

type PlaceRow = Pick<
  RawRow<typeof waitingRoomPlaces>,
  'id' | 'seq' | 'status' | 'joined_at' | 'admitted_until'
> & {
  ahead: string | number;
};
type StateRow = Pick<
  RawRow<typeof waitingRoomState>,
  | 'active_until'
  | 'last_overload_at'
  | 'admissions_per_second'
  | 'drill_until'
  | 'last_admission_at'
  | 'admission_carry'
  | 'completed_total'
  | 'completed_seen'
  | 'completed_per_second'
>;

const toPlace = (row: PlaceRow): WaitingPlace => ({
  placeId: row.id,
  seq: Number(row.seq),
  status: row.status as WaitingPlace['status'],
  ahead: Number(row.ahead),
  joinedAt: toDate(row.joined_at),
  admittedUntil: toDateOrNull(row.admitted_until),
});

const cutoffOf = (now: Date, keepSeconds: number) => new Date(now.getTime() - keepSeconds * 1_000);

/** A live place: waiting and seen lately (or synthetic), or admitted and not yet ended. */
const isLive = (now: Date, keepSeconds: number) => sql`(
  (p.status = 'waiting' and (p.is_synthetic or p.last_seen_at >= ${instant(cutoffOf(now, keepSeconds))}))
  or (p.status = 'admitted' and p.admitted_until > ${instant(now)}))`;

/**
 * Marks the places `where` picks (live ones only) as seen and returns them with the live waiting places
 * ahead of each. One place (a join, a read): a count of the waiting places with a smaller `seq`, on the
 * partial index of waiting places by `seq` — it reads only those ahead, no sort. Several (the streams of a
 * process): one window over the queue, whatever their number.
 */
async function seeWhere(
  db: DbExecutor,
  where: ReturnType<typeof sql>,
  now: Date,
  keepSeconds: number,
  ranking: 'count' | 'window' | 'none',
) {
  const seen = sql`update waiting_room_places p set last_seen_at = ${instant(now)}
          where ${where} and ${isLive(now, keepSeconds)}
          returning p.id, p.seq, p.status, p.joined_at, p.admitted_until`;
  const rows = await queryRows<PlaceRow>(
    db,
    ranking === 'none'
      ? sql`with seen as (${seen}) select s.*, 0 as ahead from seen s order by s.seq`
      : ranking === 'count'
        ? sql`with seen as (${seen})
          select s.id, s.seq, s.status, s.joined_at, s.admitted_until,
                 case when s.status = 'waiting' then
                   (select count(*) from waiting_room_places p
                     where p.status = 'waiting' and p.seq < s.seq and ${isLive(now, keepSeconds)})
                 else 0 end as ahead
          from seen s order by s.seq`
        : sql`with seen as (${seen}),
        ranked as (
          select p.id, row_number() over (order by p.seq) - 1 as ahead
          from waiting_room_places p
          where p.status = 'waiting' and ${isLive(now, keepSeconds)}
        )
        select s.id, s.seq, s.status, s.joined_at, s.admitted_until, coalesce(r.ahead, 0) as ahead
        from seen s left join ranked r on r.id = s.id
        order by s.seq`,
  );
  return rows.map(toPlace);
}

/**
 * The waiting room's places and shared state (docs/waiting-room.md). Times come from the caller's clock,
 * never the database's, so every process and test agrees on "now".
 */
export function createWaitingRoomRepository(
  db: DbExecutor,
  options: { initialRate: number },
): WaitingRoomRepository {
  return {
    async state(now, keepSeconds, { countWaiting = true } = {}) {
      const live = sql`from waiting_room_places p where p.status = 'waiting' and ${isLive(now, keepSeconds)}`;
      const [row] = await queryRows<StateRow & { waiting: string | number }>(
        db,
        sql`select s.active_until, s.last_overload_at, s.admissions_per_second, s.drill_until,
                   s.last_admission_at, s.admission_carry, s.completed_total, s.completed_seen,
                   s.completed_per_second,
                   ${countWaiting ? sql`(select count(*) ${live})` : sql`(select count(*) from (select 1 ${live} limit 1) one)`} as waiting
            from (select 1) one left join waiting_room_state s on s.id = 1`,
      );
      return {
        activeUntil: toDateOrNull(row?.active_until),
        lastOverloadAt: toDateOrNull(row?.last_overload_at),
        admissionsPerSecond: Number(row?.admissions_per_second ?? options.initialRate),
        drillUntil: toDateOrNull(row?.drill_until),
        lastAdmissionAt: toDateOrNull(row?.last_admission_at),
        admissionCarry: Number(row?.admission_carry ?? 0),
        completedTotal: Number(row?.completed_total ?? 0),
        completedSeen: Number(row?.completed_seen ?? 0),
        completedPerSecond: Number(row?.completed_per_second ?? 0),
        waiting: Number(row?.waiting ?? 0),
      } satisfies WaitingRoomState;
    },

    async findOpenPlace({ accountId, deviceId, now, keepSeconds }) {
      const holder = accountId
        ? sql`(p.account_id = ${accountId}::uuid or p.device_id = ${deviceId}::uuid)`
        : sql`p.device_id = ${deviceId}::uuid`;
      await db.execute(
        sql`delete from waiting_room_places p where ${holder} and not ${isLive(now, keepSeconds)}`,
      );
      const [place] = await seeWhere(
        db,
        sql`p.id = (select p.id from waiting_room_places p where ${holder} order by p.seq limit 1)`,
        now,
        keepSeconds,
        'count',
      );
      return place ?? null;
    },

    async insertPlace({ accountId, deviceId, now, admittedUntil, keepSeconds, countAhead = true }) {
      // One statement: the new row and the live waiting places ahead of it (the count cannot see the new
      // row, and needs not: it counts smaller `seq`s only).
      const [row] = await queryRows<PlaceRow>(
        db,
        sql`with inserted as (
              insert into waiting_room_places
                (account_id, device_id, status, joined_at, last_seen_at, admitted_at, admitted_until)
              select ${accountId}::uuid, ${deviceId}::uuid, ${admittedUntil ? 'admitted' : 'waiting'},
                     ${instant(now)}, ${instant(now)}, ${admittedUntil ? instant(now) : null}::timestamptz,
                     ${admittedUntil ? instant(admittedUntil) : null}::timestamptz
              -- A holder who has a place (a reload, a second tab) spends no seq: the newcomer rank counts seqs.
              where not exists (
                select 1 from waiting_room_places p
                where p.device_id = ${deviceId}::uuid or p.account_id = ${accountId}::uuid)
              on conflict do nothing
              returning id, seq, status, joined_at, admitted_until
            )
            select i.id, i.seq, i.status, i.joined_at, i.admitted_until,
                   case when i.status = 'waiting' and ${countAhead} then
                     (select count(*) from waiting_room_places p
                       where p.status = 'waiting' and p.seq < i.seq and ${isLive(now, keepSeconds)})
                   else 0 end as ahead
            from inserted i`,
      );
      return row ? toPlace(row) : null;
    },

    seePlaces: (placeIds, now, keepSeconds, { countAhead = true } = {}) =>
      placeIds.length === 0
        ? Promise.resolve([])
        : seeWhere(
            db,
            sql`p.id in (${uuidList(placeIds)})`,
            now,
            keepSeconds,
            !countAhead ? 'none' : placeIds.length === 1 ? 'count' : 'window',
          ),

    async livePlaces(now, keepSeconds) {
      const rows = await queryRows<Omit<PlaceRow, 'ahead'>>(
        db,
        sql`select p.id, p.seq, p.status, p.joined_at, p.admitted_until from waiting_room_places p
            where ${isLive(now, keepSeconds)}`,
      );
      return rows.map((row) => {
        const { ahead: _, ...place } = toPlace({ ...row, ahead: 0 });
        return place;
      });
    },

    async markSeen(placeIds, now, staleSeconds) {
      await db.execute(
        sql`update waiting_room_places set last_seen_at = ${instant(now)}
            where id in (${uuidList(placeIds)})
              and last_seen_at < ${instant(new Date(now.getTime() - staleSeconds * 1_000))}`,
      );
    },

    async takeAdmitterTurn() {
      const [row] = await queryRows<{ ok: boolean }>(
        db,
        sql`select pg_try_advisory_xact_lock(${ADMITTER_LOCK}) as ok`,
      );
      return row?.ok === true;
    },

    async admitFirst(count, now, admittedUntil, keepSeconds) {
      const rows = await queryRows(
        db,
        sql`update waiting_room_places set status = 'admitted', admitted_at = ${instant(now)},
                   admitted_until = ${instant(admittedUntil)}
            where id in (
              select p.id from waiting_room_places p
              where p.status = 'waiting' and ${isLive(now, keepSeconds)}
                and p.joined_at <= ${instant(new Date(now.getTime() - SETTLE_MS))}
              order by p.seq limit ${count}
              for update)
            returning id`,
      );
      return rows.length;
    },

    async purge(now, keepSeconds) {
      await db.execute(sql`delete from waiting_room_places p where not ${isLive(now, keepSeconds)}`);
    },

    async saveState(patch) {
      const value = <T>(given: T | undefined, column: string) =>
        given === undefined ? sql.raw(`waiting_room_state.${column}`) : sql`excluded.${sql.raw(column)}`;
      const at = (date: Date | null | undefined) => (date ? instant(date) : null);
      await db.execute(
        sql`insert into waiting_room_state
              (id, active_until, last_overload_at, admissions_per_second, drill_until, last_admission_at,
               admission_carry, completed_total, completed_seen, completed_per_second)
            values (1, ${at(patch.activeUntil)}, ${at(patch.lastOverloadAt)},
                    ${patch.admissionsPerSecond ?? options.initialRate}, ${at(patch.drillUntil)},
                    ${at(patch.lastAdmissionAt)}, ${patch.admissionCarry ?? 0},
                    ${patch.completedSeen ?? 0}, ${patch.completedSeen ?? 0}, ${patch.completedPerSecond ?? 0})
            -- The proposed row must pass the checks even when it only updates (completed_seen ≤ total): a
            -- new row has counted nothing beyond what was seen.
            on conflict (id) do update set
              active_until = ${value(patch.activeUntil, 'active_until')},
              last_overload_at = ${value(patch.lastOverloadAt, 'last_overload_at')},
              admissions_per_second = ${value(patch.admissionsPerSecond, 'admissions_per_second')},
              drill_until = ${value(patch.drillUntil, 'drill_until')},
              last_admission_at = ${value(patch.lastAdmissionAt, 'last_admission_at')},
              admission_carry = ${value(patch.admissionCarry, 'admission_carry')},
              completed_seen = ${value(patch.completedSeen, 'completed_seen')},
              completed_per_second = ${value(patch.completedPerSecond, 'completed_per_second')}`,
      );
    },

    async addCompleted(count) {
      if (count <= 0) return;
      await db.execute(
        sql`insert into waiting_room_state (id, admissions_per_second, completed_total)
            values (1, ${options.initialRate}, ${count})
            on conflict (id) do update set completed_total = waiting_room_state.completed_total + excluded.completed_total`,
      );
    },

    async insertSyntheticPlaces(count, now) {
      if (count <= 0) return;
      await db.execute(
        sql`insert into waiting_room_places (is_synthetic, status, joined_at, last_seen_at)
            select true, 'waiting', ${instant(now)}, ${instant(now)} from generate_series(1, ${count})`,
      );
    },

    async announce() {
      await db.execute(sql`select pg_notify(${WAITING_ROOM_CHANNEL}, '{}')`);
    },
  };
}
