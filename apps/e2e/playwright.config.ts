import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_PATH, HEADLESS_CHROMIUM_ARGS } from '@talon/testing/chromium';

const port = Number(process.env.E2E_PORT ?? 3199);
/** The OpenID Connect provider the login through «Госуслуги» goes to (packages/testing). */
const idpPort = port - 1;
const idp = {
  IDP_PORT: String(idpPort),
  IDP_REDIRECT_URI: `http://127.0.0.1:${port}/api/v1/auth/oidc/callback`,
  IDP_CLIENT_SECRET: 'e2e-client-secret-not-a-real-one',
};
const root = path.resolve(import.meta.dirname, '../..');
// Its own database per port: two runs on different E2E_PORTs (two people on one machine) do not collide.
const dataDir = path.join(root, process.env.E2E_PORT ? `.tmp/e2e-data-${port}` : '.tmp/e2e-data');

/**
 * Browser tests drive Debian's Chromium (test tools cannot download browsers here) against the real
 * server started as `npm start` starts it: demo data on a fresh embedded database.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: path.join(root, '.tmp/e2e-results'),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: path.join(root, '.tmp/e2e.json') }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    trace: 'off',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...HEADLESS_CHROMIUM_ARGS, '--disable-quic'],
    },
  },
  webServer: [
    {
      command: 'tsx packages/testing/src/run-identity-provider.ts',
      cwd: root,
      url: `http://127.0.0.1:${idpPort}/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: idp,
    },
    {
      command: `rm -rf ${dataDir} && node scripts/ensure-web-build.mjs && tsx apps/api/src/main.ts`,
      cwd: root,
      url: `http://127.0.0.1:${port}/ready`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        TALON_DEMO: '1',
        LOG_LEVEL: 'warn',
        // Every spec signs up and recovers from 127.0.0.1; the per-address code limit has its own tests.
        AUTH_CODES_PER_ADDRESS_HOUR: '1000000',
        OIDC_ISSUER: `http://127.0.0.1:${idpPort}`,
        OIDC_CLIENT_ID: 'talon-test',
        OIDC_CLIENT_SECRET: idp.IDP_CLIENT_SECRET,
        OIDC_REDIRECT_URI: idp.IDP_REDIRECT_URI,
        OIDC_ALLOW_INSECURE: '1',
        // The links in emails (reminders) point at the address the browser tests use.
        PUBLIC_URL: `http://127.0.0.1:${port}`,
      },
    },
  ],
});
