import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';

/** A patient the benchmark signs in as: its patient id and a bearer token of a fresh session. */
export interface BenchPatient {
  patientId: string;
  token: string;
}

const BENCH_DISPLAY_NAME = 'bench patient';

/**
 * Gives `count` adult patients of the seeded set an active patient account (created once, marked by its
 * display name) and opens one fresh bearer session for each, written straight to `sessions` the way
 * `openSession` writes it: only the SHA-256 of the token is stored, as the API's `hashToken` does. Logging
 * in through the API instead would cost one argon2id hash per account (~30 ms of CPU each) and measure
 * nothing this benchmark is about.
 */
export async function benchPatients(pool: pg.Pool, count: number): Promise<BenchPatient[]> {
  await pool.query(
    `insert into accounts (display_name, patient_id, status)
     select $1, p.id, 'active' from patients p
     where p.birth_date < current_date - interval '20 years' and p.privileged_category is null
       and not exists (select 1 from accounts a where a.patient_id = p.id)
     order by p.id
     limit greatest($2::int - (select count(*) from accounts where display_name = $1), 0)`,
    [BENCH_DISPLAY_NAME, count],
  );
  await pool.query(
    `insert into account_roles (account_id, role)
     select a.id, 'patient' from accounts a where a.display_name = $1
     on conflict do nothing`,
    [BENCH_DISPLAY_NAME],
  );
  const { rows } = await pool.query<{ account_id: string; patient_id: string }>(
    `select id as account_id, patient_id from accounts where display_name = $1 order by patient_id limit $2`,
    [BENCH_DISPLAY_NAME, count],
  );
  if (rows.length < count) throw new Error(`only ${rows.length} bench patients available, ${count} needed`);
  const patients = rows.map((row) => ({ ...row, token: randomBytes(32).toString('base64url') }));
  // Earlier runs' sessions end, so that the table stays the size of one run.
  await pool.query(
    `delete from sessions where account_id in (select id from accounts where display_name = $1)`,
    [BENCH_DISPLAY_NAME],
  );
  const chunk = 5_000;
  for (let i = 0; i < patients.length; i += chunk) {
    const part = patients.slice(i, i + chunk);
    await pool.query(
      `insert into sessions (token_hash, account_id, transport, method, idle_timeout_seconds, expires_at)
       select h, a::uuid, 'bearer', 'password', 1800, now() + interval '12 hours'
       from unnest($1::text[], $2::text[]) as t(h, a)`,
      [part.map((p) => createHash('sha256').update(p.token).digest('hex')), part.map((p) => p.account_id)],
    );
  }
  return patients.map((p) => ({ patientId: p.patient_id, token: p.token }));
}
