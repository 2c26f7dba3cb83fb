import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to the embedded database on port 3000', () => {
    const config = loadConfig({ DATA_DIR: '/tmp/talon-x' });
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'pglite', dataDir: '/tmp/talon-x/pglite' });
    expect(config.isDemo).toBe(false);
  });

  it('selects PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@localhost:5432/talon', PORT: '8080' });
    expect(config.database).toMatchObject({ kind: 'postgres', url: 'postgres://u@localhost:5432/talon' });
    expect(config.port).toBe(8080);
  });

  it('lists every invalid variable at once', () => {
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', TALON_DEMO: 'yes' });
      expect.unreachable('loadConfig must throw');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const text = (error as ConfigError).issues.join('\n');
      expect(text).toMatch(/PORT/);
      expect(text).toMatch(/DATABASE_URL/);
      expect(text).toMatch(/TALON_DEMO/);
    }
  });

  it('refuses demo mode and missing secrets in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', TALON_DEMO: '1' })).toThrow(
      /TALON_DEMO: demo mode is never allowed[\s\S]*TALON_ENCRYPTION_KEY: required/,
    );
  });

  it('rejects keys that are not 32 bytes', () => {
    expect(() => loadConfig({ TALON_ENCRYPTION_KEY: Buffer.alloc(16).toString('base64') })).toThrow(
      /32 bytes/,
    );
  });

  it('returns a frozen object', () => {
    expect(Object.isFrozen(loadConfig({}))).toBe(true);
  });
});
