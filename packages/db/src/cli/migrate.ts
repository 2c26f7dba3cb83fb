// `npm run migrate`: applies the committed migrations to the configured database (DATABASE_URL or PGlite).
import { loadConfig } from '@talon/config';
import { migrateDatabase, openDatabase } from '../index';

const started = performance.now();
const config = loadConfig();
const database = await openDatabase(config.database);
try {
  await migrateDatabase(database);
  console.info(`Migrated ${database.kind} database in ${Math.round(performance.now() - started)} ms`);
} finally {
  await database.close();
}
