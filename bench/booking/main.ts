// `npm run bench:booking [-- --reuse] [-- --duration 15] [-- --rounds 3]`: the booking benchmark of issue 4
// against a throwaway PostgreSQL cluster with the large seed, 1 and N API processes side by side (issue 16);
// docs/benchmarks.md explains every figure.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { freePort } from '../../packages/testing/src/postgres-cluster';
import { benchPatients } from './accounts';
import { readSeedMarker, startBenchCluster, writeSeedMarker } from './cluster';
import type { BenchContext, HttpPhase } from './context';
import { BENCH_OVERRIDES, OVERRIDE_REASONS, serverEnv } from './env';
import { bookableSlots } from './fixtures';
import { machineFacts } from './machine';
import type { PgbenchResult } from './pgbench';
import { type BenchResults, formatReport, judgeTargets } from './report';
import { summarizeHttp, summarizePgbench } from './rounds';
import {
  type BookingPhase,
  bookOverHttp,
  bookThroughPgbench,
  preparePgbenchPairs,
} from './scenarios/booking';
import { benchClinicDay } from './scenarios/clinic-day';
import { benchHotSlot } from './scenarios/hot-slot';
import { benchMassRush } from './scenarios/mass-rush';
import { searchOverHttp, searchThroughPgbench } from './scenarios/search';
import { seedLarge } from './seed';
import { type ApiServer, repoRootOf, startApiServer } from './server';

const SEED = 1;
/** Seeded slots start at the seed's run date; past this age a reused cluster is seeded again. */
const MAX_SEED_AGE_MS = 3 * 24 * 3600 * 1000;
/** Patients (and free slots) of each HTTP booking run: more than 50 connections book in its seconds. */
const BOOKING_PAIRS_PER_RUN = 5_000;
const RUSH_CONTENDERS = 20;
const HOT_SLOT_PATIENTS = 200;
/** Clinic days of the ticket-counter scenario, and patients for each (a clinic day has at most ~150 such slots). */
const CLINIC_DAYS = 3;
const CLINIC_DAY_PATIENTS = 300;

