// `npm run bench:rush [-- --duration 60] [-- --reuse]`: the 8:00 rush against the waiting room (issue 16
// item 4): the booking capacity measured (1×), then 3× that offered for `--duration` seconds by clients
// that honour the waiting room. docs/benchmarks.md «The rush» explains every figure.
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { freePort } from '../../packages/testing/src/postgres-cluster';
import { benchPatients } from '../booking/accounts';
import { readSeedMarker, startBenchCluster, writeSeedMarker } from '../booking/cluster';
import { resetStatements, topStatements } from '../booking/db-profile';
import { serverEnv } from '../booking/env';
import { bookableSlots } from '../booking/fixtures';
import { runHttpLoad } from '../booking/http-load';
import { machineFacts } from '../booking/machine';
import { seedLarge } from '../booking/seed';
import { repoRootOf, startApiServer } from '../booking/server';
import { type ArrivalOutcome, runOpenLoop } from './rush-client';
import { sampleTimeline } from './timeline';

const { values: args } = parseArgs({
  options: {
    reuse: { type: 'boolean', default: process.env.BENCH_REUSE === '1' },
    duration: { type: 'string', default: '60' },
    'capacity-duration': { type: 'string', default: '15' },
    load: { type: 'string', default: '3' },
  },
});

const repoRoot = repoRootOf(fileURLToPath(import.meta.url));
const dir = path.join(repoRoot, '.tmp/bench-rush');
const log = (message: string) => console.info(`[rush] ${message}`);
const SEED = 1;
/** Closed-loop connections of the capacity run: enough to keep the pool busy, not a rush of their own. */
const CAPACITY_CONNECTIONS = 32;

const percentile = (values: readonly number[], p: number) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

/**
 * Admission order, from the database (exact, unlike a client's polling): the share of admitted places that
 * no place arriving later (a larger `seq`) overtook, and each place's wait (admitted − joined).
 */
async function admissionFigures(pool: pg.Pool) {
  const { rows } = await pool.query<{ seq: string; joined_at: Date; admitted_at: Date }>(
    `select seq, joined_at, admitted_at from waiting_room_places
     where not is_synthetic and admitted_at is not null and device_id is not null order by seq`,
  );
  let earliestLater = Number.POSITIVE_INFINITY;
  let inOrder = 0;
  for (let i = rows.length - 1; i >= 0; i--) {
    const admittedAt = rows[i]!.admitted_at.getTime();
    if (admittedAt <= earliestLater) inOrder++;
    earliestLater = Math.min(earliestLater, admittedAt);
  }
  const waits = rows.map((r) => (r.admitted_at.getTime() - r.joined_at.getTime()) / 1_000);
  return {
    admitted: rows.length,
    inOrderShare: rows.length === 0 ? 1 : inOrder / rows.length,
    waitSeconds: { p50: percentile(waits, 50), p99: percentile(waits, 99), max: percentile(waits, 100) },
  };
}

function outcomeFigures(outcomes: readonly ArrivalOutcome[], windowEnd: number, startedAt: number) {
  const byAnswer: Record<string, number> = {};
  let other = 0;
  for (const o of outcomes) {
    const key = o.status === 201 ? '201' : `${o.status} ${o.code ?? ''}`.trim();
    byAnswer[key] = (byAnswer[key] ?? 0) + 1;
    const isExpected =
      o.status === 201 || o.status === 409 || (o.status === 503 && o.code === 'WAITING_ROOM');
    if (!isExpected) other++;
    other += o.unexpected.length;
  }
  // What the unexpected answers were (a shed retry, a lost connection and its cause), most frequent first.
  const kinds: Record<string, number> = {};
  for (const o of outcomes) for (const u of o.unexpected) kinds[u] = (kinds[u] ?? 0) + 1;
  const unexpectedKinds = Object.fromEntries(
    Object.entries(kinds)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10),
  );
  const booked = outcomes.filter((o) => o.status === 201);
  const inWindow = booked.filter((o) => o.doneAt <= windowEnd).length;
  const lastDone = Math.max(...outcomes.map((o) => o.doneAt));
  return {
    arrivals: outcomes.length,
    queued: outcomes.filter((o) => o.queued).length,
    byAnswer,
    other,
    unexpectedKinds,
    goodputInWindowPerS: inWindow / ((windowEnd - startedAt) / 1_000),
    goodputOverallPerS: booked.length / ((lastDone - startedAt) / 1_000),
    drainSeconds: (lastDone - windowEnd) / 1_000,
  };
}

