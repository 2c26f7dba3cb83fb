export { type Config, ConfigError, isLocalDatabaseUrl, loadConfig } from './config';
export { assertSafeToStart, startupRefusals } from './startup-safety';
