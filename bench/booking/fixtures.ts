import type pg from 'pg';

/**
 * Self-booking specialties that need neither a referral nor attachment to the clinic and admit adults: any
 * adult bench patient may book their slots through the internet channel.
 */
export const OPEN_SPECIALTIES = [
  'surgeon',
  'ophthalmologist',
  'otolaryngologist',
  'urologist',
  'obstetrician-gynecologist',
  'dentist-therapist',
  'dentist-surgeon',
] as const;

export interface BookableSlot {
  slotId: string;
  specialtyCode: string;
}

/**
 * Free slots a patient may book online: open specialty, internet channel, no priority quota, no hold, from
 * two days ahead (past every clinic's notice and the 24 h cancellation window is irrelevant) to nine days
 * ahead (inside every clinic's horizon). Shuffled, so that bookings spread over clinics and days; slots
 * already handed out in this run are skipped.
 */
export async function bookableSlots(
  pool: pg.Pool,
  count: number,
  options: { specialties?: readonly string[]; exclude?: ReadonlySet<string> } = {},
): Promise<BookableSlot[]> {
  const exclude = [...(options.exclude ?? [])];
  const { rows } = await pool.query<{ id: string; specialty_code: string }>(
    `select s.id, s.specialty_code from slots s
     where s.status = 'free' and s.specialty_code = any($1::text[]) and not s.is_priority
       and 'internet' = any(s.channels) and s.held_until is null
       and s.starts_at between now() + interval '2 days' and now() + interval '9 days'
       and not (s.id = any($3::uuid[]))
     order by random() limit $2`,
    [options.specialties ?? OPEN_SPECIALTIES, count, exclude],
  );
  if (rows.length < count) throw new Error(`only ${rows.length} bookable slots, ${count} needed`);
  return rows.map((r) => ({ slotId: r.id, specialtyCode: r.specialty_code }));
}

/**
 * The (slot, patient) pairs the pgbench booking script takes one by one (`book.sql`): free slots not used
 * by the HTTP run and adult patients without an account (so none of the HTTP run's), with what the
 * application would compute before the transaction (the clinic and its local day).
 */
export async function preparePgbenchBookings(
  pool: pg.Pool,
  count: number,
  exclude: ReadonlySet<string>,
  accountId: string,
): Promise<void> {
  const slots = await bookableSlots(pool, count, { exclude });
  await pool.query('drop table if exists bench_pgbench_bookings');
  await pool.query('drop sequence if exists bench_pgbench_bookings_seq');
  await pool.query('create sequence bench_pgbench_bookings_seq');
  await pool.query(
    `create table bench_pgbench_bookings as
     with s as (
       select row_number() over () as n, x.slot_id from unnest($1::uuid[]) as x(slot_id)
     ), p as (
       select row_number() over () as n, id as patient_id from (
         select id from patients pt
         where pt.birth_date < current_date - interval '20 years' and pt.privileged_category is null
           and not exists (select 1 from accounts a where a.patient_id = pt.id)
         order by id desc limit $2) q
     )
     select s.n::int as n, s.slot_id, p.patient_id, $3::uuid as account_id, sl.organization_id,
       (sl.starts_at at time zone o.time_zone)::date as local_day, sl.specialty_code
     from s join p using (n) join slots sl on sl.id = s.slot_id join organizations o on o.id = sl.organization_id`,
    [slots.map((s) => s.slotId), count, accountId],
  );
  await pool.query('alter table bench_pgbench_bookings add primary key (n)');
  await pool.query('analyze bench_pgbench_bookings');
}

/** Counts and checks of the data a run leaves, read straight from the database. */
export async function scalar(pool: pg.Pool, text: string, values: unknown[] = []): Promise<number> {
  const { rows } = await pool.query<{ n: string | number }>(text, values);
  return Number(rows[0]?.n ?? 0);
}
