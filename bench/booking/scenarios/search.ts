import { type BenchContext, type HttpPhase, measureHttpPhase, pick } from '../context';
import { OPEN_SPECIALTIES } from '../fixtures';
import { runHttpLoad } from '../http-load';
import { type PgbenchResult, runPgbench } from '../pgbench';
import { writeSearchScript } from '../search-script';
import type { ApiServer } from '../server';

/** The specialties searched for (pgbench picks one with `:k`); the region of the large set is Novosibirsk (54). */
export const SEARCH_SPECIALTIES: readonly string[] = ['therapist', 'gp', ...OPEN_SPECIALTIES.slice(0, 6)];
export const SEARCH_REGION = '54';

/**
 * Anonymous GET /api/v1/slots?region=54&specialty=… (page 1 of 20 and the total) at 50 connections against
 * one server, after a 3 s warm-up.
 */
export async function searchOverHttp(
  ctx: BenchContext,
  server: ApiServer,
  durationS: number,
): Promise<HttpPhase> {
  const next = () => ({
    method: 'GET' as const,
    path: `/api/v1/slots?region=${SEARCH_REGION}&specialty=${pick(SEARCH_SPECIALTIES)}`,
  });
  ctx.log(`search: ${server.processes} process(es), warm-up 3 s`);
  await runHttpLoad({ url: server.url, connections: 50, durationS: 3, next });
  ctx.log(`search: ${server.processes} process(es), HTTP, 50 connections, ${durationS} s`);
  return measureHttpPhase(ctx, server, () =>
    runHttpLoad({ url: server.url, connections: 50, durationS, next }),
  );
}

/** The same statements through pgbench with 50 clients. */
export function searchThroughPgbench(ctx: BenchContext, durationS: number): PgbenchResult {
  ctx.log(`search: pgbench, 50 clients, ${durationS} s`);
  return runPgbench(ctx.cluster, ctx.workDir, {
    script: writeSearchScript(ctx.workDir, { region: SEARCH_REGION, specialties: SEARCH_SPECIALTIES }),
    clients: 50,
    durationS,
  });
}
