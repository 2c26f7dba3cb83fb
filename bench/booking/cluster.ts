import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
// The test helpers' module itself: the package index does not export these two (yet).
import { findPostgresBin, freePort } from '../../packages/testing/src/postgres-cluster';

/** A PostgreSQL cluster the benchmark owns: kept under .tmp so that `--reuse` skips initdb and the seed. */
export interface BenchCluster {
  url: string;
  port: number;
  bin: string;
  dataDir: string;
  /** Runs a PostgreSQL client program (psql, pgbench) as the cluster's owner. */
  run(program: string, args: string[], input?: string): string;
  stop(): void;
}

const isRoot = process.getuid?.() === 0;

/**
 * The server settings of the run. Durability is off (fsync, synchronous commit) as in every test cluster of
 * the repository: the figures are CPU figures of this machine, not of its disk, and pgbench runs against the
 * same cluster with the same settings, so the ratios compare like with like. The rest is a modest
 * production-like configuration for a 24 GiB machine.
 */
const SERVER_SETTINGS = [
  'listen_addresses=127.0.0.1',
  'max_connections=400',
  'shared_buffers=2GB',
  'effective_cache_size=8GB',
  'work_mem=16MB',
  'maintenance_work_mem=1GB',
  'fsync=off',
  'synchronous_commit=off',
  'full_page_writes=off',
  'max_wal_size=8GB',
  'checkpoint_timeout=30min',
  'autovacuum=on',
  // Where the database time of each phase goes (reported per phase; the same cost for pgbench).
  'shared_preload_libraries=pg_stat_statements',
];

function asOwner(command: string, args: string[]): [string, string[]] {
  return isRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

/**
 * Starts the benchmark's cluster in `dir`, creating it first unless `reuse` finds one there. PostgreSQL
 * refuses to run as root, so as root the cluster belongs to the `postgres` system user.
 */
export async function startBenchCluster(dir: string, reuse: boolean): Promise<BenchCluster> {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL server is not installed (apt-get install postgresql)');
  if (!existsSync(path.join(bin, 'pgbench'))) {
    throw new Error(`pgbench is missing from ${bin} (apt-get install postgresql-contrib or postgresql-15)`);
  }
  const dataDir = path.join(dir, 'data');
  const isExisting = reuse && existsSync(path.join(dataDir, 'PG_VERSION'));
  if (!isExisting) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    chmodSync(dir, 0o777);
    const [file, argv] = asOwner(path.join(bin, 'initdb'), [
      ...['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'],
    ]);
    execFileSync(file, argv, { stdio: 'pipe' });
  }
  const port = await freePort();
  const options = [`-p ${port}`, `-k ${dir}`, ...SERVER_SETTINGS.map((s) => `-c ${s}`)].join(' ');
  const [file, argv] = asOwner(path.join(bin, 'pg_ctl'), [
    ...['-D', dataDir, '-o', options, '-l', path.join(dir, 'server.log'), '-w', 'start'],
  ]);
  execFileSync(file, argv, { stdio: 'pipe' });
  // Clients on this machine connect over the Unix socket, as a co-located production setup would: over
  // loopback TCP each statement also pays for the TCP stack on both ends, in the sender's time (about a tenth
  // of the API's CPU per booking, measured). The same for pgbench, so the ratios stay like with like.
  const url = `postgres://postgres@${encodeURIComponent(dir)}:${port}/postgres`;
  return {
    url,
    port,
    bin,
    dataDir,
    run(program, args, input) {
      const [cmd, cmdArgs] = asOwner(path.join(bin, program), [
        ...['-h', dir, '-p', String(port), '-U', 'postgres'],
        ...args,
      ]);
      return execFileSync(cmd, cmdArgs, {
        encoding: 'utf8',
        input,
        cwd: dir,
        maxBuffer: 64 * 1024 * 1024,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
    },
    stop() {
      const [stopFile, stopArgs] = asOwner(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', 'stop']);
      spawnSync(stopFile, stopArgs, { stdio: 'ignore' });
    },
  };
}

/** What the seed left behind, so that a rerun with `--reuse` knows the data set is there. */
export interface SeedMarker {
  size: string;
  seed: number;
  seededAt: string;
  report: string;
}

export const readSeedMarker = (dir: string): SeedMarker | null => {
  const file = path.join(dir, 'seeded.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SeedMarker) : null;
};

export const writeSeedMarker = (dir: string, marker: SeedMarker): void =>
  writeFileSync(path.join(dir, 'seeded.json'), `${JSON.stringify(marker, null, 2)}\n`);
