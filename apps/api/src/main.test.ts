import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 15, item 8: the server process refuses to start with the built-in demo keys outside the demo on the
// embedded database, and refuses the demo on a PostgreSQL server elsewhere unless forced.
const KEYS = {
  TALON_ENCRYPTION_KEY: Buffer.alloc(32, 21).toString('base64'),
  TALON_LOOKUP_KEY: Buffer.alloc(32, 22).toString('base64'),
};
const MAIN = path.resolve(import.meta.dirname, 'main.ts');

/** Starts the real server process and returns how it ended (it must end by itself: a refusal). */
function start(env: Record<string, string>) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'talon-safety-'));
  try {
    const run = spawnSync(process.execPath, ['--import', 'tsx', MAIN], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'development',
        DATA_DIR: dataDir,
        PORT: '0',
        WEB_DIST_DIR: '/nonexistent',
        ...env,
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { status: run.status, stderr: run.stderr };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// Each test starts a Node process with tsx: seconds, not milliseconds.
describe('the server refuses an unsafe start', { timeout: 60_000 }, () => {
  it('refuses the demo keys without TALON_DEMO=1 on the embedded database', () => {
    const run = start({});
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /built-in demo keys are allowed only with TALON_DEMO=1 on the embedded database/,
    );
  });

  it('refuses the demo on a PostgreSQL server that is not on this machine, before connecting', () => {
    const run = start({
      ...KEYS,
      TALON_DEMO: '1',
      DATABASE_URL: 'postgres://talon@db.example.invalid/talon',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /TALON_DEMO: demo mode refuses a PostgreSQL server that is not on this machine/,
    );
    expect(run.stderr).not.toMatch(/ENOTFOUND|getaddrinfo/);
  });
});
