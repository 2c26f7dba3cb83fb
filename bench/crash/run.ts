/**
 * `npm run bench -- crash`: issue 16 item 5 on a throwaway PostgreSQL cluster. 1 000 bookings in flight to the
 * real API process, SIGKILL when half are answered, a restart, retries with the same Idempotency-Keys, then the
 * worker delivering the confirmations to loopback sinks. Writes bench/results/crash.json with the targets
 * (acknowledged bookings present after the kill: 100 %; duplicates: 0). The same scenario runs in the suite
 * (apps/api/src/booking-crash.int.test.ts). What it guarantees and why: docs/booking.md «Crash safety».
 *
 * Environment: BENCH_REQUESTS (1000), BENCH_SLOTS (600), BENCH_KILL_AFTER (0.5 of the answers).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrateDatabase, openDatabase } from '@talon/db';
import { runBookingCrash } from '@talon/testing/booking-crash';
import pg from 'pg';
import { startPostgresCluster } from '../../packages/testing/src/postgres-cluster';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1_000);
const SLOTS = Number(process.env.BENCH_SLOTS ?? 600);
const KILL_AFTER = Number(process.env.BENCH_KILL_AFTER ?? 0.5);
const log = (message: string) => console.info(`[bench] ${message}`);

async function main() {
  const cluster = await startPostgresCluster();
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('create database talon_bench_crash');
    await admin.end();
    const url = cluster.url.replace(/\/postgres$/, '/talon_bench_crash');
    const database = await openDatabase({ kind: 'postgres', url, poolMax: 2 });
    await migrateDatabase(database);
    await database.close();

    const started = Date.now();
    const result = await runBookingCrash({
      databaseUrl: url,
      requests: REQUESTS,
      slots: SLOTS,
      killAfter: KILL_AFTER,
      log,
    });
    const duplicates =
      result.slotsDoubleBooked +
      result.patientsDoubleBooked +
      result.acknowledgedReplayDiffers +
      result.confirmations.duplicateRows +
      result.confirmations.sinkRepeats;
    const present = result.acknowledged ? (100 * result.acknowledgedPresent) / result.acknowledged : 100;
    const targets = [
      {
        name: 'acknowledged bookings present after SIGKILL',
        goal: '100 %',
        actual: `${present.toFixed(1)} % (${result.acknowledgedPresent} of ${result.acknowledged})`,
        isMet: result.acknowledgedPresent === result.acknowledged,
      },
      {
        name: 'duplicates',
        goal: '0',
        actual: String(duplicates),
        isMet: duplicates === 0,
      },
      {
        name: 'cut-off requests ending in one appointment or a refusal',
        goal: '100 %',
        actual: `${result.unanswered.booked + result.unanswered.refused} of ${result.unanswered.total}`,
        isMet: result.unanswered.inconsistent === 0,
      },
      {
        name: 'confirmations delivered once',
        goal: 'every active appointment, each message once',
        actual: `${result.confirmations.delivered} of ${result.confirmations.deliverable}, ${result.confirmations.sinkRepeats} repeated, ${result.workerLog.errors} errors in the worker's log`,
        isMet:
          result.confirmations.appointmentsWithout === 0 &&
          result.confirmations.delivered === result.confirmations.deliverable &&
          result.confirmations.sinkRepeats === 0 &&
          result.workerLog.errors === 0,
      },
    ];
    const report = {
      ranAt: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
      },
      durationMs: Date.now() - started,
      targets,
      result,
    };
    const dir = path.resolve('bench/results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'crash.json'), `${JSON.stringify(report, null, 2)}\n`);
    for (const t of targets) log(`${t.isMet ? 'met ' : 'MISS'} ${t.name}: ${t.actual} (${t.goal})`);
    return targets.every((t) => t.isMet) ? 0 : 1;
  } finally {
    cluster.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
