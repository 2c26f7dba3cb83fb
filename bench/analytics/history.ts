import type pg from 'pg';

const MARK = 'BENCH-';
/** The human-code alphabet of the schema's check (no 0/O, 1/I): 32 letters, five bits a character. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const codeChar = (shift: number) => `substr('${ALPHABET}', (((n >> ${shift}) & 31) + 1)::int, 1)`;

/**
 * The large seed makes slots but only a few thousand visits. Analytics reads appointments, so the run books
 * 60 % of the seeded slots once (marked by their ticket numbers), with EMIAS's proportions (DESIGN §4a):
 * 3 % cancelled by the patient, 1 % no-shows, 1 % cancelled by the clinic, the rest fulfilled; half the
 * visits booked on the portal, 20 % in the app, 20 % at the registry, 10 % by the call centre. The slot
 * triggers (live availability NOTIFY) are bypassed for the bulk update: nobody listens to this cluster.
 */
export async function bookHistory(pool: pg.Pool): Promise<number> {
  const done = await pool.query<{ n: number }>(
    `select count(*)::int as n from appointments where ticket_number like '${MARK}%'`,
  );
  if ((done.rows[0]?.n ?? 0) > 0) return done.rows[0]!.n;
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query('set local session_replication_role = replica');
    const inserted = await client.query(
      `with numbered as (
         select s.*, (row_number() over (order by s.id))::bigint as n from slots s where s.status = 'free'
       ), people as (
         select id, (row_number() over (order by id))::bigint as k from patients order by id limit 100000
       )
       insert into appointments (slot_id, patient_id, organization_id, practitioner_id, specialty_code, starts_at,
         visit_type, status, code, ticket_number, channel, booked_by_kind)
       select s.id, p.id, s.organization_id, s.practitioner_id, s.specialty_code, s.starts_at, s.visit_type,
         case when n % 100 < 3 then 'cancelled_by_patient' when n % 100 = 3 then 'noshow'
              when n % 100 = 4 then 'cancelled_by_clinic' else 'fulfilled' end,
         ${[0, 5, 10, 15].map(codeChar).join(' || ')} || '-' || ${[20, 25, 30, 35].map(codeChar).join(' || ')},
         '${MARK}' || n,
         case when n % 10 < 5 then 'internet' when n % 10 < 7 then 'mobile' when n % 10 < 9 then 'registry'
              else 'call_centre' end,
         'patient'
       from numbered s join people p on p.k = n % 100000 + 1
       where n % 10 < 6`,
    );
    await client.query(
      `update slots set status = 'booked' from appointments a
       where a.slot_id = slots.id and a.ticket_number like '${MARK}%' and a.status in ('fulfilled', 'noshow')`,
    );
    await client.query('commit');
    await client.query('vacuum analyze slots, appointments');
    return inserted.rowCount ?? 0;
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}
