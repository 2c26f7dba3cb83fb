// `npm run audit:verify`: checks the audit log's chain in the configured database (DATABASE_URL or PGlite
// under DATA_DIR) with TALON_AUDIT_KEY, against the newest signed checkpoint in AUDIT_CHECKPOINT_DIR; exit 0
// when intact, 1 naming the first broken entry. It only reads: the worker's chainer links new entries.
import { requireAuditKey } from '@talon/config';
import { runAuditVerify } from './audit-verify-command';
import { runCommand, withConfiguredDatabase } from './run-command';

runCommand(
  () =>
    withConfiguredDatabase((database, config) =>
      runAuditVerify(
        database.db,
        requireAuditKey(config),
        { info: console.info, error: console.error },
        { checkpointDir: config.audit.checkpointDir },
      ),
    ),
  2,
);
