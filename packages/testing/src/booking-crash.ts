import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { openDatabase } from '@talon/db';
import pg from 'pg';
import { startSmsGatewaySink, startSmtpSink } from './delivery-sinks';
import { buildSlots } from './factories';
import { until } from './until';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const API_MAIN = path.join(ROOT, 'apps/api/src/main.ts');
const WORKER_MAIN = path.join(ROOT, 'apps/worker/src/main.ts');
const ACTIVE = `('booked', 'confirmed', 'arrived')`;

/** Keys of the scenario's throwaway database, derived from a public phrase (never used anywhere else). */
const key = (purpose: string) =>
  createHash('sha256').update(`talon-booking-crash:${purpose}`).digest('base64');
const KEYS = { TALON_ENCRYPTION_KEY: key('encryption'), TALON_LOOKUP_KEY: key('lookup') };

export interface BookingCrashOptions {
  /** A migrated, empty PostgreSQL database (a copy of the test template, or the benchmark's). */
  databaseUrl: string;
  /** Booking requests sent at once, one per patient (1 000). */
  requests: number;
  /** Free slots they contend for; each slot is wanted by `requests / slots` patients. */
  slots: number;
  /** The server is killed once this share of the requests has been answered (0.5). */
  killAfter: number;
  /** Called with a line of progress (the benchmark prints it; the test stays quiet). */
  log?: (line: string) => void;
}

interface Attempt {
  patientId: string;
  token: string;
  slotId: string;
  key: string;
  /** The first answer: its status and the appointment id of a 201; null when the kill cut it off. */
  status: number | null;
  appointmentId: string | null;
}

/** What the scenario saw; the test asserts on it, the benchmark writes it out. */
export interface BookingCrashResult {
  requests: number;
  slots: number;
  /** First answers by status (`none`: cut off by the kill). */
  answers: Record<string, number>;
  acknowledged: number;
  /** 201s whose appointment is in the database after the restart, active, the patient's, in the slot asked. */
  acknowledgedPresent: number;
  /** 201s whose retry with the same key after the restart gave the same appointment. */
  acknowledgedReplayedSame: number;
  /** Retries of 201s that gave anything else (another appointment, an error). */
  acknowledgedReplayDiffers: number;
  /** Patients answered with a 4xx who still have an active appointment (a refusal that wrote). */
  refusedButBooked: number;
  /** Cut-off (or 5xx) requests retried after the restart with their key: how they ended; how many met their key
   * still `in_flight` at first (retried again once the claim was a minute old). */
  unanswered: {
    total: number;
    /** Committed before the kill but never answered: the retry must meet this appointment. */
    committedUnanswered: number;
    booked: number;
    refused: number;
    inconsistent: number;
    keyLeftInFlight: number;
  };
  /** Slots with more than one active appointment; patients with more than one. */
  slotsDoubleBooked: number;
  patientsDoubleBooked: number;
  activeAppointments: number;
  /** Confirmations: outbox rows of `booking.confirmed` per appointment and channel, and what the sinks got. */
  confirmations: {
    appointmentsWithout: number;
    duplicateRows: number;
    outboxOfInactive: number;
    /** SMS and email confirmations in the outbox; those the sinks got; those they got more than once. */
    deliverable: number;
    delivered: number;
    sinkRepeats: number;
  };
  /** What the worker logged while it delivered: an error there (a send it could not record) means a message
   * that will be sent again after the stale time. */
  workerLog: ProcessLog;
  /** Timings, in milliseconds. */
  timings: { untilKill: number; restart: number; retries: number; delivery: number };
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** One request on a connection of its own; resolves with status and JSON body, or null when cut off. */
function call(
  port: number,
  method: string,
  url: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> | null } | null> {
  return new Promise((resolve) => {
    const text = body === undefined ? '' : JSON.stringify(body);
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: url,
        method,
        agent: false,
        headers: {
          ...headers,
          ...(body === undefined
            ? {}
            : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', () => resolve(null));
        res.on('end', () => {
          let json: Record<string, unknown> | null = null;
          try {
            json = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
          } catch {
            json = null;
          }
          resolve({ status: res.statusCode ?? 0, json });
        });
      },
    );
    req.on('error', () => resolve(null));
    req.end(text);
  });
}

/** What a spawned process logged at warn and above: counts, and the last lines as `message (reason)`. */
export interface ProcessLog {
  warnings: number;
  errors: number;
  last: string[];
}

/** Spawns a Talon process. With `log`, its lines at warn and above are counted there. */
function spawnNode(main: string, env: Record<string, string>, log?: ProcessLog): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      TALON_DEMO: '0',
      LOG_LEVEL: log ? 'warn' : 'error',
      ...KEYS,
      ...env,
    },
    stdio: ['ignore', log ? 'pipe' : 'ignore', 'inherit'],
  });
  if (log && child.stdout)
    createInterface({ input: child.stdout }).on('line', (line) => countLogLine(log, line));
  return child;
}

