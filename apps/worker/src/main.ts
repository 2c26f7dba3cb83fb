import { assertSafeToStart, ConfigError, loadConfig } from '@talon/config';
import {
  createFieldCipher,
  migrateDatabase,
  openDatabase,
  sealPlaintextColumns,
  withoutShedding,
} from '@talon/db';
import { createJsonLogger } from './logger';
import { startWorker } from './start-worker';

/**
 * The standalone worker process for PostgreSQL deployments (`npm run worker`); run any number of them next
 * to API processes started with WORKER_IN_PROCESS=0. PGlite runs its worker inside the API process.
 */
async function main() {
  const config = loadConfig();
  assertSafeToStart(config);
  const logger = createJsonLogger(config.logLevel, { process: 'worker' });
  if (config.database.kind !== 'postgres') {
    throw new ConfigError([
      'DATABASE_URL: the standalone worker needs PostgreSQL (PGlite runs it in the API)',
    ]);
  }
  const database = await openDatabase(withoutShedding(config.database));
  await migrateDatabase(database);
  // Plaintext an earlier release left in columns now encrypted (the database cannot encrypt it itself).
  const sealed = await sealPlaintextColumns(database.db, createFieldCipher(config.secrets));
  if (sealed) logger.info({ sealed }, 'plaintext of earlier releases encrypted');
  const worker = await startWorker({ database, config, logger });

  let isStopping = false;
  const stop = async (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error({}, 'graceful shutdown timed out');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    await worker.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
