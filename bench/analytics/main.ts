// `npm run bench:analytics [-- --reuse] [-- --runs 20]`: the admin analytics endpoints (issue 13 item 4) against
// the large seed on a throwaway PostgreSQL cluster; writes bench/results/analytics.json (docs/analytics.md).
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { rollUpAnalytics } from '../../packages/core/src/analytics';
import { systemClock } from '../../packages/core/src/shared';
import { createAnalyticsRollupRepository, migrateDatabase, openDatabase } from '../../packages/db/src';
import { freePort } from '../../packages/testing/src/postgres-cluster';
import { readSeedMarker, startBenchCluster, writeSeedMarker } from '../booking/cluster';
import { serverEnv } from '../booking/env';
import { machineFacts } from '../booking/machine';
import type { Target } from '../booking/report';
import { seedLarge } from '../booking/seed';
import { repoRootOf, startApiServer } from '../booking/server';
import { bookHistory } from './history';

const SEED = 1;
const GOAL_MS = 1000;
const { values: args } = parseArgs({
  options: { reuse: { type: 'boolean', default: false }, runs: { type: 'string', default: '20' } },
});
const repoRoot = repoRootOf(fileURLToPath(import.meta.url));
const dir = path.join(repoRoot, '.tmp/bench-analytics');
const log = (message: string) => console.info(`[bench] ${message}`);

