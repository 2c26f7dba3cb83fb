import { type BenchContext, cpuSeconds, pick } from '../context';
import { resetStatements, type StatementTime, topStatements } from '../db-profile';
import { OPEN_SPECIALTIES } from '../fixtures';
import { type LoadResult, runHttpLoad } from '../http-load';
import { type PgbenchResult, runPgbench } from '../pgbench';
import { writeSearchScript } from '../search-script';

/** The specialties searched for (pgbench picks one with `:k`); the region of the large set is Novosibirsk (54). */
export const SEARCH_SPECIALTIES: readonly string[] = ['therapist', 'gp', ...OPEN_SPECIALTIES.slice(0, 6)];
export const SEARCH_REGION = '54';

export interface SearchFigures {
  http: LoadResult;
  pgbench: PgbenchResult;
  serverCpuSeconds: number;
  /** The statements that took the most database time during the HTTP run. */
  databaseTime: StatementTime[];
}

/**
 * Anonymous GET /api/v1/slots?region=54&specialty=… (page 1 of 20 and the total) at 50 connections, then
 * the same statements through pgbench with 50 clients.
 */
export async function benchSearch(ctx: BenchContext, durationS: number): Promise<SearchFigures> {
  const next = () => ({
    method: 'GET' as const,
    path: `/api/v1/slots?region=${SEARCH_REGION}&specialty=${pick(SEARCH_SPECIALTIES)}`,
  });
  ctx.log('search: warm-up 3 s');
  await runHttpLoad({ url: ctx.server.url, connections: 50, durationS: 3, next });
  ctx.log(`search: HTTP, 50 connections, ${durationS} s`);
  await resetStatements(ctx.pool);
  const cpuBefore = cpuSeconds(ctx.server.pid);
  const http = await runHttpLoad({ url: ctx.server.url, connections: 50, durationS, next });
  const serverCpuSeconds = cpuSeconds(ctx.server.pid) - cpuBefore;
  const databaseTime = await topStatements(ctx.pool);
  ctx.log(`search: pgbench, 50 clients, ${durationS} s`);
  const pgbench = runPgbench(ctx.cluster, ctx.workDir, {
    script: writeSearchScript(ctx.workDir, { region: SEARCH_REGION, specialties: SEARCH_SPECIALTIES }),
    clients: 50,
    durationS,
  });
  return { http, pgbench, serverCpuSeconds, databaseTime };
}
