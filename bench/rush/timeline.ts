import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import type pg from 'pg';

/** One second of the rush as the database and the kernel saw it. */
export interface TimelinePoint {
  /** Seconds since the rush started. */
  t: number;
  /** The room's admission rate (places/s) and whether it was active. */
  rate: number;
  isActive: boolean;
  /** Live waiting places, places admitted so far, bookings so far. */
  waiting: number;
  admitted: number;
  booked: number;
  /**
   * CPU used in that second (1 = one core busy): the API server, PostgreSQL (every `postgres` process), this
   * load generator (the simulated browsers), and the whole machine.
   */
  apiCpu: number;
  postgresCpu: number;
  clientCpu: number;
  machineCpu: number;
  /**
   * Open files (each socket is one) of the API server and of this load generator: both are bounded by the
   * open-file limit, and a process past it fails.
   */
  apiFiles: number;
  clientFiles: number;
}

/** CPU seconds of every `postgres` process so far (utime + stime, proc(5)). */
function postgresCpuSeconds(): number {
  let jiffies = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      jiffies += Number(fields[11]) + Number(fields[12]);
    } catch {
      // ended meanwhile
    }
  }
  return jiffies / 100;
}

const clientCpuSeconds = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};

/** Busy and total jiffies of all cores (proc(5), the `cpu` line of /proc/stat). */
function machineJiffies(): { busy: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((a, b) => a + b, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { busy: total - idle, total };
}

/**
 * Samples the room's state once a second while the rush runs: how the adaptive rate moved against the queue
 * and the bookings (what the report's figures summarise), and the API server's CPU. Stop returns the points.
 */
export function sampleTimeline(
  pool: pg.Pool,
  startedAt: number,
  api: { cpuSeconds: () => number; openFiles: () => number },
) {
  const apiCpuSeconds = api.cpuSeconds;
  const points: TimelinePoint[] = [];
  let lastCpu = apiCpuSeconds();
  let lastAt = Date.now();
  let lastJiffies = machineJiffies();
  let lastPostgres = postgresCpuSeconds();
  let lastClient = clientCpuSeconds();
  let isSampling = false;
  const timer = setInterval(async () => {
    if (isSampling) return;
    isSampling = true;
    try {
      await sample();
    } catch {
      // A second that could not be read (a process ended, files ran short) is left out, not fatal.
    } finally {
      isSampling = false;
    }
  }, 1_000);
  async function sample() {
    const { rows } = await pool.query<{
      rate: number | null;
      active: boolean | null;
      waiting: string;
      admitted: string;
      booked: string;
    }>(
      `select s.admissions_per_second as rate, s.active_until > now() as active,
              (select count(*) from waiting_room_places where status = 'waiting' and not is_synthetic) as waiting,
              (select count(*) from waiting_room_places where admitted_at is not null and not is_synthetic) as admitted,
              (select count(*) from appointments) as booked
       from (select 1) one left join waiting_room_state s on s.id = 1`,
    );
    const row = rows[0]!;
    const now = Date.now();
    const cpu = apiCpuSeconds();
    const jiffies = machineJiffies();
    const jiffiesPassed = jiffies.total - lastJiffies.total;
    const postgres = postgresCpuSeconds();
    const client = clientCpuSeconds();
    // A process that ended takes its CPU time with it: never below 0.
    const perSecond = (used: number) => Number(Math.max(0, used / ((now - lastAt) / 1_000)).toFixed(2));
    points.push({
      t: Math.round((now - startedAt) / 100) / 10,
      rate: Number((row.rate ?? 0).toFixed(1)),
      isActive: row.active === true,
      waiting: Number(row.waiting),
      admitted: Number(row.admitted),
      booked: Number(row.booked),
      apiCpu: perSecond(cpu - lastCpu),
      postgresCpu: perSecond(postgres - lastPostgres),
      clientCpu: perSecond(client - lastClient),
      machineCpu:
        jiffiesPassed > 0
          ? Number((((jiffies.busy - lastJiffies.busy) / jiffiesPassed) * os.cpus().length).toFixed(2))
          : 0,
      apiFiles: api.openFiles(),
      clientFiles: readdirSync('/proc/self/fd').length,
    });
    lastJiffies = jiffies;
    lastPostgres = postgres;
    lastClient = client;
    lastCpu = cpu;
    lastAt = now;
  }
  return {
    stop(): TimelinePoint[] {
      clearInterval(timer);
      return points;
    },
  };
}
