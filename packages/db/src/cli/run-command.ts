import { type Config, ConfigError, loadConfig } from '@talon/config';
import { type DatabaseHandle, openDatabase } from '../client';

/**
 * Opens the configured database (DATABASE_URL, or PGlite under DATA_DIR) for `work` and closes it
 * afterwards, whatever happens.
 */
export async function withConfiguredDatabase<T>(
  work: (database: DatabaseHandle, config: Config) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    return await work(database, config);
  } finally {
    await database.close();
  }
}

/**
 * Runs a command's `main` and sets the process's exit code: what `main` answers, or `failureCode` when it
 * throws (a configuration error by its message alone).
 */
export function runCommand(main: () => Promise<number>, failureCode = 1): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof ConfigError ? error.message : error);
      process.exitCode = failureCode;
    },
  );
}
