// `npm run migrate`: applies the committed migrations to the configured database (DATABASE_URL or PGlite).
// With DB_APP_ROLE (PostgreSQL), run as the owner of the tables: it then grants the application's role what
// it may do — read and write the application's tables, only SELECT and INSERT the audit log.
import { loadConfig } from '@talon/config';
import { grantAppRole, migrateDatabase, openDatabase } from '../index';

const started = performance.now();
const config = loadConfig();
const database = await openDatabase(config.database);
try {
  await migrateDatabase(database);
  console.info(`Migrated ${database.kind} database in ${Math.round(performance.now() - started)} ms`);
  if (config.database.kind === 'postgres' && config.database.appRole) {
    await grantAppRole(database, config.database.appRole);
    console.info(`Granted the application role ${config.database.appRole}`);
  }
} finally {
  await database.close();
}
