import type { HttpPhase } from './context';
import type { PgbenchResult } from './pgbench';

/**
 * The machine is shared: one 10 s run can land on a quiet or a busy stretch. The scenarios that compare 1 and
 * N processes and pgbench therefore run in rounds, the three interleaved in each round, and the report takes
 * the median of each figure over the rounds (every round is kept in the JSON).
 */
export const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The medians of the HTTP runs of one server over the rounds. */
export interface HttpSummary<P extends HttpPhase = HttpPhase> {
  processes: number;
  /** Median per second: requests (search) or 201 answers (booking). */
  ratePerS: number;
  /** Medians of each round's p50 and p99. */
  latencyMs: { p50: number; p99: number };
  /** Median CPU milliseconds of the server's processes per request. */
  cpuMsPerRequest: number;
  /** Answers by status, summed over the rounds. */
  statusCounts: Record<string, number>;
  rounds: P[];
}

export function summarizeHttp<P extends HttpPhase>(phases: P[], rate: (phase: P) => number): HttpSummary<P> {
  const statusCounts: Record<string, number> = {};
  for (const phase of phases) {
    for (const [code, n] of Object.entries(phase.http.statusCounts))
      statusCounts[code] = (statusCounts[code] ?? 0) + n;
  }
  return {
    processes: phases[0]?.processes ?? 0,
    ratePerS: median(phases.map(rate)),
    latencyMs: {
      p50: median(phases.map((p) => p.http.latencyMs.p50)),
      p99: median(phases.map((p) => p.http.latencyMs.p99)),
    },
    cpuMsPerRequest: median(
      phases.map((p) => (p.http.requests ? (p.serverCpuSeconds * 1000) / p.http.requests : 0)),
    ),
    statusCounts,
    rounds: phases,
  };
}

/** The medians of the pgbench runs of one script over the rounds. */
export interface PgbenchSummary {
  tps: number;
  latencyMs: { p50: number; p99: number };
  rounds: PgbenchResult[];
}

export const summarizePgbench = (runs: PgbenchResult[]): PgbenchSummary => ({
  tps: median(runs.map((r) => r.tps)),
  latencyMs: { p50: median(runs.map((r) => r.latencyMs.p50)), p99: median(runs.map((r) => r.latencyMs.p99)) },
  rounds: runs,
});
