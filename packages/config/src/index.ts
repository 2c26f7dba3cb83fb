export { type Config, ConfigError, loadConfig, requireAuditKey } from './config';
export { isLocalDatabaseUrl } from './env-values';
export { assertSafeToStart, startupRefusals } from './startup-safety';
