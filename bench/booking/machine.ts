import { readFileSync } from 'node:fs';
import os from 'node:os';

/** The machine the figures come from, and how busy others kept it. */
export interface MachineFacts {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  loadAverage: number[];
  /** Share of all CPU time spent busy over a 3 s sample before the run, by processes not of this run. */
  busyBeforeRun: number;
}

function cpuTicks(): { busy: number; total: number } {
  const [line] = readFileSync('/proc/stat', 'utf8').split('\n');
  const ticks = line!.trim().split(/\s+/).slice(1).map(Number);
  const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
  const total = ticks.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

/** How busy the machine is over `ms` milliseconds (0…1 of all cores). */
export async function machineBusy(ms: number): Promise<number> {
  const before = cpuTicks();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = cpuTicks();
  return (after.busy - before.busy) / Math.max(1, after.total - before.total);
}

export async function machineFacts(): Promise<MachineFacts> {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))),
    busyBeforeRun: Number((await machineBusy(3_000)).toFixed(3)),
  };
}
