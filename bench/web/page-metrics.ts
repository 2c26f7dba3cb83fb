import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { throttle } from './throttling';

/** What one page load cost and how soon it was usable. */
export interface PageLoad {
  url: string;
  /** Bytes over the wire, headers included (CDP `encodedDataLength`), every request of the load. */
  transferredBytes: number;
  /** The scripts' bytes over the wire, as the browser negotiated them (brotli here). */
  jsTransferredBytes: number;
  /** The same scripts gzip-compressed (their `.gz` siblings in the build): the budget's unit. */
  jsGzipBytes: number;
  scripts: string[];
  fcpMs: number | null;
  lcpMs: number | null;
  /**
   * When the page's own content was ready (the caller's `isReady`: the real, interactive first time button
   * of the time choice, not an HTML first view), from the navigation's start; ±0.1 s of polling.
   */
  readyMs: number;
  domContentLoadedMs: number;
  /**
   * Approximate time to interactive: the end of the last long task (> 50 ms) before the first 5 s window
   * after FCP with no long task, and never before DOMContentLoaded (Lighthouse's TTI without its
   * network-quiet condition).
   */
  ttiMs: number;
}

const QUIET_WINDOW_MS = 5_000;

/** Collects paint timings and long tasks from the first byte on (before any script of the page runs). */
const OBSERVERS = `(() => {
  const seen = { lcp: null, fcp: null, longTaskEnds: [] };
  window.__talonBench = seen;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') seen.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.longTaskEnds.push(entry.startTime + entry.duration);
  }).observe({ type: 'longtask', buffered: true });
})();`;

interface Seen {
  lcp: number | null;
  fcp: number | null;
  longTaskEnds: number[];
  now: number;
  dcl: number;
}

/** Sums what the page downloads, by request, from the DevTools network events. */
function recordTraffic(cdp: CDPSession) {
  const types = new Map<string, { type: string; url: string }>();
  const loaded: { url: string; type: string; bytes: number }[] = [];
  cdp.on('Network.responseReceived', (event) =>
    types.set(event.requestId, { type: event.type, url: event.response.url }),
  );
  cdp.on('Network.loadingFinished', (event) => {
    const info = types.get(event.requestId);
    if (info) loaded.push({ ...info, bytes: event.encodedDataLength });
  });
  return () => loaded;
}

/** Size of a built script's gzip sibling; the file itself gzipped by the build is what a gzip-only client gets. */
function gzipSize(distDir: string, url: string): number {
  const file = path.join(distDir, new URL(url).pathname);
  return existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : existsSync(file) ? statSync(file).size : 0;
}

/**
 * Opens `url` in a fresh page of `context` under the throttling profile and measures it. The context decides
 * whether the cache is cold (a new context) or warm (one that has visited before).
 */
export async function measurePageLoad(
  context: BrowserContext,
  url: string,
  distDir: string,
  isReady: (page: Page) => Promise<unknown>,
): Promise<PageLoad> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await throttle(cdp);
  const traffic = recordTraffic(cdp);
  await page.addInitScript(OBSERVERS);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await isReady(page);
  const readyMs = await page.evaluate(() => performance.now());
  // Wait for a quiet window of 5 s after FCP and the last long task, so that TTI can be read off.
  let seen: Seen;
  const deadline = Date.now() + 90_000;
  for (;;) {
    seen = await page.evaluate(() => {
      const bench = (window as unknown as { __talonBench: Omit<Seen, 'now' | 'dcl'> }).__talonBench;
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { ...bench, now: performance.now(), dcl: navigation.domContentLoadedEventEnd };
    });
    const lastBusy = Math.max(seen.fcp ?? 0, ...seen.longTaskEnds);
    if (seen.fcp !== null && seen.now - lastBusy >= QUIET_WINDOW_MS) break;
    if (Date.now() > deadline) throw new Error(`${url}: no 5 s window without long tasks in 90 s`);
    await page.waitForTimeout(1_000);
  }
  const lastLongTask = Math.max(0, ...seen.longTaskEnds);
  const loaded = traffic();
  const scripts = loaded.filter((item) => item.type === 'Script');
  await page.close();
  return {
    url,
    transferredBytes: loaded.reduce((sum, item) => sum + item.bytes, 0),
    jsTransferredBytes: scripts.reduce((sum, item) => sum + item.bytes, 0),
    jsGzipBytes: scripts.reduce((sum, item) => sum + gzipSize(distDir, item.url), 0),
    scripts: scripts.map((item) => new URL(item.url).pathname),
    fcpMs: seen.fcp,
    lcpMs: seen.lcp,
    readyMs,
    domContentLoadedMs: seen.dcl,
    ttiMs: Math.max(seen.fcp ?? 0, seen.dcl, lastLongTask),
  };
}
