export { type Config, ConfigError, loadConfig, requireAuditKey } from './config';
