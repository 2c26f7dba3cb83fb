import { readFileSync } from 'node:fs';
import type pg from 'pg';
import type { BenchPatient } from './accounts';
import type { BenchCluster } from './cluster';
import type { ApiServer } from './server';

/** What every scenario gets: the cluster, a pool for set-up and checks, the running API server. */
export interface BenchContext {
  cluster: BenchCluster;
  pool: pg.Pool;
  server: ApiServer;
  /** Where pgbench writes its per-transaction logs (the cluster directory, writable by its owner). */
  workDir: string;
  /** bench/booking/sql */
  sqlDir: string;
  /** Disjoint sets of signed-in patients, one per scenario, so no rule of one run leaks into the next. */
  patients: { booking: BenchPatient[]; hotSlot: BenchPatient[]; rush: BenchPatient[] };
  log: (message: string) => void;
}

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of stat(5), i.e. 12 and 13 after the command name.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