/** Pino levels: 40 warn, 50 error, 60 fatal. */
function countLogLine(log: ProcessLog, line: string) {
  let entry: {
    level?: number;
    msg?: string;
    reason?: string;
    err?: { message?: string; driverError?: string };
  };
  try {
    entry = JSON.parse(line);
  } catch {
    entry = { level: 50, msg: line };
  }
  if ((entry.level ?? 0) >= 50) log.errors += 1;
  else log.warnings += 1;
  const why = entry.reason ?? entry.err?.driverError ?? entry.err?.message;
  log.last.push(why ? `${entry.msg} (${why})` : String(entry.msg));
  if (log.last.length > 10) log.last.shift();
}

/**
 * Free slots of one surgeon (a specialty booked without attachment or referral) and `count` adult patients,
 * each with an active account (phone and email, so the confirmation goes by SMS and email) and a bearer
 * session written straight to `sessions` as `openSession` does (only the token's SHA-256 is stored): a login
 * through the API would cost an argon2id hash per patient and test nothing here.
 */
async function prepare(url: string, options: BookingCrashOptions) {
  const handle = await openDatabase({ kind: 'postgres', url, poolMax: 2 });
  let slotIds: string[];
  try {
    const slots = await buildSlots(handle.db, {
      specialtyCode: 'surgeon',
      count: options.slots,
      minutes: 10,
    });
    slotIds = slots.map((slot) => slot.id);
  } finally {
    await handle.close();
  }
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    const { rows } = await pool.query<{ id: string }>(
      `insert into patients (surname, name, birth_date, sex, region_code)
       select 'Сбоева', 'Пациентка ' || g, '1985-03-01', 'female', '77' from generate_series(1, $1::int) g
       returning id`,
      [options.requests],
    );
    const patientIds = rows.map((row) => row.id);
    const tokens = patientIds.map(() => randomBytes(32).toString('base64url'));
    await pool.query(
      `with made as (
         insert into accounts (display_name, patient_id, status, phone, email)
         select 'crash patient', p, 'active', '+7999' || lpad(n::text, 7, '0'), 'crash' || n || '@example.ru'
         from unnest($1::uuid[]) with ordinality as t(p, n)
         returning id, patient_id
       ), roles as (
         insert into account_roles (account_id, role) select id, 'patient' from made
       )
       insert into sessions (token_hash, account_id, transport, method, idle_timeout_seconds, expires_at)
       select t.h, made.id, 'bearer', 'password', 3600, now() + interval '2 hours'
       from unnest($1::uuid[], $2::text[]) as t(p, h) join made on made.patient_id = t.p`,
      [patientIds, tokens.map((token) => createHash('sha256').update(token).digest('hex'))],
    );
    return { slotIds, patientIds, tokens };
  } finally {
    await pool.end();
  }
}

/**
 * Issue 16 item 5: `requests` bookings sent at once to the real API process, which is killed with SIGKILL
 * once `killAfter` of them are answered; then a restart, retries with the same keys, and the worker
 * delivering the confirmations to loopback sinks. Counts everything a crash could break (docs/booking.md
 * «Crash safety»); the caller decides what must be zero.
 */
