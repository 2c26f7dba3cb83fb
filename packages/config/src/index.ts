export { requireAuditKey } from './audit-key';
export { type Config, ConfigError, loadConfig } from './config';
export { isLocalDatabaseUrl } from './env-values';
export { assertSafeToStart, startupRefusals } from './startup-safety';