async function main(): Promise<number> {
  const startedAt = new Date();
  const machine = await machineFacts();
  log(`machine: ${machine.cpus} CPUs, load ${machine.loadAverage.join(' ')} (shared: figures are noisy)`);
  const cluster = await startBenchCluster(dir, args.reuse ?? false);
  const pool = new pg.Pool({ connectionString: cluster.url, max: 4 });
  const duration = Number(args.duration);
  const capacityDuration = Number(args['capacity-duration']);
  const load = Number(args.load);
  try {
    let marker = readSeedMarker(dir);
    if (!args.reuse || !marker) {
      log('seeding the large set (a few minutes)…');
      const report = seedLarge(repoRoot, cluster.url, SEED);
      marker = { size: 'large', seed: SEED, seededAt: new Date().toISOString(), report };
      writeSeedMarker(dir, marker);
    } else {
      await pool.query(
        'truncate appointments, ticket_counters, idempotency_keys, notification_outbox cascade',
      );
      await pool.query(`update slots set status = 'free', held_by_patient_id = null, held_until = null
                        where status = 'booked' or held_until is not null`);
    }
    await pool.query('delete from waiting_room_places; delete from waiting_room_state');
    const available = Number(
      (
        await pool.query<{ n: string }>(
          `select count(*) as n from patients where birth_date < current_date - interval '20 years' and privileged_category is null`,
        )
      ).rows[0]!.n,
    );
    const wanted = Math.min(available - 100, 60_000);
    const patients = await benchPatients(pool, wanted);
    const slots = await bookableSlots(pool, Math.min(wanted, 60_000)).catch(async () =>
      bookableSlots(pool, 20_000),
    );
    const pairs = slots.map((slot, i) => ({ token: patients[i]!.token, slotId: slot.slotId }));
    log(`${pairs.length} patient/slot pairs`);

    // 1×: the booking capacity, closed loop, without the room.
    const port = await freePort();
    let server = await startApiServer(repoRoot, serverEnv(cluster.url, port), port, 1, 300_000);
    let n = 0;
    log(`capacity: closed loop, ${CAPACITY_CONNECTIONS} connections, ${capacityDuration} s, no waiting room`);
    const capacityRun = await runHttpLoad({
      url: server.url,
      connections: CAPACITY_CONNECTIONS,
      durationS: capacityDuration,
      next: () => {
        const pair = pairs[n++]!;
        return {
          method: 'POST',
          path: '/api/v1/appointments',
          headers: { authorization: `Bearer ${pair.token}`, 'idempotency-key': randomUUID() },
          body: JSON.stringify({ slotId: pair.slotId }),
        };
      },
    });
    await server.stop();
    const capacity = (capacityRun.statusCounts['201'] ?? 0) / capacityRun.durationS;
    log(`capacity: ${capacity.toFixed(1)} bookings/s (${JSON.stringify(capacityRun.statusCounts)})`);

    // 3×: open loop with the room on, starting at the measured rate (it adapts to the load from there).
    const rushPairs = pairs.slice(n + 100);
    const rate = capacity * load;
    const env = {
      ...serverEnv(cluster.url, port),
      WAITING_ROOM_ENABLED: '1',
      WAITING_ROOM_ADMISSIONS_PER_SECOND: String(Math.max(1, Math.round(capacity))),
      // Waiting clients hold the place's event stream, as the web page does — all from this one address, up
      // to the load generator's own cap (rush-client.ts MAX_STREAMS; open files are limited on both sides).
      SSE_MAX_CLIENTS: '8000',
      SSE_MAX_PER_ADDRESS: '8000',
    };
    server = await startApiServer(repoRoot, env, port, 1, 300_000);
    log(
      `rush: ${rate.toFixed(0)} arrivals/s (${load}× capacity) for ${duration} s, ${rushPairs.length} pairs`,
    );
    await resetStatements(pool);
    const sampler = sampleTimeline(pool, Date.now(), server);
    const rush = await runOpenLoop(server.url, rushPairs, rate, duration, (started) =>
      log(`rush: ${started} arrivals so far`),
    );
    const timeline = sampler.stop();
    // What the server asked of PostgreSQL through the rush and its drain, the most frequent first.
    const statements = await topStatements(pool, 15, 'calls');
    await server.stop();
    for (const p of timeline.filter((_, i) => i % 5 === 4))
      log(
        `t=${p.t}s rate ${p.rate}/s${p.isActive ? ' active' : ''}, waiting ${p.waiting}, admitted ${p.admitted}, booked ${p.booked}, CPU API ${p.apiCpu} PostgreSQL ${p.postgresCpu} load generator ${p.clientCpu} machine ${p.machineCpu}, open files API ${p.apiFiles} load generator ${p.clientFiles}`,
      );
    const windowEnd = rush.startedAt + duration * 1_000;
    const outcomes = outcomeFigures(rush.outcomes, windowEnd, rush.startedAt);
    const admission = await admissionFigures(pool);
    const ratio = capacity > 0 ? outcomes.goodputInWindowPerS / capacity : 0;
    const targets = [
      {
        name: 'goodput at 3× offered load ÷ goodput at 1×',
        goal: '≥ 0.90',
        actual: Number(ratio.toFixed(3)),
        isMet: ratio >= 0.9,
      },
      {
        name: 'arrivals admitted in arrival order',
        goal: '≥ 99 %',
        actual: Number((admission.inOrderShare * 100).toFixed(2)),
        isMet: admission.inOrderShare >= 0.99,
      },
      {
        name: 'answers other than 201/409/queued (503 WAITING_ROOM)',
        goal: '0',
        actual: outcomes.other,
        isMet: outcomes.other === 0,
      },
    ];
    const results = {
      capacity: { bookingsPerS: capacity, run: capacityRun },
      rush: { offeredPerS: rate, durationS: duration, ...outcomes, admission, statements, timeline },
    };
    console.info(JSON.stringify({ results, targets }, null, 2));
    const file = path.join(repoRoot, 'bench/results/rush.json');
    mkdirSync(path.dirname(file), { recursive: true });
    const record = {
      benchmark: 'rush',
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      machine: { ...machine, loadAverageAfter: (await machineFacts()).loadAverage },
      note: 'The machine was shared with other work during the run: the figures are noisy.',
      dataSet: marker,
      results,
      targets,
    };
    writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
    log(`results written to ${path.relative(repoRoot, file)}`);
    return targets.every((t) => t.isMet) ? 0 : 1;
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
