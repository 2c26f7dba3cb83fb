// `npm run audit:verify`: recomputes the audit log's hash chain in the configured database (DATABASE_URL or
// PGlite under DATA_DIR); exit 0 when intact, 1 naming the first broken entry.
import { runAuditVerify } from './audit-verify-command';
import { runCommand, withConfiguredDatabase } from './run-command';

runCommand(
  () =>
    withConfiguredDatabase((database) =>
      runAuditVerify(database.db, { info: console.info, error: console.error }),
    ),
  2,
);
