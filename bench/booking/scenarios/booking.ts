import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { BenchPatient } from '../accounts';
import { type BenchContext, type HttpPhase, measureHttpPhase } from '../context';
import { type BookableSlot, preparePgbenchBookings, scalar } from '../fixtures';
import { runHttpLoad } from '../http-load';
import { type PgbenchResult, runPgbench } from '../pgbench';
import type { ApiServer } from '../server';

export interface BookingPhase extends HttpPhase {
  /** 201 answers per second: the booking throughput. */
  bookedPerS: number;
  /** Active appointments the run left on its slots, counted in the database (must equal the 201s). */
  activeInDatabase: number;
  /** One slot the run booked (the hot slot of the later scenario), null when none was. */
  bookedSlotId: string | null;
}

/**
 * Spread bookings against one server: each request is a different patient booking a different free slot
 * (POST /api/v1/appointments with its own Idempotency-Key), 50 connections. `pairs` are this run's own
 * patients and slots, used by no other run.
 */
export async function bookOverHttp(
  ctx: BenchContext,
  server: ApiServer,
  pairs: { patients: BenchPatient[]; slots: BookableSlot[] },
  durationS: number,
): Promise<BookingPhase> {
  const { patients, slots } = pairs;
  let i = 0;
  const next = () => {
    const n = i++ % patients.length;
    return {
      method: 'POST' as const,
      path: '/api/v1/appointments',
      headers: { authorization: `Bearer ${patients[n]!.token}`, 'idempotency-key': randomUUID() },
      body: JSON.stringify({ slotId: slots[n]!.slotId }),
    };
  };
  ctx.log(`booking: ${server.processes} process(es), HTTP, 50 connections, ${durationS} s`);
  const phase = await measureHttpPhase(ctx, server, () =>
    runHttpLoad({ url: server.url, connections: 50, durationS, next }),
  );
  if (i > patients.length) ctx.log(`booking: WARNING the ${patients.length} pairs ran out (${i} requests)`);
  const slotIds = slots.map((s) => s.slotId);
  const activeInDatabase = await scalar(
    ctx.pool,
    `select count(*) as n from appointments where slot_id = any($1::uuid[]) and status = 'booked'`,
    [slotIds],
  );
  const [booked] = (
    await ctx.pool.query<{ slot_id: string }>(
      `select slot_id from appointments where slot_id = any($1::uuid[]) and status = 'booked' limit 1`,
      [slotIds],
    )
  ).rows;
  return {
    ...phase,
    bookedPerS: (phase.http.statusCounts['201'] ?? 0) / phase.http.durationS,
    activeInDatabase,
    bookedSlotId: booked?.slot_id ?? null,
  };
}

/**
 * The (slot, patient) pairs of the pgbench runs, once for all rounds (each run continues the sequence):
 * free slots none of the HTTP runs use, patients without an account.
 */
export async function preparePgbenchPairs(ctx: BenchContext, count: number, httpSlots: ReadonlySet<string>) {
  ctx.log(`booking: preparing ${count} pgbench pairs`);
  const [account] = (await ctx.pool.query<{ id: string }>(`select id from accounts limit 1`)).rows;
  await preparePgbenchBookings(ctx.pool, count, httpSlots, account!.id);
}

/** The booking transaction through pgbench with 50 clients, each transaction the next prepared pair. */
export function bookThroughPgbench(ctx: BenchContext, durationS: number): PgbenchResult {
  ctx.log(`booking: pgbench, 50 clients, ${durationS} s`);
  return runPgbench(ctx.cluster, ctx.workDir, {
    script: path.join(ctx.sqlDir, 'book.sql'),
    clients: 50,
    durationS,
  });
}
