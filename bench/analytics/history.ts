import type pg from 'pg';

const MARK = 'BENCH-';
/** The human-code alphabet of the schema's check (no 0/O, 1/I): 32 letters, five bits a character. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const codeChar = (shift: number) => `substr('${ALPHABET}', (((n >> ${shift}) & 31) + 1)::int, 1)`;

/** The past month the run adds (a copy of the seeded month this many days earlier): the report's default. */
const PAST_SHIFT_DAYS = 31;
const PAST_MARK = 'BENCHP-';

/**
 * Books 60 % of the free slots `slotFilter` picks, once, with EMIAS's proportions (DESIGN §4a): 3 % cancelled
 * on the patient's side (a third each by the patient, a representative, the registry), 1 % no-shows, 1 %
 * cancelled by the clinic, the rest fulfilled; half the visits booked on the portal, 20 % in the app, 20 % at
 * the registry, 10 % by the call centre. Ticket numbers carry `mark`, so a rerun finds them.
 */
async function bookOnce(client: pg.PoolClient, mark: string, slotFilter: string, codeOffset: number) {
  const inserted = await client.query(
    `with numbered as (
       select s.*, (row_number() over (order by s.id))::bigint + ${codeOffset} as n
       from slots s where s.status = 'free' and ${slotFilter}
     ), people as (
       select id, (row_number() over (order by id))::bigint as k from patients order by id limit 100000
     )
     insert into appointments (slot_id, patient_id, organization_id, practitioner_id, specialty_code, starts_at,
       visit_type, status, cancelled_by_kind, code, ticket_number, channel, booked_by_kind)
     select s.id, p.id, s.organization_id, s.practitioner_id, s.specialty_code, s.starts_at, s.visit_type,
       case when n % 100 < 3 then 'cancelled_by_patient' when n % 100 = 3 then 'noshow'
            when n % 100 = 4 then 'cancelled_by_clinic' else 'fulfilled' end,
       case when n % 100 < 3 then (array['patient', 'representative', 'registry'])[(n % 100) + 1]
            when n % 100 = 4 then 'clinic' end,
       ${[0, 5, 10, 15].map(codeChar).join(' || ')} || '-' || ${[20, 25, 30, 35].map(codeChar).join(' || ')},
       '${mark}' || n,
       case when n % 10 < 5 then 'internet' when n % 10 < 7 then 'mobile' when n % 10 < 9 then 'registry'
            else 'call_centre' end,
       'patient'
     from numbered s join people p on p.k = n % 100000 + 1
     where n % 10 < 6`,
  );
  await client.query(
    `update slots set status = 'booked' from appointments a
     where a.slot_id = slots.id and a.ticket_number like '${mark}%' and a.status in ('fulfilled', 'noshow')`,
  );
  return inserted.rowCount ?? 0;
}

const countMarked = async (pool: pg.Pool, mark: string) =>
  (
    await pool.query<{ n: number }>(
      `select count(*)::int as n from appointments where ticket_number like '${mark}%'`,
    )
  ).rows[0]?.n ?? 0;

/**
 * The large seed makes slots but only a few thousand visits. Analytics reads appointments, so the run books
 * the seeded month (the future, as before) and a copy of it 31 days earlier — the past month the admin page
 * opens on by default, whose closed days the daily rollup holds. The slot triggers (live availability NOTIFY)
 * are bypassed for the bulk writes: nobody listens to this cluster.
 */
export async function bookHistory(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('set session_replication_role = replica');
    if ((await countMarked(pool, MARK)) === 0) {
      await client.query('begin');
      await bookOnce(client, MARK, 'true', 0);
      await client.query('commit');
    }
    if ((await countMarked(pool, PAST_MARK)) === 0) {
      await client.query('begin');
      await client.query(
        `insert into slots (practitioner_role_id, schedule_id, organization_id, practitioner_id, region_code,
           specialty_code, location_id, starts_at, ends_at, visit_type, channels, is_priority, priority_released_at,
           status)
         select practitioner_role_id, schedule_id, organization_id, practitioner_id, region_code, specialty_code,
           location_id, starts_at - interval '${PAST_SHIFT_DAYS} days', ends_at - interval '${PAST_SHIFT_DAYS} days',
           visit_type, channels, is_priority, priority_released_at, 'free'
         from slots where starts_at >= date_trunc('day', now())
         on conflict do nothing`,
      );
      // Codes beyond the first run's numbers (2^30 on): the two runs' codes never meet.
      await bookOnce(client, PAST_MARK, `s.starts_at < date_trunc('day', now())`, 2 ** 30);
      await client.query('commit');
    }
    await client.query('vacuum analyze slots, appointments');
    return (await countMarked(pool, MARK)) + (await countMarked(pool, PAST_MARK));
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    await client.query('set session_replication_role = origin');
    client.release();
  }
}
