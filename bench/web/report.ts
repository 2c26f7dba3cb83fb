import type { BookingRun } from './booking-flow';
import type { PageLoad } from './page-metrics';

export interface WebResults {
  /** First visit, cold cache, anonymous. */
  home: PageLoad;
  /** First visit from a link (a reminder, a bookmark), cold cache, logged in. */
  chooseTimeFirst: PageLoad;
  /** A returning patient: the app is cached from an earlier visit. */
  chooseTime: PageLoad;
  booking: BookingRun;
}

export interface TargetCheck {
  name: string;
  target: string;
  actual: string;
  passed: boolean;
}

/** Lighthouse budgets count kibibytes; so does this one (150 KiB = 153 600 B). */
const KIB = 1024;
const HOME_JS_BUDGET_BYTES = 150 * KIB;
const LCP_TARGET_MS = 2_500;
const BOOKING_TARGET_MS = 30_000;

const kib = (bytes: number) => `${(bytes / KIB).toFixed(1)} KiB`;
const seconds = (ms: number | null) => (ms === null ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);

/** The targets of docs/domain.md §6 and the brief, each with its measured figure. */
export function judgeTargets(results: WebResults): TargetCheck[] {
  const lcp = (name: string, load: PageLoad): TargetCheck => ({
    name: `LCP, ${name}`,
    target: `≤ ${seconds(LCP_TARGET_MS)}`,
    actual: seconds(load.lcpMs),
    passed: load.lcpMs !== null && load.lcpMs <= LCP_TARGET_MS,
  });
  return [
    {
      name: 'JS of the home page (gzip)',
      target: `≤ ${kib(HOME_JS_BUDGET_BYTES)}`,
      actual: kib(results.home.jsGzipBytes),
      passed: results.home.jsGzipBytes <= HOME_JS_BUDGET_BYTES,
    },
    lcp('home page, first visit', results.home),
    lcp('time choice, returning patient', results.chooseTime),
    {
      name: 'returning patient books (home → ticket)',
      target: `≤ ${seconds(BOOKING_TARGET_MS)}`,
      actual: seconds(results.booking.totalMs),
      passed: results.booking.totalMs <= BOOKING_TARGET_MS,
    },
  ];
}

const pad = (text: string, width: number) => text.padEnd(width);

/** The printed table: one row per page, the booking's screens, then the targets. */
export function formatReport(results: WebResults, targets: TargetCheck[]): string {
  const rows: [string, PageLoad][] = [
    ['home page (first visit)', results.home],
    ['time choice (first visit)', results.chooseTimeFirst],
    ['time choice (returning)', results.chooseTime],
  ];
  const lines = [
    `${pad('page', 28)}${pad('transferred', 13)}${pad('JS (br)', 12)}${pad('JS (gzip)', 12)}${pad('FCP', 9)}${pad('LCP', 9)}TTI≈`,
    ...rows.map(
      ([name, load]) =>
        `${pad(name, 28)}${pad(kib(load.transferredBytes), 13)}${pad(kib(load.jsTransferredBytes), 12)}${pad(
          kib(load.jsGzipBytes),
          12,
        )}${pad(seconds(load.fcpMs), 9)}${pad(seconds(load.lcpMs), 9)}${seconds(load.ttiMs)}`,
    ),
    'TTI≈: the end of the last long task (> 50 ms) before the first 5 s after FCP without one, not before DOMContentLoaded',
    '',
    `returning patient's booking: ${seconds(results.booking.totalMs)} (${results.booking.screens
      .map((screen) => `${screen.name} ${seconds(screen.ms)}`)
      .join(', ')})`,
    '',
    ...targets.map(
      (check) =>
        `${check.passed ? 'PASS' : 'FAIL'}  ${pad(check.name, 42)}${pad(check.actual, 12)}${check.target}`,
    ),
  ];
  return lines.join('\n');
}
