import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { BenchCluster } from './cluster';

export interface PgbenchResult {
  script: string;
  clients: number;
  durationS: number;
  transactions: number;
  /** Transactions per second without the initial connection time, as pgbench prints it. */
  tps: number;
  latencyMs: { p50: number; p99: number; average: number };
  failed: number;
  /** The first lines of pgbench's errors (a client aborted), empty when none. */
  errors: string;
}

const percentile = (sorted: number[], p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;

/**
 * Runs `pgbench -f script` against the cluster with the extended query protocol (what node-postgres uses:
 * each statement parsed, bound and executed) and per-transaction logging, from which p50/p99 come.
 */
export function runPgbench(
  cluster: BenchCluster,
  workDir: string,
  options: { script: string; clients: number; durationS: number; vars?: Record<string, string> },
): PgbenchResult {
  const name = path.basename(options.script, '.sql');
  const prefix = path.join(workDir, `pgbench-${name}`);
  for (const file of readdirSync(workDir).filter((f) => f.startsWith(`pgbench-${name}.`))) {
    rmSync(path.join(workDir, file));
  }
  const vars = Object.entries(options.vars ?? {}).flatMap(([k, v]) => ['-D', `${k}=${v}`]);
  const argv = [
    ...['-n', '-M', 'extended', '-c', String(options.clients), '-j', '2'],
    ...['-T', String(options.durationS), '-l', `--log-prefix=${prefix}`, ...vars, '-f', options.script],
    'postgres',
  ];
  let output: string;
  let errors = '';
  try {
    output = cluster.run('pgbench', argv);
  } catch (error) {
    // pgbench exits non-zero when a client aborts; its figures are still printed, and the errors kept.
    const failure = error as { stdout?: string; stderr?: string };
    if (failure.stdout === undefined) throw error;
    output = failure.stdout;
    errors = (failure.stderr ?? '').split('\n').slice(0, 3).join('\n');
  }
  const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(output)?.[1] ?? 0);
  const transactions = Number(/number of transactions actually processed: (\d+)/.exec(output)?.[1] ?? 0);
  const failed = Number(/number of failed transactions: (\d+)/.exec(output)?.[1] ?? 0);
  const average = Number(/latency average = ([\d.]+) ms/.exec(output)?.[1] ?? 0);
  const latencies: number[] = [];
  for (const file of readdirSync(workDir).filter((f) => f.startsWith(`pgbench-${name}.`))) {
    for (const line of readFileSync(path.join(workDir, file), 'utf8').split('\n')) {
      const micros = line.split(' ')[2];
      if (micros) latencies.push(Number(micros) / 1000);
    }
  }
  latencies.sort((a, b) => a - b);
  return {
    script: path.basename(options.script),
    clients: options.clients,
    durationS: options.durationS,
    transactions,
    tps,
    latencyMs: { p50: percentile(latencies, 50), p99: percentile(latencies, 99), average },
    failed,
    errors,
  };
}
