import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The Talon API server as a child process, and the peak resident memory the kernel recorded for it. */
export interface ApiServer {
  url: string;
  pid: number;
  /** VmHWM of /proc/<pid>/status: the process's peak resident set so far, in bytes. */
  peakRss(): number;
  /** Current VmRSS, in bytes. */
  rss(): number;
  stop(): Promise<void>;
}

function statusField(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1];
  return kb ? Number(kb) * 1024 : 0;
}

/**
 * Starts `apps/api/src/main.ts` in one Node process (`node --import tsx`, not the `tsx` wrapper, so that the
 * pid is the server's own and its memory figures are the server's) and waits until /ready answers.
 */
export async function startApiServer(
  repoRoot: string,
  env: Record<string, string>,
  port: number,
  /** How long to wait for /ready: a start on a large data set on busy cores takes longer. */
  readyTimeoutMs = 60_000,
): Promise<ApiServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/ready`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the API server did not become ready in ${readyTimeoutMs / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const pid = child.pid!;
  return {
    url,
    pid,
    peakRss: () => statusField(pid, 'VmHWM'),
    rss: () => statusField(pid, 'VmRSS'),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export const repoRootOf = (benchFile: string): string => path.resolve(path.dirname(benchFile), '../..');
