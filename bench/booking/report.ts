import type { BookingFigures } from './scenarios/booking';
import type { HotSlotFigures } from './scenarios/hot-slot';
import type { RushFigures } from './scenarios/mass-rush';
import type { SearchFigures } from './scenarios/search';

export interface Target {
  name: string;
  goal: string;
  actual: string;
  isMet: boolean;
}

export interface BenchResults {
  search: SearchFigures;
  booking: BookingFigures;
  hotSlot: HotSlotFigures;
  rush: RushFigures;
  server: { peakRssBytes: number };
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
const pct = (x: number) => `${(x * 100).toFixed(0)} %`;
const f0 = (x: number) => x.toFixed(0);
const f1 = (x: number) => x.toFixed(1);

/** The targets, judged on the figures of this run. */
export function judgeTargets(r: BenchResults): Target[] {
  const searchRatio = ratio(r.search.http.requestsPerS, r.search.pgbench.tps);
  const bookingRatio = ratio(r.booking.bookedPerS, r.booking.pgbench.tps);
  const hotRatio = ratio(r.hotSlot.rejectedPerS, r.hotSlot.pgbenchHotRow.tps);
  return [
    {
      name: 'search p99 at 50 connections',
      goal: '≤ 50 ms',
      actual: `${f1(r.search.http.latencyMs.p99)} ms`,
      isMet: r.search.http.latencyMs.p99 <= 50,
    },
    { name: 'search rate / pgbench', goal: '≥ 50 %', actual: pct(searchRatio), isMet: searchRatio >= 0.5 },
    { name: 'booking rate / pgbench', goal: '≥ 50 %', actual: pct(bookingRatio), isMet: bookingRatio >= 0.5 },
    {
      name: 'hot-slot 409/s / pgbench hot row',
      goal: '≥ 50 %',
      actual: pct(hotRatio),
      isMet: hotRatio >= 0.5,
    },
    {
      name: 'mass rush invariants',
      goal: 'all hold',
      actual: r.rush.passed ? 'pass' : 'FAIL',
      isMet: r.rush.passed,
    },
  ];
}

/** CPU milliseconds the API process spent per HTTP request of a phase (user + system). */
const cpuPerRequest = (phase: { serverCpuSeconds: number; http: { requests: number } }) =>
  phase.http.requests ? f1((phase.serverCpuSeconds * 1000) / phase.http.requests) : '';

const pad = (cells: string[], widths: number[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const [head, ...body] = rows;
  return [
    pad(head!, widths),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...body.map((r) => pad(r, widths)),
  ].join('\n');
}

/** The one table of the run, then the targets and the mass rush's checks. */
export function formatReport(r: BenchResults, targets: Target[]): string {
  const s = r.search;
  const b = r.booking;
  const h = r.hotSlot;
  const statuses = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([k, v]) => `${k}×${v}`)
      .join(' ');
  const figures = table([
    [
      'figure',
      'Talon HTTP',
      'p50 / p99 ms',
      'pgbench',
      'p50 / p99 ms',
      'HTTP/pgbench',
      'API CPU ms/req',
      'answers',
    ],
    [
      'slot search, 50 conn (req/s)',
      f0(s.http.requestsPerS),
      `${f1(s.http.latencyMs.p50)} / ${f1(s.http.latencyMs.p99)}`,
      f0(s.pgbench.tps),
      `${f1(s.pgbench.latencyMs.p50)} / ${f1(s.pgbench.latencyMs.p99)}`,
      pct(ratio(s.http.requestsPerS, s.pgbench.tps)),
      cpuPerRequest(s),
      statuses(s.http.statusCounts),
    ],
    [
      'booking, spread slots, 50 conn (201/s)',
      f0(b.bookedPerS),
      `${f1(b.http.latencyMs.p50)} / ${f1(b.http.latencyMs.p99)}`,
      f0(b.pgbench.tps),
      `${f1(b.pgbench.latencyMs.p50)} / ${f1(b.pgbench.latencyMs.p99)}`,
      pct(ratio(b.bookedPerS, b.pgbench.tps)),
      cpuPerRequest(b),
      statuses(b.http.statusCounts),
    ],
    [
      'hot slot, 200 conn (409/s) vs hot-row update',
      f0(h.rejectedPerS),
      `${f1(h.http.latencyMs.p50)} / ${f1(h.http.latencyMs.p99)}`,
      f0(h.pgbenchHotRow.tps),
      `${f1(h.pgbenchHotRow.latencyMs.p50)} / ${f1(h.pgbenchHotRow.latencyMs.p99)}`,
      pct(ratio(h.rejectedPerS, h.pgbenchHotRow.tps)),
      cpuPerRequest(h),
      statuses(h.http.statusCounts),
    ],
    [
      '  (context) refusal SQL via pgbench',
      '',
      '',
      f0(h.pgbenchRefusal.tps),
      `${f1(h.pgbenchRefusal.latencyMs.p50)} / ${f1(h.pgbenchRefusal.latencyMs.p99)}`,
      pct(ratio(h.rejectedPerS, h.pgbenchRefusal.tps)),
      '',
      '',
    ],
    ['server peak RSS (VmHWM)', `${f0(r.server.peakRssBytes / 1024 / 1024)} MiB`, '', '', '', '', '', ''],
  ]);
  const targetTable = table([
    ['target', 'goal', 'actual', 'met'],
    ...targets.map((t) => [t.name, t.goal, t.actual, t.isMet ? 'met' : 'NOT MET']),
  ]);
  const c = r.rush.checks;
  const rush = [
    `mass rush: ${r.rush.slots} slots × ${r.rush.contendersPerSlot} contenders, ${r.rush.concurrency} in flight, ` +
      `${f1(r.rush.durationS)} s — ${r.rush.passed ? 'PASS' : 'FAIL'}`,
    `  answers: book ${statuses(r.rush.answers.book)}; cancel ${statuses(r.rush.answers.cancel)}; ` +
      `reschedule ${statuses(r.rush.answers.reschedule)}`,
    `  slots with two active appointments: ${c.slotsWithTwoActive}; patients with two active in one specialty: ` +
      `${c.patientsWithTwoInSpecialty}`,
    `  created (201/200) answered: ${c.answeredCreated}, missing in the database: ${c.createdMissing}, ` +
      `in an unexpected status: ${c.createdInWrongStatus}; slot status mismatches: ${c.slotStatusMismatches}; ` +
      `5xx other than 503: ${c.serverErrors}; 503 OVERLOADED (shed): ${c.shed}`,
  ];
  return [figures, '', targetTable, '', ...rush].join('\n');
}
