import { type Config, ConfigError } from './config';
/**
 * The audit chain's key, for the processes that chain or verify (the API with its worker, `npm run worker`,
 * `npm run audit:verify`): a ConfigError when it is not configured outside demo mode and tests.
 */
export function requireAuditKey(config: Config): Buffer {
  if (config.secrets.auditKey) return config.secrets.auditKey;
  throw new ConfigError([
    'TALON_AUDIT_KEY: required outside demo mode (32 bytes, base64; the audit chain is keyed with it); ' +
      'for the demo database of `npm start` set TALON_DEMO=1',
  ]);
}
