import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { CheckResult, StatusDeps } from '@talon/core/status';
import { createStatusStore, type DatabaseHandle } from '@talon/db';
import type { RecentRequests } from '../status/recent-requests';
import type { Infrastructure } from './infrastructure';

/** A live check gives up after this long: a hung database is an outage, not a hung status page. */
export const STATUS_CHECK_TIMEOUT_MS = 2000;

/** Runs a check against the timeout; any failure (or the timeout) is `ok: false`. */
async function timed(check: (signal: AbortSignal) => Promise<boolean>): Promise<CheckResult> {
  const started = performance.now();
  const signal = AbortSignal.timeout(STATUS_CHECK_TIMEOUT_MS);
  const timeout = new Promise<boolean>((resolve) =>
    signal.addEventListener('abort', () => resolve(false), { once: true }),
  );
  const ok = await Promise.race([check(signal).catch(() => false), timeout]);
  return { ok, latencyMs: Math.round(performance.now() - started) };
}

/** The status page's live checks (docs/status-page.md) over this process's resources. */
export const statusDeps = (
  { db, clock, config }: Infrastructure,
  database: Pick<DatabaseHandle, 'ping'>,
  recentRequests: RecentRequests,
): StatusDeps => ({
  store: createStatusStore(db),
  clock,
  probes: {
    webApp: () => timed(async () => (await stat(path.join(config.webDistDir, 'index.html'))).isFile()),
    database: () =>
      timed(async () => {
        await database.ping();
        return true;
      }),
    identityProvider: async () => {
      const oidc = config.oidc;
      if (!oidc) return null;
      const discovery = `${oidc.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
      return timed(async (signal) => {
        const response = await fetch(discovery, { signal, headers: { accept: 'application/json' } });
        if (!response.ok) return false;
        const document = (await response.json()) as { issuer?: unknown };
        return typeof document.issuer === 'string';
      });
    },
    requests: (group, minutes) => recentRequests.counts(group, minutes),
  },
});
