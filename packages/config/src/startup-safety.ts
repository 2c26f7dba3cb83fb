import { type Config, ConfigError } from './config';
import { isLocalDatabaseUrl } from './env-values';

/**
 * What keeps a server process (API or worker) from starting with this configuration (issue 15, item 8):
 * - the built-in demo keys, unless this is the demo (`TALON_DEMO=1`) on the embedded database: anywhere
 *   else they would encrypt real SNILS and OMS numbers under a key printed in the source code;
 * - demo mode on a PostgreSQL server that is not on this machine, unless `TALON_DEMO_ALLOW_REMOTE_DATABASE=1`:
 *   the demo seeds accounts with published passwords and serves `/dev/*` (the messages sent, one-time codes
 *   included), which must never reach a shared or production database by a misplaced `TALON_DEMO=1`.
 * Returns the problems, one line each (empty: safe to start).
 */
export function startupRefusals(config: Config): string[] {
  const problems: string[] = [];
  const isEmbeddedDemo = config.isDemo && config.database.kind === 'pglite';
  if (config.secrets.usesDemoKeys && !isEmbeddedDemo) {
    problems.push(
      'TALON_ENCRYPTION_KEY / TALON_LOOKUP_KEY: the built-in demo keys are allowed only with TALON_DEMO=1 on the embedded database; set both keys',
    );
  }
  if (
    config.isDemo &&
    config.database.kind === 'postgres' &&
    !isLocalDatabaseUrl(config.database.url) &&
    !config.allowRemoteDemoDatabase
  ) {
    problems.push(
      'TALON_DEMO: demo mode refuses a PostgreSQL server that is not on this machine (set TALON_DEMO_ALLOW_REMOTE_DATABASE=1 to force it)',
    );
  }
  return problems;
}

/** Throws a ConfigError listing `startupRefusals`; servers call it right after `loadConfig`. */
export function assertSafeToStart(config: Config): void {
  const problems = startupRefusals(config);
  if (problems.length) throw new ConfigError(problems);
}
