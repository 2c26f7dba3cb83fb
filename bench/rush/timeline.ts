import { readFileSync } from 'node:fs';
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
  /** CPU the API server used in that second, and the whole machine (1 = one core busy). */
  apiCpu: number;
  machineCpu: number;
}

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
export function sampleTimeline(pool: pg.Pool, startedAt: number, apiCpuSeconds: () => number) {
  const points: TimelinePoint[] = [];
  let lastCpu = apiCpuSeconds();
  let lastAt = Date.now();
  let lastJiffies = machineJiffies();
  let isSampling = false;
  const timer = setInterval(async () => {
    if (isSampling) return;
    isSampling = true;
    try {
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
      points.push({
        t: Math.round((now - startedAt) / 100) / 10,
        rate: Number((row.rate ?? 0).toFixed(1)),
        isActive: row.active === true,
        waiting: Number(row.waiting),
        admitted: Number(row.admitted),
        booked: Number(row.booked),
        apiCpu: Number(((cpu - lastCpu) / ((now - lastAt) / 1_000)).toFixed(2)),
        machineCpu:
          jiffiesPassed > 0
            ? Number((((jiffies.busy - lastJiffies.busy) / jiffiesPassed) * os.cpus().length).toFixed(2))
            : 0,
      });
      lastJiffies = jiffies;
      lastCpu = cpu;
      lastAt = now;
    } finally {
      isSampling = false;
    }
  }, 1_000);
  return {
    stop(): TimelinePoint[] {
      clearInterval(timer);
      return points;
    },
  };
}
