/**
 * `npm run bench:web`: the patient web app on a slow mobile link. Starts the API with the demo data on the
 * embedded database (as `npm start` does, on a free port with its own DATA_DIR under .tmp), drives Debian's
 * Chromium through playwright-core under the throttling of ./throttling.ts and prints, for the home page
 * and the time choice page: bytes transferred, script bytes (as transferred and gzip), FCP, LCP and an
 * approximate time to interactive; then the total time of a returning patient's scripted booking. Compares
 * with the targets (PASS/FAIL) and writes bench/results/web-<date>.json. Not part of `npm test`.
 * Method and figures: docs/benchmarks.md, «Web».
 */

import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH, HEADLESS_CHROMIUM_ARGS } from '@talon/testing/chromium';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { startApiServer } from '../booking/server';
import { runReturningBooking } from './booking-flow';
import { measurePageLoad } from './page-metrics';
import { formatReport, judgeTargets } from './report';
import { PROFILE } from './throttling';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const distDir = path.join(repoRoot, 'apps/web/dist');
const dataDir = path.join(repoRoot, '.tmp/bench-web-data');
/** The demo patient of the README (a returning patient with an account). */
const PATIENT = { login: '+79568542903', password: 'Talon-Demo-2026!' };
const REGION = '77';
/** A specialty anyone may book without a referral or attachment (docs/domain.md rule 4). */
const SPECIALTY = { code: 'ophthalmologist', name: 'Офтальмолог' };
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** A phone-sized context; logged in as the demo patient with the region chosen when `asPatient`. */
async function phoneContext(browser: Browser, baseURL: string, asPatient: boolean): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    // DevTools throttles the page's own requests, not a service worker's: with the worker answering, the
    // figures would miss the link's cost. Without it the returning visit still has the HTTP cache (hashed
    // assets are immutable), so its figures are an upper bound of what the worker gives.
    serviceWorkers: 'block',
  });
  if (asPatient) {
    const login = await context.request.post('/api/v1/auth/login', { data: PATIENT });
    if (!login.ok()) throw new Error(`demo patient login failed: ${login.status()}`);
    await context.addInitScript((region) => localStorage.setItem('talon.region', region), REGION);
  }
  return context;
}

/**
 * Waits until the server answers promptly: right after a start the in-process worker's first sweeps keep
 * the embedded database busy for several seconds, which no patient of a running server meets.
 */
async function waitUntilQuiet(baseURL: string): Promise<void> {
  const deadline = Date.now() + 180_000;
  let quickInARow = 0;
  while (quickInARow < 5) {
    if (Date.now() > deadline) throw new Error('the server stayed busy for 3 minutes after its start');
    const started = performance.now();
    await fetch(`${baseURL}/api/v1/specialties`).then((response) => response.arrayBuffer());
    quickInARow = performance.now() - started < 100 ? quickInARow + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** The demo patient's browser after an earlier visit: the app's files are in its HTTP cache. */
async function returningPatient(browser: Browser, baseURL: string, timeUrl: string): Promise<BrowserContext> {
  const context = await phoneContext(browser, baseURL, true);
  const page = await context.newPage();
  await page.goto('/', { waitUntil: 'networkidle' });
  await page.goto(timeUrl, { waitUntil: 'networkidle' });
  await page.close();
  return context;
}

async function main(): Promise<number> {
  const startedAt = new Date();
  const build = spawnSync(process.execPath, ['scripts/ensure-web-build.mjs'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('the web app did not build');
  rmSync(dataDir, { recursive: true, force: true });
  const port = await freePort();
  console.info(`starting the API with demo data on 127.0.0.1:${port} (${path.relative(repoRoot, dataDir)})`);
  const server = await startApiServer(
    repoRoot,
    { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, TALON_DEMO: '1', LOG_LEVEL: 'warn' },
    port,
    // A first start seeds the demo data; on cores shared with other work that takes minutes.
    240_000,
  );
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...HEADLESS_CHROMIUM_ARGS],
  });
  try {
    const baseURL = server.url;
    // The server's first requests after a start (demo data, query plans, the JIT) are not what a patient
    // meets: a quiet server and one unthrottled pass first.
    await waitUntilQuiet(baseURL);
    const found = await fetch(
      `${baseURL}/api/v1/practitioners?region=${REGION}&specialty=${SPECIALTY.code}&pageSize=1`,
    );
    const practitioner = ((await found.json()) as { items: { id: string }[] }).items[0];
    if (!practitioner) throw new Error(`no ${SPECIALTY.code} in region ${REGION}`);

    const timeUrl = `${baseURL}/book?practitioner=${practitioner.id}&specialty=${SPECIALTY.code}`;
    const timesShown = (page: Page) =>
      page
        .getByRole('region', { name: /^Время на / })
        .getByRole('button')
        .first()
        .waitFor({ timeout: 120_000 });

    const warmServer = await phoneContext(browser, baseURL, true);
    const warmPage = await warmServer.newPage();
    await warmPage.goto('/');
    await warmPage.goto(timeUrl);
    await timesShown(warmPage);
    await warmServer.close();

    // First visits, cold caches: the anonymous home page, and a time choice opened from a link.
    console.info(`measuring under ${PROFILE.name}`);
    const homeContext = await phoneContext(browser, baseURL, false);
    const home = await measurePageLoad(homeContext, `${baseURL}/`, distDir, (page) =>
      page.getByRole('heading', { level: 1 }).waitFor({ timeout: 120_000 }),
    );
    await homeContext.close();
    const coldContext = await phoneContext(browser, baseURL, true);
    const chooseTimeFirst = await measurePageLoad(coldContext, timeUrl, distDir, timesShown);
    await coldContext.close();
    // The same link for a visitor who is not logged in: the app sends them to the login page first.
    const anonymousContext = await phoneContext(browser, baseURL, false);
    const chooseTimeAnonymous = await measurePageLoad(anonymousContext, timeUrl, distDir, (page) =>
      page.getByRole('heading', { level: 1, name: 'Вход' }).waitFor({ timeout: 120_000 }),
    );
    await anonymousContext.close();

    // A returning patient: the browser has the app from an earlier visit.
    const returningContext = await returningPatient(browser, baseURL, timeUrl);
    const chooseTime = await measurePageLoad(returningContext, timeUrl, distDir, timesShown);
    await returningContext.close();
    const bookingContext = await returningPatient(browser, baseURL, timeUrl);
    const booking = await runReturningBooking(bookingContext, baseURL, SPECIALTY.name);
    await bookingContext.close();

    const results = { home, chooseTimeFirst, chooseTimeAnonymous, chooseTime, booking };
    const targets = judgeTargets(results);
    console.info(`\n${formatReport(results, targets)}\n`);
    const file = path.join(repoRoot, 'bench/results', `web-${startedAt.toISOString().slice(0, 10)}.json`);
    mkdirSync(path.dirname(file), { recursive: true });
    const record = {
      benchmark: 'web',
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, node: process.version },
      browser: { name: 'chromium', version: browser.version(), viewport: '360×740, mobile, touch' },
      profile: PROFILE,
      results,
      targets,
    };
    writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
    console.info(`results written to ${path.relative(repoRoot, file)}`);
    return targets.every((target) => target.isMet) ? 0 : 1;
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
