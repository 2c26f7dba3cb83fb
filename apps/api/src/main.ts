import { assertSafeToStart, type Config, ConfigError, loadConfig } from '@talon/config';
import {
  createFieldCipher,
  type DatabaseHandle,
  migrateDatabase,
  openDatabase,
  sealPlaintextColumns,
  withoutShedding,
} from '@talon/db';
import { ensureDemoDoctorDay, ensureDemoVideoSchedule, seedDemoIfEmpty } from '@talon/db/seed';
import { createJsonLogger, startWorker, type WorkerLogger } from '@talon/worker';
import { isForkedApiProcess, superviseApiProcesses } from './api-processes';
import { buildApp } from './app';

/**
 * Start: configuration → database (migrate, demo seed) → HTTP; stop gracefully on SIGTERM/SIGINT. With
 * `processes` > 1 (PostgreSQL) this process prepares the database, runs the job worker once, and supervises
 * that many API processes on the one port; each of them only serves HTTP.
 */
async function main() {
  const startedAt = performance.now();
  const config = loadConfig();
  // Demo keys or demo data where they do not belong: refuse before anything is opened (issue 15, item 8).
  assertSafeToStart(config);
  if (isForkedApiProcess()) return serveHttp(config, startedAt, { prepare: false, worker: false });
  if (config.processes > 1) return supervise(config, startedAt);
  return serveHttp(config, startedAt, { prepare: true, worker: config.messaging.workerInProcess });
}

/** Migrations, plaintext sealing and the demo data: once per start, before anything serves. */
async function prepareDatabase(config: Config, database: DatabaseHandle, log: Pick<WorkerLogger, 'info'>) {
  await migrateDatabase(database);
  // Plaintext an earlier release left in columns now encrypted (the database cannot encrypt it itself).
  const sealed = await sealPlaintextColumns(database.db, createFieldCipher(config.secrets));
  if (sealed) log.info({ sealed }, 'plaintext of earlier releases encrypted');
  if (config.isDemo) {
    const seeded = await seedDemoIfEmpty(database.db, config.secrets);
    if (seeded) log.info({ ...seeded }, 'demo data created');
    // The demo doctor's visits of today, on every start: a demo opened on another day has its own day.
    const visits = await ensureDemoDoctorDay(database.db, config.secrets);
    if (visits) log.info({ visits }, "demo doctor's day created");
    // The demo doctor's video schedule, for a demo seeded before it existed (docs/video-visits.md); the
    // worker's slot generation at start makes its slots.
    if (await ensureDemoVideoSchedule(database.db)) log.info({}, "demo doctor's video schedule added");
  }
}

/** Stops once on SIGTERM/SIGINT, with the configured time limit. */
function onStopSignal(config: Config, log: WorkerLogger, stop: () => Promise<void>) {
  let stopping = false;
  const handle = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      log.error({}, 'graceful shutdown timed out');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    await stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void handle('SIGTERM'));
  process.on('SIGINT', () => void handle('SIGINT'));
}

async function serveHttp(config: Config, startedAt: number, options: { prepare: boolean; worker: boolean }) {
  const database = await openDatabase(config.database);
  if (options.prepare) await migrateDatabase(database);
  const app = await buildApp({ config, database });
  if (options.prepare) await prepareDatabase(config, database, app.log);
  // Outgoing messages: always here on PGlite; on PostgreSQL unless WORKER_IN_PROCESS=0 (`npm run worker`),
  // then on a pool of its own that waits rather than sheds (PGlite has one connection, shared).
  const workerDatabase =
    options.worker && database.kind === 'postgres'
      ? await openDatabase(withoutShedding(config.database))
      : database;
  const worker = options.worker
    ? await startWorker({ database: workerDatabase, config, logger: app.log })
    : null;
  if (worker) app.messageDispatcher.attach(worker);
  // Stop accepting, finish requests in flight, then release the database.
  onStopSignal(config, app.log, async () => {
    await app.close();
    // Requests whose client has gone still run: their work finishes before the database closes.
    await app.workInFlight.drained();
    await worker?.stop();
    if (workerDatabase !== database) await workerDatabase.close();
    await database.close();
  });
  await app.listen({ host: config.host, port: config.port });
  if (isForkedApiProcess()) return;
  app.log.info(
    { database: database.kind, demo: config.isDemo, readyInMs: Math.round(performance.now() - startedAt) },
    `Talon is ready on http://localhost:${config.port}`,
  );
}

async function supervise(config: Config, startedAt: number) {
  const log = createJsonLogger(config.logLevel, { process: 'supervisor' });
  // Here only preparation and the job worker: background work, which waits for a connection.
  const database = await openDatabase(withoutShedding(config.database));
  await prepareDatabase(config, database, log);
  // The job worker runs once, here, not in every API process (or separately: WORKER_IN_PROCESS=0).
  const worker = config.messaging.workerInProcess
    ? await startWorker({ database, config, logger: log })
    : null;
  const processes = superviseApiProcesses(config.processes, log);
  onStopSignal(config, log, async () => {
    await processes.stop();
    await worker?.stop();
    await database.close();
  });
  await processes.listening;
  log.info(
    {
      database: database.kind,
      demo: config.isDemo,
      processes: config.processes,
      readyInMs: Math.round(performance.now() - startedAt),
    },
    `Talon is ready on http://localhost:${config.port} (${config.processes} API processes)`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
