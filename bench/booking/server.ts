import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The Talon API server as a child process — one API process, or a supervisor with `processes` API processes
 * under it (TALON_PROCESSES) — and what the kernel recorded for it.
 */
export interface ApiServer {
  url: string;
  /** The server's own pid: the API process itself, or the supervisor of the API processes. */
  pid: number;
  /** API processes serving HTTP (TALON_PROCESSES). */
  processes: number;
  /** CPU seconds (user + system) the server and every process under it have used so far. */
  cpuSeconds(): number;
  /**
   * The sum of VmHWM (the kernel's peak resident set of each process) over the server's Node processes: with
   * one process its peak, with several an upper bound of their peak together (each peaked at its own time).
   */
  peakRss(): number;
  /** Current VmRSS of the server's Node processes together, in bytes. */
  rss(): number;
  /** Open files (sockets included) of the server's Node processes together. */
  openFiles(): number;
  stop(): Promise<void>;
}

function openFilesOf(pid: number): number {
  try {
    return readdirSync(`/proc/${pid}/fd`).length;
  } catch {
    return 0;
  }
}

function statusField(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0; // ended meanwhile
  }
}

/** The fields of /proc/<pid>/stat after the command name (stat(5): state is field 3, i.e. index 0). */
function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** `pid` and every process under it (the API processes of a supervisor, tsx's esbuild service). */
function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = Number(statFields(Number(entry))?.[1] ?? 0); // ppid: field 4
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const tree: number[] = [];
  const visit = (p: number) => {
    tree.push(p);
    for (const child of children.get(p) ?? []) visit(child);
  };
  visit(pid);
  return tree;
}

/** CPU seconds (user + system) a process has used so far: utime and stime, fields 14 and 15 of stat(5). */
function processCpuSeconds(pid: number): number {
  const fields = statFields(pid);
  return fields ? (Number(fields[11]) + Number(fields[12])) / 100 : 0;
}

const isNode = (pid: number): boolean => {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'node';
  } catch {
    return false;
  }
};

/**
 * Starts `apps/api/src/main.ts` (`node --import tsx`, not the `tsx` wrapper, so that the pid is the server's
 * own and its memory figures are the server's) with `TALON_PROCESSES=processes`, and waits until /ready
 * answers. With more than one process the supervisor forks them (same Node flags) and they share the port.
 */
export async function startApiServer(
  repoRoot: string,
  env: Record<string, string>,
  port: number,
  processes = 1,
  /** How long to wait for /ready: a start on a large data set on busy cores takes longer. */
  readyTimeoutMs = 90_000,
): Promise<ApiServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...env,
      TALON_PROCESSES: String(processes),
    },
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
  const nodeProcesses = () => processTree(pid).filter(isNode);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    url,
    pid,
    processes,
    cpuSeconds: () => sum(processTree(pid).map(processCpuSeconds)),
    peakRss: () => sum(nodeProcesses().map((p) => statusField(p, 'VmHWM'))),
    rss: () => sum(nodeProcesses().map((p) => statusField(p, 'VmRSS'))),
    openFiles: () => sum(nodeProcesses().map(openFilesOf)),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export const repoRootOf = (benchFile: string): string => path.resolve(path.dirname(benchFile), '../..');
