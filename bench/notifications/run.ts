/**
 * `npm run bench:notifications`: 100 000 reminders dispatched by the real worker process to loopback SMTP
 * and HTTP (SMS gateway) sinks on a throwaway PostgreSQL cluster. Prints and writes
 * bench/results/notifications-<date>.json: messages per second, delay behind schedule (p50/p99/max), the
 * worker's peak memory, duplicates and lost messages. Method and figures: docs/benchmarks.md, «Notifications».
 *
 * Environment: BENCH_COUNT (100000), BENCH_SPREAD_SECONDS (0: every reminder due at the start, a backlog
 * the worker drains as fast as it can; N: due times spread over N seconds, the hour compressed),
 * BENCH_WORKERS (1 worker process).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '@talon/config';
import { createFieldCipher, migrateDatabase, openDatabase, schema } from '@talon/db';
import { startSmsGatewaySink, startSmtpSink } from '@talon/testing/delivery-sinks';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { startPostgresCluster } from '../../packages/testing/src/postgres-cluster';

const COUNT = Number(process.env.BENCH_COUNT ?? 100_000);
const SPREAD_MS = Number(process.env.BENCH_SPREAD_SECONDS ?? 0) * 1000;
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);
const TIMEOUT_MS = 15 * 60_000;

/** Throwaway keys of the throwaway database, derived from a public phrase (as bench/booking does). */
const key = (purpose: string) =>
  createHash('sha256').update(`talon-bench-notifications:${purpose}`).digest('base64');
const SECRETS = {
  TALON_ENCRYPTION_KEY: key('encryption'),
  TALON_LOOKUP_KEY: key('lookup'),
  TALON_AUDIT_KEY: key('audit'),
};

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;

/** Peak resident memory of a process (Linux VmHWM), in MiB. */
function peakRssMiB(pid: number): number | null {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmHWM:\s+(\d+) kB/m);
    return line ? Math.round(Number(line[1]) / 1024) : null;
  } catch {
    return null;
  }
}

