// `npm run audit:verify`: recomputes the audit log's hash chain in the configured database (DATABASE_URL or
// PGlite under DATA_DIR); exit 0 when intact, 1 naming the first broken entry.
import { ConfigError, loadConfig } from '@talon/config';
import { openDatabase } from '../index';
import { runAuditVerify } from './audit-verify-command';

async function main(): Promise<number> {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    return await runAuditVerify(database.db, { info: console.info, error: console.error });
  } finally {
    await database.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exitCode = 2;
  },
);