/** An admin account with a bearer session written straight to the table (no argon2 or TOTP to measure). */
async function adminToken(
  pool: pg.Pool,
  role: 'clinic_admin' | 'system_admin',
  organizationId: string | null,
) {
  const account = await pool.query<{ id: string }>(
    `insert into accounts (display_name, status) values ($1, 'active') returning id`,
    [`bench ${role}`],
  );
  const accountId = account.rows[0]!.id;
  await pool.query('insert into account_roles (account_id, role, organization_id) values ($1, $2, $3)', [
    accountId,
    role,
    organizationId,
  ]);
  const token = randomBytes(32).toString('base64url');
  await pool.query(
    `insert into sessions (token_hash, account_id, transport, method, idle_timeout_seconds, expires_at)
     values ($1, $2, 'bearer', 'totp', 1800, now() + interval '2 hours')`,
    [createHash('sha256').update(token).digest('hex'), accountId],
  );
  return token;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

/**
 * Sequential requests (one admin opening the page again and again): p50 and p95 in ms. A 503 of the
 * overload guard (event-loop lag on a shared machine) is counted and the request repeated after its
 * Retry-After, so the figures are of answered requests and the sheds are reported beside them.
 */
async function timeRequests(url: string, token: string, runs: number) {
  let shed = 0;
  const once = async (): Promise<{ ms: number; bytes: number }> => {
    const started = performance.now();
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    const body = await res.text();
    if (res.status === 503 && shed < 50) {
      shed += 1;
      await new Promise((resolve) => setTimeout(resolve, Number(res.headers.get('retry-after') ?? 1) * 1000));
      return once();
    }
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${body.slice(0, 300)}`);
    return { ms: performance.now() - started, bytes: body.length };
  };
  await once();
  await once();
  const samples: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i += 1) {
    const sample = await once();
    samples.push(sample.ms);
    bytes = sample.bytes;
  }
  samples.sort((a, b) => a - b);
  return {
    p50Ms: Math.round(percentile(samples, 50)),
    p95Ms: Math.round(percentile(samples, 95)),
    bytes,
    shed,
  };
}

async function main(): Promise<number> {
  const machine = await machineFacts();
  const reuse = (args.reuse ?? false) && existsSync(path.join(dir, 'seeded.json'));
  const cluster = await startBenchCluster(dir, reuse);
  const pool = new pg.Pool({ connectionString: cluster.url, max: 2 });
  try {
    if (!reuse || !readSeedMarker(dir)) {
      log('seeding the large set (about 7 minutes on 2 busy cores)…');
      const report = seedLarge(repoRoot, cluster.url, SEED);
      writeSeedMarker(dir, { size: 'large', seed: SEED, seededAt: new Date().toISOString(), report });
    }
    // The schema first (the API migrates at start too): the history writes this release's columns.
    const database = await openDatabase({ kind: 'postgres', url: cluster.url, poolMax: 2 });
    let rollup: { backfillMs: number; nightlyMs: number; rows: number; closedThrough: string };
    try {
      await migrateDatabase(database);
      const booked = await bookHistory(pool);
      log(`appointments of the run: ${booked}`);
      // The worker's analytics.rollup job, as at the first start (backfill) and then as every night.
      await pool.query('truncate analytics_daily, analytics_rollup_state');
      const deps = { rollup: createAnalyticsRollupRepository(database.db), clock: systemClock };
      let started = performance.now();
      const first = await rollUpAnalytics(deps);
      const backfillMs = Math.round(performance.now() - started);
      started = performance.now();
      await rollUpAnalytics(deps);
      const nightlyMs = Math.round(performance.now() - started);
      rollup = { backfillMs, nightlyMs, rows: first.rows, closedThrough: first.closedThrough };
      log(`rollup: backfill ${backfillMs} ms (${first.rows} rows), nightly run ${nightlyMs} ms`);
    } finally {
      await database.close();
    }
    const port = await freePort();
    const server = await startApiServer(repoRoot, serverEnv(cluster.url, port), port, 600_000);
    try {
      const busiest = await pool.query<{ organization_id: string; slots: number }>(
        `select organization_id, count(*)::int as slots from slots group by 1 order by 2 desc limit 1`,
      );
      const clinic = busiest.rows[0]!.organization_id;
      const [clinicAdmin, systemAdmin] = [
        await adminToken(pool, 'clinic_admin', clinic),
        await adminToken(pool, 'system_admin', null),
      ];
      // The page's requests: the default period, the last 30 days up to today (the closed days from the
      // rollup, the last two live) — per practitioner for a clinic, per clinic for all of them. The seeded
      // horizon ahead (the next 30 days, all live) and the all-clinic per-specialty answer for comparison.
      const period = await pool.query<{ from: string; to: string }>(
        `select to_char(max(starts_at) - interval '29 days', 'YYYY-MM-DD') as from,
           to_char(max(starts_at), 'YYYY-MM-DD') as to from slots`,
      );
      const { from, to } = period.rows[0]!;
      const runs = Number(args.runs);
      const api = `${server.url}/api/v1/admin/analytics`;
      const figures = {
        waitsClinic: await timeRequests(`${api}/waits`, clinicAdmin, runs),
        loadClinic: await timeRequests(`${api}/load?from=${from}&to=${to}`, clinicAdmin, runs),
        waitsAll: await timeRequests(`${api}/waits`, systemAdmin, runs),
        loadAll: await timeRequests(`${api}/load`, systemAdmin, runs),
        loadAllAhead: await timeRequests(`${api}/load?from=${from}&to=${to}`, systemAdmin, runs),
        loadAllBySpecialty: await timeRequests(`${api}/load?detail=specialty`, systemAdmin, runs),
      };
      const counts = await pool.query<{ slots: number; appointments: number }>(
        'select (select count(*)::int from slots) as slots, (select count(*)::int from appointments) as appointments',
      );
      const target = (name: string, p95: number): Target => ({
        name,
        goal: `p95 < ${GOAL_MS} ms`,
        actual: `${p95} ms`,
        isMet: p95 < GOAL_MS,
      });
      const targets = [
        target('waits, clinic admin (one clinic)', figures.waitsClinic.p95Ms),
        target('load 30 days, clinic admin (one clinic)', figures.loadClinic.p95Ms),
        target('waits, system admin (all 300 clinics)', figures.waitsAll.p95Ms),
        target('load of the last 30 days, system admin (all 300 clinics, per clinic)', figures.loadAll.p95Ms),
      ];
      const result = {
        ranAt: new Date().toISOString(),
        machine,
        data: { ...counts.rows[0], aheadPeriod: { from, to }, clinic },
        rollup,
        runs,
        figures,
        targets,
      };
      mkdirSync(path.join(repoRoot, 'bench/results'), { recursive: true });
      writeFileSync(
        path.join(repoRoot, 'bench/results/analytics.json'),
        `${JSON.stringify(result, null, 2)}\n`,
      );
      for (const t of targets) log(`${t.isMet ? 'met ' : 'MISS'} ${t.name}: ${t.actual} (${t.goal})`);
      return targets.every((t) => t.isMet) ? 0 : 1;
    } finally {
      await server.stop();
    }
  } finally {
    await pool.end();
    cluster.stop();
  }
}

process.exitCode = await main();