const { values: args } = parseArgs({
  options: {
    reuse: { type: 'boolean', default: process.env.BENCH_REUSE === '1' },
    duration: { type: 'string', default: '10' },
    'rush-slots': { type: 'string', default: '2000' },
    /** Rounds of the search and booking comparisons (1 process, N processes, pgbench); medians are reported. */
    rounds: { type: 'string', default: '3' },
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
    const rounds = Number(args.rounds);
    const rushSlots = Number(args['rush-slots']);
    const bookingRuns = 2 * rounds;
    const all = await benchPatients(
      pool,
      bookingRuns * BOOKING_PAIRS_PER_RUN +
        HOT_SLOT_PATIENTS +
        CLINIC_DAYS * CLINIC_DAY_PATIENTS +
        rushSlots * RUSH_CONTENDERS,
    );
    const bookingPatients = all.slice(0, bookingRuns * BOOKING_PAIRS_PER_RUN);
    const rest = all.slice(bookingPatients.length);
    const clinicDayPatients = rest.slice(
      HOT_SLOT_PATIENTS,
      HOT_SLOT_PATIENTS + CLINIC_DAYS * CLINIC_DAY_PATIENTS,
    );
    const patients = {
      hotSlot: rest.slice(0, HOT_SLOT_PATIENTS),
      rush: rest.slice(HOT_SLOT_PATIENTS + clinicDayPatients.length),
    };
    // Two servers side by side on their own ports, idle in turn: one API process, and as many as the
    // machine has cores (TALON_PROCESSES' default on PostgreSQL).
    const cores = availableParallelism();
    const env = (port: number) => serverEnv(cluster.url, port);
    const [portOne, portMany] = [await freePort(), await freePort()];
    const servers: ApiServer[] = [];
    try {
      const one = await startApiServer(repoRoot, env(portOne), portOne, 1);
      servers.push(one);
      const many = await startApiServer(repoRoot, env(portMany), portMany, cores);
      servers.push(many);

      for (const server of servers) {
        log(
          `API server pid ${server.pid} (${server.processes} process(es)) on ${server.url}, RSS after start ${(server.rss() / 2 ** 20).toFixed(0)} MiB`,
        );
      }
      const ctx: BenchContext = {
        cluster,
        pool,
        server: many,
        workDir: dir,
        sqlDir: path.join(repoRoot, 'bench/booking/sql'),
        patients,
        log,
      };
      const duration = Number(args.duration);
      const httpSlots = await bookableSlots(pool, bookingPatients.length);
      await preparePgbenchPairs(
        ctx,
        Math.max(30_000, rounds * 15_000),
        new Set(httpSlots.map((x) => x.slotId)),
      );
      const search = {
        one: [] as HttpPhase[],
        many: [] as HttpPhase[],
        uncached: [] as HttpPhase[],
        pgbench: [] as PgbenchResult[],
      };
      const booking = {
        one: [] as BookingPhase[],
        many: [] as BookingPhase[],
        pgbench: [] as PgbenchResult[],
      };
      let run = 0;
      const nextPairs = () => {
        const from = BOOKING_PAIRS_PER_RUN * run++;
        const to = from + BOOKING_PAIRS_PER_RUN;
        return { patients: bookingPatients.slice(from, to), slots: httpSlots.slice(from, to) };
      };
      for (let round = 1; round <= rounds; round++) {
        log(`round ${round} of ${rounds}`);
        // Which server goes first alternates, so neither always meets the busier stretch.
        const order: ('one' | 'many')[] = round % 2 ? ['one', 'many'] : ['many', 'one'];
        const server = { one, many };
        for (const which of order) search[which].push(await searchOverHttp(ctx, server[which], duration));
        // The search without shared pages (the SQL of every search, to compare with pgbench's), on a server
        // of its own that runs only meanwhile: its slot-event listeners would be woken by the bookings.
        const portUncached = await freePort();
        const uncached = await startApiServer(
          repoRoot,
          { ...env(portUncached), SLOT_SEARCH_CACHE_MS: '0' },
          portUncached,
          cores,
        );
        try {
          search.uncached.push(await searchOverHttp(ctx, uncached, duration));
        } finally {
          await uncached.stop();
        }
        search.pgbench.push(searchThroughPgbench(ctx, duration));
        for (const which of order) {
          booking[which].push(await bookOverHttp(ctx, server[which], nextPairs(), duration));
        }
        booking.pgbench.push(bookThroughPgbench(ctx, duration));
      }
      const bookedSlot = booking.many.find((p) => p.bookedSlotId)?.bookedSlotId;
      if (!bookedSlot) throw new Error('no booking succeeded: no hot slot to race for');
      const clinicDay = await benchClinicDay(ctx, clinicDayPatients, CLINIC_DAYS);
      const hotSlot = await benchHotSlot(ctx, bookedSlot, 10);
      const rush = await benchMassRush(ctx, {
        slotCount: rushSlots,
        contenders: RUSH_CONTENDERS,
        concurrency: 200,
      });
      const results: BenchResults = {
        cores,
        processes: { one: one.processes, many: many.processes },
        rounds,
        search: {
          one: summarizeHttp(search.one, (p) => p.http.requestsPerS),
          many: summarizeHttp(search.many, (p) => p.http.requestsPerS),
          uncached: summarizeHttp(search.uncached, (p) => p.http.requestsPerS),
          pgbench: summarizePgbench(search.pgbench),
        },
        booking: {
          one: summarizeHttp(booking.one, (p) => p.bookedPerS),
          many: summarizeHttp(booking.many, (p) => p.bookedPerS),
          pgbench: summarizePgbench(booking.pgbench),
        },
        clinicDay,
        hotSlot,
        rush,
        server: { peakRssBytes: { one: one.peakRss(), many: many.peakRss() } },
      };
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
        Object.entries(env(portOne))
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
      await Promise.all(servers.map((server) => server.stop()));
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