export async function runBookingCrash(options: BookingCrashOptions): Promise<BookingCrashResult> {
  const log = options.log ?? (() => {});
  const url = options.databaseUrl;
  const { slotIds, patientIds, tokens } = await prepare(url, options);
  const port = await freePort();
  const serverEnv = {
    DATABASE_URL: url,
    TALON_PROCESSES: '1',
    WORKER_IN_PROCESS: '0',
    HOST: '127.0.0.1',
    PORT: String(port),
    WEB_DIST_DIR: '/nonexistent',
    // A thousand requests at once queue for the pool instead of being shed (503 OVERLOADED) at the hundredth or
    // after 2 s of waiting: the kill should find bookings at every stage, not mostly shed ones.
    DB_POOL_MAX_WAITING: String(options.requests * 2),
    DB_POOL_ACQUIRE_TIMEOUT_MS: '15000',
  };
  const children: ChildProcess[] = [];
  const startServer = async () => {
    const child = spawnNode(API_MAIN, serverEnv);
    children.push(child);
    await until(async () => (await call(port, 'GET', '/ready', {}))?.status === 200, 'the API', 60_000, 100);
    return child;
  };
  const book = (attempt: Attempt, idempotencyKey = attempt.key) =>
    call(
      port,
      'POST',
      '/api/v1/appointments',
      { authorization: `Bearer ${attempt.token}`, 'idempotency-key': idempotencyKey },
      { slotId: attempt.slotId },
    );

  const smtp = await startSmtpSink();
  const gateway = await startSmsGatewaySink();
  try {
    const server = await startServer();
    const attempts: Attempt[] = patientIds.map((patientId, i) => ({
      patientId,
      token: tokens[i]!,
      // Neighbours want the same slot, so the contended ones are in flight together.
      slotId: slotIds[Math.floor((i * slotIds.length) / patientIds.length)]!,
      key: randomUUID(),
      status: null,
      appointmentId: null,
    }));
    const started = Date.now();
    let answered = 0;
    const killAt = Math.floor(options.requests * options.killAfter);
    const exited = new Promise((resolve) => server.once('exit', resolve));
    const firstRound = attempts.map(async (attempt) => {
      const answer = await book(attempt);
      if (!answer) return;
      attempt.status = answer.status;
      if (answer.status === 201) attempt.appointmentId = String(answer.json?.id);
      answered += 1;
      if (answered === killAt) server.kill('SIGKILL');
    });
    await Promise.all(firstRound);
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
    await exited;
    const untilKill = Date.now() - started;
    const answers: Record<string, number> = {};
    for (const attempt of attempts) {
      const label = attempt.status === null ? 'none' : String(attempt.status);
      answers[label] = (answers[label] ?? 0) + 1;
    }
    log(`killed after ${untilKill} ms: ${JSON.stringify(answers)}`);

    const restartStarted = Date.now();
    await startServer();
    const restart = Date.now() - restartStarted;

    const pool = new pg.Pool({ connectionString: url, max: 2 });
    try {
      const active = async () => {
        const { rows } = await pool.query<{ id: string; patient_id: string; slot_id: string }>(
          `select id, patient_id, slot_id from appointments where status in ${ACTIVE}`,
        );
        return new Map(rows.map((row) => [row.patient_id, row]));
      };
      const beforeRetries = await active();
      const acknowledged = attempts.filter((a) => a.status === 201);
      const acknowledgedPresent = acknowledged.filter((a) => {
        const row = beforeRetries.get(a.patientId);
        return row?.id === a.appointmentId && row.slot_id === a.slotId;
      }).length;
      const refusedButBooked = attempts.filter(
        (a) => a.status !== null && a.status >= 400 && a.status < 500 && beforeRetries.has(a.patientId),
      ).length;

      const retriesStarted = Date.now();
      let acknowledgedReplayedSame = 0;
      for (const attempt of acknowledged) {
        const answer = await book(attempt);
        if (answer?.status === 201 && answer.json?.id === attempt.appointmentId)
          acknowledgedReplayedSame += 1;
      }
      // Cut off (or shed with a 5xx, which is not remembered): the client retries with the same key. A key the
      // kill left `in_flight` answers 409 IDEMPOTENCY_KEY_IN_FLIGHT (Retry-After: 1) until its claim is a minute
      // old; then the retry runs and, if the first attempt committed, meets its appointment (docs/booking.md).
      const unanswered = attempts.filter((a) => a.status === null || a.status >= 500);
      const outcome = {
        total: unanswered.length,
        committedUnanswered: unanswered.filter((a) => beforeRetries.has(a.patientId)).length,
        booked: 0,
        refused: 0,
        inconsistent: 0,
        keyLeftInFlight: 0,
      };
      const finals = new Map<Attempt, { status: number; id: unknown; code: unknown } | null>();
      const retry = async (attempt: Attempt) => {
        const answer = await book(attempt);
        finals.set(
          attempt,
          answer ? { status: answer.status, id: answer.json?.id, code: answer.json?.code } : null,
        );
        return answer?.status === 409 && answer.json?.code === 'IDEMPOTENCY_KEY_IN_FLIGHT';
      };
      const stuck: Attempt[] = [];
      for (const attempt of unanswered) if (await retry(attempt)) stuck.push(attempt);
      outcome.keyLeftInFlight = stuck.length;
      // A minute later (the claims are aged rather than waited for), the same keys again.
      await pool.query(
        `update idempotency_keys set created_at = created_at - interval '61 seconds' where state = 'in_flight'`,
      );
      for (const attempt of stuck) await retry(attempt);
      const retries = Date.now() - retriesStarted;
      const after = await active();
      for (const [attempt, answer] of finals) {
        const row = after.get(attempt.patientId);
        if (answer?.status === 201 && row?.id === answer.id) outcome.booked += 1;
        // A key still in flight is no answer: the client could not tell a booking from a refusal.
        else if (
          answer &&
          answer.status >= 400 &&
          answer.status < 500 &&
          answer.code !== 'IDEMPOTENCY_KEY_IN_FLIGHT' &&
          !row
        )
          outcome.refused += 1;
        else outcome.inconsistent += 1;
      }
      const count = async (text: string) => Number((await pool.query<{ n: string }>(text)).rows[0]?.n ?? 0);
      const slotsDoubleBooked = await count(
        `select count(*) as n from (select slot_id from appointments where status in ${ACTIVE}
         group by slot_id having count(*) > 1) s`,
      );
      const patientsDoubleBooked = await count(
        `select count(*) as n from (select patient_id from appointments where status in ${ACTIVE}
         group by patient_id having count(*) > 1) s`,
      );
      const activeAppointments = await count(
        `select count(*) as n from appointments where status in ${ACTIVE}`,
      );

      // The worker delivers the confirmations; each carries its outbox id to the sink.
      const deliveryStarted = Date.now();
      const workerLog: ProcessLog = { warnings: 0, errors: 0, last: [] };
      const worker = spawnNode(
        WORKER_MAIN,
        { DATABASE_URL: url, SMTP_URL: smtp.url, SMS_GATEWAY_URL: gateway.url, SMS_GATEWAY_API_KEY: 'test' },
        workerLog,
      );
      children.push(worker);
      const { rows: confirmationIds } = await pool.query<{ id: string }>(
        `select id from notification_outbox where event = 'booking.confirmed' and channel in ('sms', 'email')`,
      );
      const deliverable = confirmationIds.length;
      const delivered = () =>
        confirmationIds.filter(({ id }) => smtp.record.times.has(id) || gateway.record.times.has(id)).length;
      await until(
        () => delivered() >= deliverable,
        () =>
          `${deliverable} confirmations at the sinks: ${delivered()} arrived; the worker logged ` +
          JSON.stringify(workerLog) +
          `; the sinks' errors: ${JSON.stringify([...smtp.record.errors, ...gateway.record.errors].map(String))}`,
        // Room for one failed try per message and its retry 10 s later, on a loaded machine.
        90_000,
        100,
      );
      // A moment more, so that a second hand-over of any message would be seen.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const delivery = Date.now() - deliveryStarted;
      const confirmations = {
        appointmentsWithout: await count(
          `select count(*) as n from appointments a where a.status in ${ACTIVE} and not exists (
             select 1 from notification_outbox o where o.event = 'booking.confirmed'
             and split_part(o.dedupe_key, '|', 2) = a.id::text)`,
        ),
        duplicateRows: await count(
          `select count(*) as n from (select split_part(dedupe_key, '|', 2), channel from notification_outbox
           where event = 'booking.confirmed' group by 1, 2 having count(*) > 1) d`,
        ),
        outboxOfInactive: await count(
          `select count(*) as n from notification_outbox o where o.event = 'booking.confirmed'
           and not exists (select 1 from appointments a where a.status in ${ACTIVE}
           and a.id::text = split_part(o.dedupe_key, '|', 2))`,
        ),
        deliverable,
        delivered: delivered(),
        sinkRepeats: confirmationIds.filter(
          ({ id }) =>
            (smtp.record.times.get(id)?.length ?? 0) + (gateway.record.times.get(id)?.length ?? 0) > 1,
        ).length,
      };
      const result: BookingCrashResult = {
        requests: options.requests,
        slots: options.slots,
        answers,
        acknowledged: acknowledged.length,
        acknowledgedPresent,
        acknowledgedReplayedSame,
        acknowledgedReplayDiffers: acknowledged.length - acknowledgedReplayedSame,
        refusedButBooked,
        unanswered: outcome,
        slotsDoubleBooked,
        patientsDoubleBooked,
        activeAppointments,
        confirmations,
        workerLog,
        timings: { untilKill, restart, retries, delivery },
      };
      log(JSON.stringify(result));
      return result;
    } finally {
      await pool.end();
    }
  } finally {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await smtp.stop();
    await gateway.close();
  }
}