async function main() {
  const cluster = await startPostgresCluster();
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('create database talon_bench_notifications');
  await admin.end();
  const url = cluster.url.replace(/\/postgres$/, '/talon_bench_notifications');
  const database = await openDatabase({ kind: 'postgres', url, poolMax: 4 });
  const children: ChildProcess[] = [];
  const smtp = await startSmtpSink();
  const gateway = await startSmsGatewaySink();
  try {
    await migrateDatabase(database);
    const cipher = createFieldCipher(loadConfig({ NODE_ENV: 'production', ...SECRETS }).secrets);
    const payload = cipher.encrypt(
      JSON.stringify({ appointmentCode: 'А-123', at: '01.12.2026 в 10:15 (МСК)', clinic: 'Поликлиника № 1' }),
    );
    // Due times: the run's clock starts when the rows are in; `dueOffset` is each message's schedule.
    const dueOffset = new Map<string, number>();
    const startAt = Date.now() + 5_000 + COUNT / 50;
    for (let start = 0; start < COUNT; start += 5_000) {
      const rows = [];
      for (let i = start; i < Math.min(COUNT, start + 5_000); i++) {
        const id = randomUUID();
        const offset = SPREAD_MS ? Math.floor((i / COUNT) * SPREAD_MS) : 0;
        dueOffset.set(id, offset);
        const isEmail = i % 2 === 0;
        rows.push({
          id,
          event: 'booking.reminder',
          channel: isEmail ? ('email' as const) : ('sms' as const),
          recipient: isEmail ? `p${i}@example.ru` : `+7916${String(i).padStart(7, '0')}`,
          template: 'booking_confirmed',
          payloadEncrypted: payload,
          dedupeKey: `bench:${id}`,
          notBefore: new Date(startAt + offset),
        });
      }
      await database.db.insert(schema.notificationOutbox).values(rows);
    }
    await database.db.execute(sql`analyze notification_outbox`);

    const env = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: url,
      LOG_LEVEL: 'warn',
      SMTP_URL: smtp.url,
      SMS_GATEWAY_URL: gateway.url,
      SMS_GATEWAY_API_KEY: 'bench',
      ...SECRETS,
    };
    for (let i = 0; i < WORKERS; i++) {
      children.push(
        // BENCH_NODE_ARGS: extra node flags for the workers, e.g. `--cpu-prof --cpu-prof-dir=.tmp/prof`.
        spawn(
          process.execPath,
          [
            ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
            '--import',
            'tsx',
            'apps/worker/src/main.ts',
          ],
          {
            env,
            stdio: ['ignore', 'ignore', 'inherit'],
          },
        ),
      );
    }
    const received = () => smtp.record.unique + gateway.record.unique;
    const deadline = Date.now() + TIMEOUT_MS;
    while (received() < COUNT && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    // Let late repeats (if any) arrive before counting duplicates.
    await new Promise((r) => setTimeout(r, 2_000));
    const peaks = children.map((child) => peakRssMiB(child.pid ?? 0));

    const channelRate = (record: typeof smtp.record) => {
      const times = [...record.times.values()].map((list) => list[0]!);
      const span = Math.max(1, Math.max(...times) - Math.max(Math.min(...times), startAt));
      return { delivered: record.unique, perSecond: Math.round((record.unique / span) * 1000) };
    };
    const byChannel = { email: channelRate(smtp.record), sms: channelRate(gateway.record) };
    const delays: number[] = [];
    let firstAt = Number.POSITIVE_INFINITY;
    let lastAt = 0;
    for (const record of [smtp.record, gateway.record]) {
      for (const [id, times] of record.times) {
        const at = times[0]!;
        firstAt = Math.min(firstAt, at);
        lastAt = Math.max(lastAt, at);
        delays.push(Math.max(0, at - (startAt + (dueOffset.get(id) ?? 0))));
      }
    }
    delays.sort((a, b) => a - b);
    const statusRows = (await database.db.execute(
      sql`select status, count(*)::int as n from notification_outbox group by status order by status`,
    )) as unknown as { rows: { status: string; n: number }[] };
    const unique = received();
    const elapsedMs = Math.max(1, lastAt - Math.max(firstAt, startAt));
    const result = {
      benchmark: 'notifications',
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        model: os.cpus()[0]?.model,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      },
      settings: {
        count: COUNT,
        spreadSeconds: SPREAD_MS / 1000,
        workerProcesses: WORKERS,
        channels: 'half email (SMTP sink, smtp-server on loopback), half SMS (HTTP gateway sink on loopback)',
        postgres: 'throwaway cluster, fsync and synchronous_commit off (as the test clusters)',
        worker:
          'npm run worker defaults: OUTBOX_DISPATCH_BATCH=200, OUTBOX_DISPATCH_CONCURRENCY=64, SMTP_POOL_SIZE=16',
      },
      messagesPerSecond: Math.round((unique / elapsedMs) * 1000),
      drainSeconds: Math.round(elapsedMs / 100) / 10,
      byChannel,
      delayBehindScheduleMs: {
        p50: percentile(delays, 50),
        p99: percentile(delays, 99),
        max: delays.at(-1) ?? 0,
      },
      workerPeakRssMiB: peaks,
      delivered: unique,
      duplicates: smtp.record.repeats + gateway.record.repeats,
      lost: COUNT - unique,
      outbox: Object.fromEntries(statusRows.rows.map((row) => [row.status, row.n])),
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    const dir = path.resolve('bench/results');
    mkdirSync(dir, { recursive: true });
    // The spread run is a second figure of the same day, not a replacement of the backlog run.
    const suffix = SPREAD_MS ? `-spread${SPREAD_MS / 1000}s` : '';
    const file = path.join(dir, `notifications-${result.date.slice(0, 10)}${suffix}.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(`written to ${path.relative(process.cwd(), file)}\n`);
    if (result.duplicates !== 0 || result.lost !== 0) process.exitCode = 1;
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(
      children.map(
        (child) => new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r))),
      ),
    );
    await smtp.stop();
    await gateway.close();
    await database.close();
    cluster.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
