import type pg from 'pg';
import type { BenchPatient } from './accounts';
import type { BenchCluster } from './cluster';
import { resetStatements, type StatementTime, topStatements } from './db-profile';
import type { LoadResult } from './http-load';
import type { ApiServer } from './server';

/** What every scenario gets: the cluster, a pool for set-up and checks, the running API server. */
export interface BenchContext {
  cluster: BenchCluster;
  pool: pg.Pool;
  /** The server of the single-server scenarios (hot slot, mass rush): the production default, N processes. */
  server: ApiServer;
  /** Where pgbench writes its per-transaction logs (the cluster directory, writable by its owner). */
  workDir: string;
  /** bench/booking/sql */
  sqlDir: string;
  /** Disjoint sets of signed-in patients, one per scenario, so no rule of one run leaks into the next. */
  patients: { hotSlot: BenchPatient[]; rush: BenchPatient[] };
  log: (message: string) => void;
}

/** One HTTP load run against one server, with the server's CPU time and the database's top statements. */
export interface HttpPhase {
  /** API processes of the server that was measured. */
  processes: number;
  http: LoadResult;
  /** CPU seconds the server's processes used during the run (user + system, /proc/<pid>/stat). */
  serverCpuSeconds: number;
  /** The statements that took the most database time during the run. */
  databaseTime: StatementTime[];
}

/** Runs `load` against `server` with the statement statistics reset first and the server's CPU measured. */
export async function measureHttpPhase(
  ctx: BenchContext,
  server: ApiServer,
  load: () => Promise<LoadResult>,
): Promise<HttpPhase> {
  await resetStatements(ctx.pool);
  const cpuBefore = server.cpuSeconds();
  const http = await load();
  const serverCpuSeconds = server.cpuSeconds() - cpuBefore;
  return { processes: server.processes, http, serverCpuSeconds, databaseTime: await topStatements(ctx.pool) };
}

export const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
