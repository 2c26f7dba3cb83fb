import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import type { BenchContext } from '../context';
import { resetStatements, type StatementTime, topStatements } from '../db-profile';
import { type LoadResult, runHttpLoad } from '../http-load';
import { type PgbenchResult, runPgbench } from '../pgbench';

export interface HotSlotFigures {
  /** API processes of the server (TALON_PROCESSES). */
  processes: number;
  http: LoadResult;
  /** 409 answers per second. */
  rejectedPerS: number;
  /** The yardstick: 200 pgbench clients updating one row. */
  pgbenchHotRow: PgbenchResult;
  /** For context: the SQL of one refused request, through pgbench with 200 clients. */
  pgbenchRefusal: PgbenchResult;
  serverCpuSeconds: number;
  /** The statements that took the most database time during the HTTP run. */
  databaseTime: StatementTime[];
  /** Active appointments of the hot slot after the run (must be 1). */
  activeOnSlot: number;
}

/**
 * 200 clients, each a different patient, book one already-booked slot over and over for `durationS`
 * seconds (each request with a new Idempotency-Key): every answer should be 409 SLOT_TAKEN with
 * alternatives. Then pgbench: a single-hot-row update with 200 clients, and the refusal's own statements.
 */
export async function benchHotSlot(
  ctx: BenchContext,
  hotSlotId: string,
  durationS: number,
): Promise<HotSlotFigures> {
  const patients = ctx.patients.hotSlot;
  let i = 0;
  const next = () => ({
    method: 'POST' as const,
    path: '/api/v1/appointments',
    headers: {
      authorization: `Bearer ${patients[i++ % patients.length]!.token}`,
      'idempotency-key': randomUUID(),
    },
    body: JSON.stringify({ slotId: hotSlotId }),
  });
  ctx.log(
    `hot slot: ${ctx.server.processes} process(es), HTTP, 200 connections on slot ${hotSlotId}, ${durationS} s`,
  );
  await resetStatements(ctx.pool);
  const cpuBefore = ctx.server.cpuSeconds();
  const http = await runHttpLoad({ url: ctx.server.url, connections: 200, durationS, next });
  const serverCpuSeconds = ctx.server.cpuSeconds() - cpuBefore;
  const databaseTime = await topStatements(ctx.pool);
  const activeOnSlot = Number(
    (
      await ctx.pool.query<{ n: string }>(
        `select count(*) as n from appointments where slot_id = $1 and status in ('booked', 'confirmed', 'arrived')`,
        [hotSlotId],
      )
    ).rows[0]?.n,
  );
  ctx.log(`hot slot: pgbench single-hot-row update, 200 clients, ${durationS} s`);
  const pgbenchHotRow = runPgbench(ctx.cluster, ctx.workDir, {
    script: path.join(ctx.sqlDir, 'hot-row.sql'),
    clients: 200,
    durationS,
    vars: { hot_slot_id: hotSlotId },
  });
  ctx.log(`hot slot: pgbench refusal statements, 200 clients, ${durationS} s`);
  const [account] = (
    await ctx.pool.query<{ id: string }>(`select id from accounts where patient_id = $1`, [
      patients[0]!.patientId,
    ])
  ).rows;
  const pgbenchRefusal = runPgbench(ctx.cluster, ctx.workDir, {
    script: path.join(ctx.sqlDir, 'hot-slot-refusal.sql'),
    clients: 200,
    durationS,
    vars: {
      hot_slot_id: hotSlotId,
      account_id: account!.id,
      token_hash: createHash('sha256').update(patients[0]!.token).digest('hex'),
    },
  });
  return {
    processes: ctx.server.processes,
    http,
    rejectedPerS: (http.statusCounts['409'] ?? 0) / http.durationS,
    pgbenchHotRow,
    pgbenchRefusal,
    serverCpuSeconds,
    databaseTime,
    activeOnSlot,
  };
}
