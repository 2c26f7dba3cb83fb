import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { type BenchContext, cpuSeconds } from '../context';
import { resetStatements, type StatementTime, topStatements } from '../db-profile';
import { bookableSlots, preparePgbenchBookings, scalar } from '../fixtures';
import { type LoadResult, runHttpLoad } from '../http-load';
import { type PgbenchResult, runPgbench } from '../pgbench';

export interface BookingFigures {
  http: LoadResult;
  /** 201 answers per second: the booking throughput. */
  bookedPerS: number;
  pgbench: PgbenchResult;
  serverCpuSeconds: number;
  /** The statements that took the most database time during the HTTP run. */
  databaseTime: StatementTime[];
  /** A slot the HTTP run booked: the hot slot of the next scenario. */
  bookedSlotId: string;
  /** Active appointments the HTTP run left, counted in the database (must equal the 201s). */
  activeInDatabase: number;
}

/**
 * Spread bookings: each request is a different patient booking a different free slot (POST
 * /api/v1/appointments with its own Idempotency-Key), 50 connections; then the booking transaction through
 * pgbench with 50 clients, each transaction a different (slot, patient) pair.
 */
export async function benchBooking(ctx: BenchContext, durationS: number): Promise<BookingFigures> {
  const patients = ctx.patients.booking;
  const slots = await bookableSlots(ctx.pool, patients.length);
  let i = 0;
  const booked = new Set<string>();
  const next = () => {
    const n = i++ % patients.length;
    return {
      method: 'POST' as const,
      path: '/api/v1/appointments',
      headers: { authorization: `Bearer ${patients[n]!.token}`, 'idempotency-key': randomUUID() },
      body: JSON.stringify({ slotId: slots[n]!.slotId }),
    };
  };
  ctx.log(`booking: HTTP, 50 connections, ${durationS} s (${patients.length} patient/slot pairs)`);
  await resetStatements(ctx.pool);
  const cpuBefore = cpuSeconds(ctx.server.pid);
  const http = await runHttpLoad({ url: ctx.server.url, connections: 50, durationS, next });
  const serverCpuSeconds = cpuSeconds(ctx.server.pid) - cpuBefore;
  const databaseTime = await topStatements(ctx.pool);
  if (i > patients.length) ctx.log(`booking: WARNING the ${patients.length} pairs ran out (${i} requests)`);
  for (let n = 0; n < Math.min(i, slots.length); n++) booked.add(slots[n]!.slotId);
  const slotIds = slots.map((s) => s.slotId);
  const activeInDatabase = await scalar(
    ctx.pool,
    `select count(*) as n from appointments where slot_id = any($1::uuid[]) and status = 'booked'`,
    [slotIds],
  );
  const [bookedRow] = (
    await ctx.pool.query<{ slot_id: string }>(
      `select slot_id from appointments where slot_id = any($1::uuid[]) and status = 'booked' limit 1`,
      [slotIds],
    )
  ).rows;
  ctx.log('booking: preparing the pgbench pairs');
  const [account] = (await ctx.pool.query<{ id: string }>(`select id from accounts limit 1`)).rows;
  await preparePgbenchBookings(ctx.pool, 60_000, new Set(slotIds), account!.id);
  ctx.log(`booking: pgbench, 50 clients, ${durationS} s`);
  const pgbench = runPgbench(ctx.cluster, ctx.workDir, {
    script: path.join(ctx.sqlDir, 'book.sql'),
    clients: 50,
    durationS,
  });
  return {
    http,
    bookedPerS: (http.statusCounts['201'] ?? 0) / http.durationS,
    pgbench,
    serverCpuSeconds,
    databaseTime,
    bookedSlotId: bookedRow!.slot_id,
    activeInDatabase,
  };
}
