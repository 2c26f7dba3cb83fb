// `npm run bench:booking [-- --reuse] [-- --duration 15]`: the booking benchmark of issue 4 against a
// throwaway PostgreSQL cluster with the large seed (bench/README.md explains every figure).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { freePort } from '../../packages/testing/src/postgres-cluster';
import { benchPatients } from './accounts';
import { readSeedMarker, startBenchCluster, writeSeedMarker } from './cluster';
import type { BenchContext } from './context';
import { BENCH_OVERRIDES, OVERRIDE_REASONS, serverEnv } from './env';
import { machineFacts } from './machine';
import { formatReport, judgeTargets } from './report';
import { benchBooking } from './scenarios/booking';
import { benchHotSlot } from './scenarios/hot-slot';
import { benchMassRush } from './scenarios/mass-rush';
import { benchSearch } from './scenarios/search';
import { seedLarge } from './seed';
import { repoRootOf, startApiServer } from './server';

const SEED = 1;
/** Seeded slots start at the seed's run date; past this age a reused cluster is seeded again. */
const MAX_SEED_AGE_MS = 3 * 24 * 3600 * 1000;
const PATIENTS = { booking: 15_000, hotSlot: 200, rush: 40_000 };

const { values: args } = parseArgs({
  options: {
    reuse: { type: 'boolean', default: process.env.BENCH_REUSE === '1' },
    duration: { type: 'string', default: '10' },
    'rush-slots': { type: 'string', default: '2000' },
  },
});

const repoRoot = repoRootOf(fileURLToPath(import.meta.url));
const dir = path.join(repoRoot, '.tmp/bench-booking');
const log = (message: string) => console.info(`[bench] ${message}`);

/**
 * Bench writes of an earlier run on a reused cluster go first, so that every run starts from the seeded
 * state: appointments and what booking wrote beside them, holds and bookings on slots. (The audit log is
 * append-only by design and keeps growing.)
 */
async function resetBookings(pool: pg.Pool): Promise<void> {
  await pool.query('truncate appointments, ticket_counters, idempotency_keys, notification_outbox cascade');
  await pool.query(
    `update slots set status = 'free', held_by_patient_id = null, held_until = null where status = 'booked' or held_until is not null`,
  );
  await pool.query('vacuum analyze slots, appointments, sessions');
}

async function main(): Promise<number> {
  const startedAt = new Date();
  const machine = await machineFacts();
  log(
    `machine: ${machine.cpus} CPUs, load ${machine.loadAverage.join(' ')}, busy before run ${(machine.busyBeforeRun * 100).toFixed(0)} %`,
  );
  const cluster = await startBenchCluster(dir, args.reuse ?? false);
  const pool = new pg.Pool({ connectionString: cluster.url, max: 4 });
  try {
    let marker = readSeedMarker(dir);
    const isStale = !marker || Date.now() - Date.parse(marker.seededAt) > MAX_SEED_AGE_MS;
    if (!args.reuse || isStale) {
      log('seeding the large set (about 2 minutes)…');
      const report = seedLarge(repoRoot, cluster.url, SEED);
      marker = { size: 'large', seed: SEED, seededAt: new Date().toISOString(), report };
      writeSeedMarker(dir, marker);
      log(report);
    } else {
      log(`reusing the cluster seeded at ${marker!.seededAt}; resetting earlier bench bookings`);
      await resetBookings(pool);
    }
    await pool.query('create extension if not exists pg_stat_statements');
    const all = await benchPatients(pool, PATIENTS.booking + PATIENTS.hotSlot + PATIENTS.rush);
    const patients = {
      booking: all.slice(0, PATIENTS.booking),
      hotSlot: all.slice(PATIENTS.booking, PATIENTS.booking + PATIENTS.hotSlot),
      rush: all.slice(PATIENTS.booking + PATIENTS.hotSlot),
    };
    const port = await freePort();
    const env = serverEnv(cluster.url, port);
    const server = await startApiServer(repoRoot, env, port);
    log(
      `API server pid ${server.pid} on ${server.url}, RSS after start ${(server.rss() / 2 ** 20).toFixed(0)} MiB`,
    );
    const ctx: BenchContext = {
      cluster,
      pool,
      server,
      workDir: dir,
      sqlDir: path.join(repoRoot, 'bench/booking/sql'),
      patients,
      log,
    };
    const duration = Number(args.duration);
    try {
      const search = await benchSearch(ctx, duration);
      const booking = await benchBooking(ctx, duration);
      const hotSlot = await benchHotSlot(ctx, booking.bookedSlotId, 10);
      const rush = await benchMassRush(ctx, {
        slotCount: Number(args['rush-slots']),
        contenders: 20,
        concurrency: 200,
      });
      const results = { search, booking, hotSlot, rush, server: { peakRssBytes: server.peakRss() } };
      const targets = judgeTargets(results);
      console.info(`\n${formatReport(results, targets)}\n`);
      const loadAfter = (await machineFacts()).loadAverage;
      const file = path.join(
        repoRoot,
        'bench/results',
        `booking-${startedAt.toISOString().slice(0, 10)}.json`,
      );
      mkdirSync(path.dirname(file), { recursive: true });
      const settings = Object.fromEntries(
        Object.entries(env)
          .filter(([k]) => k in OVERRIDE_REASONS || k in BENCH_OVERRIDES)
          .map(([k, v]) => [k, { value: v, why: OVERRIDE_REASONS[k] }]),
      );
      const record = {
        benchmark: 'booking',
        startedAt: startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        machine: { ...machine, loadAverageAfter: loadAfter },
        dataSet: marker,
        postgres: {
          settings:
            'fsync, synchronous_commit and full_page_writes off; shared_buffers 2GB (bench/booking/cluster.ts)',
        },
        serverSettings: settings,
        pgbench: { protocol: 'extended', threads: 2 },
        results,
        targets,
      };
      writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
      log(`results written to ${path.relative(repoRoot, file)}`);
      return rush.passed ? 0 : 1;
    } finally {
      await server.stop();
    }
  } finally {
    await pool.end();
    cluster.stop();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
