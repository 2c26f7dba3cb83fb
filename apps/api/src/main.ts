import { assertSafeToStart, ConfigError, loadConfig } from '@talon/config';
import { createFieldCipher, migrateDatabase, openDatabase, sealPlaintextColumns } from '@talon/db';
import { ensureDemoDoctorDay, ensureDemoVideoSlots, seedDemoIfEmpty } from '@talon/db/seed';
import { startWorker } from '@talon/worker';
import { buildApp } from './app';

/** Start: configuration → database (migrate, demo seed) → HTTP; stop gracefully on SIGTERM/SIGINT. */
async function main() {
  const startedAt = performance.now();
  const config = loadConfig();
  // Demo keys or demo data where they do not belong: refuse before anything is opened (issue 15, item 8).
  assertSafeToStart(config);
  const database = await openDatabase(config.database);
  await migrateDatabase(database);
  const app = await buildApp({ config, database });
  // Plaintext an earlier release left in columns now encrypted (the database cannot encrypt it itself).
  const sealed = await sealPlaintextColumns(database.db, createFieldCipher(config.secrets));
  if (sealed) app.log.info({ sealed }, 'plaintext of earlier releases encrypted');
  if (config.isDemo) {
    const seeded = await seedDemoIfEmpty(database.db, config.secrets);
    if (seeded) app.log.info({ ...seeded }, 'demo data created');
    // The demo doctor's visits of today, on every start: a demo opened on another day has its own day.
    const visits = await ensureDemoDoctorDay(database.db, config.secrets);
    if (visits) app.log.info({ visits }, "demo doctor's day created");
    // And the week's free video slots of the demo doctor (docs/video-visits.md).
    const videoSlots = await ensureDemoVideoSlots(database.db);
    if (videoSlots) app.log.info({ videoSlots }, "demo doctor's video slots created");
  }
  // Outgoing messages: always here on PGlite; on PostgreSQL unless WORKER_IN_PROCESS=0 (`npm run worker`).
  const worker = config.messaging.workerInProcess
    ? await startWorker({ database, config, logger: app.log })
    : null;
  if (worker) app.messageDispatcher.attach(worker);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      app.log.error('graceful shutdown timed out');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    // Stop accepting, finish requests in flight, then release the database.
    await app.close();
    await worker?.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen({ host: config.host, port: config.port });
  app.log.info(
    { database: database.kind, demo: config.isDemo, readyInMs: Math.round(performance.now() - startedAt) },
    `Talon is ready on http://localhost:${config.port}`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
