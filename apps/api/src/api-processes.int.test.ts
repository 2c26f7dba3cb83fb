import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import { createPostgresDatabaseFromTemplate } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const isPostgres = process.env.TEST_DB === 'postgres';
const MAIN = path.resolve(import.meta.dirname, 'main.ts');
/** Keys of its own: a server process refuses the built-in demo keys outside the embedded demo (issue 15 item 8). */
const KEYS = {
  TALON_ENCRYPTION_KEY: Buffer.alloc(32, 31).toString('base64'),
  TALON_LOOKUP_KEY: Buffer.alloc(32, 32).toString('base64'),
};

/** One request on a connection of its own, so the operating system may hand it to any API process. */
function post(port: number, url: string, body: unknown): Promise<number> {
  return new Promise((resolve, reject) => {
    const text = JSON.stringify(body);
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: url,
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** The supervisor's children that run the server (tsx has a child of its own, esbuild's service). */
const apiProcessesOf = (pid: number): number[] =>
  // ps ends with status 1 when the process has no children: the output is then empty.
  spawnSync('ps', ['--ppid', String(pid), '-o', 'pid=,args='], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter((line) => line.includes(MAIN))
    .map((line) => Number.parseInt(line.trim(), 10));

/**
 * `TALON_PROCESSES=2` (issue 16 item 3): the supervisor prepares the database and starts two API processes on
 * one port; a limit kept in PostgreSQL holds across both; a killed process is replaced; SIGTERM stops them all.
 * PostgreSQL only: the embedded database is one process.
 */
describe.runIf(isPostgres)('several API processes on one port (PostgreSQL)', () => {
  let drop: () => Promise<void> = async () => {};
  let server: ChildProcess | undefined;
  let port = 0;

  beforeAll(async () => {
    const database = await createPostgresDatabaseFromTemplate(inject('postgresUrl'));
    drop = database.drop;
    port = await freePort();
    server = spawn(process.execPath, ['--import', 'tsx', MAIN], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        TALON_DEMO: '0',
        LOG_LEVEL: 'error',
        DATABASE_URL: database.url,
        TALON_PROCESSES: '2',
        WORKER_IN_PROCESS: '0',
        HOST: '127.0.0.1',
        PORT: String(port),
        WEB_DIST_DIR: '/nonexistent',
        ...KEYS,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  });

  afterAll(async () => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    await drop();
  });

  it('serves from two processes, shares their limits, replaces a dead one and stops them all', {
    timeout: 120_000,
  }, async () => {
    const ready = async () => {
      try {
        return (await fetch(`http://127.0.0.1:${port}/ready`)).status;
      } catch {
        return 0;
      }
    };
    await expect.poll(ready, { timeout: 60_000, interval: 250 }).toBe(200);
    const pid = server!.pid!;
    await expect.poll(() => apiProcessesOf(pid).length, { timeout: 30_000 }).toBe(2);

    // 20 attempts an hour per address (auth.routes.ts): counted in PostgreSQL, so 25 requests spread over
    // two processes still get exactly 5 refusals, as one process would give.
    const body = { resetId: randomUUID(), code: '123456', password: 'Новый-пароль-2026!' };
    const statuses: number[] = [];
    for (let i = 0; i < 25; i += 1)
      statuses.push(await post(port, '/api/v1/auth/password-reset/confirm', body));
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
    expect(statuses.slice(0, 20).every((s) => s !== 429 && s < 500)).toBe(true);

    const [victim] = apiProcessesOf(pid);
    process.kill(victim!, 'SIGKILL');
    await expect
      .poll(() => apiProcessesOf(pid).filter((p) => p !== victim).length, { timeout: 30_000, interval: 200 })
      .toBe(2);
    await expect.poll(ready, { timeout: 30_000 }).toBe(200);

    const exited = new Promise<number | null>((resolve) => server!.once('exit', (code) => resolve(code)));
    server!.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(apiProcessesOf(pid)).toEqual([]);
  });
});
