import { createHash } from 'node:crypto';

/**
 * Fixed keys of the benchmark's throwaway database, derived from a public phrase: the seed and the API
 * server must share them (SNILS and OMS are stored encrypted and hashed with them). Never use them anywhere
 * else; they are as public as this file.
 */
const benchKey = (purpose: string) =>
  createHash('sha256').update(`talon-bench-booking:${purpose}`).digest('base64');

export const BENCH_SECRETS = {
  TALON_ENCRYPTION_KEY: benchKey('encryption'),
  TALON_LOOKUP_KEY: benchKey('lookup'),
  TALON_AUDIT_KEY: benchKey('audit'),
} as const;

/**
 * The API server's environment during the run: production mode, the defaults of `.env.example` except where
 * written here, each with its reason (the report prints them).
 */
export function serverEnv(databaseUrl: string, port: number): Record<string, string> {
  return {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    WORKER_IN_PROCESS: '0',
    ...BENCH_SECRETS,
    ...BENCH_OVERRIDES,
  };
}

/** Settings that differ from the defaults, with the reason printed in the report. */
export const BENCH_OVERRIDES: Record<string, string> = {
  // The hot-slot run sends each client's token many times a second; the default 10 per minute would turn
  // the measurement into one of the rate limiter (429), which is a guard against one abusive account.
  RATE_LIMIT_BOOKING_PER_MINUTE: '10000',
  // With the default 100, 200 hot-slot clients on a pool of 10 make the 101st waiting request an immediate
  // 503 OVERLOADED: the run would measure the shedding (tested in the suite), not the refusals. The bounded
  // wait (DB_POOL_ACQUIRE_TIMEOUT_MS, 2 s) stays, so a request that cannot get a connection in time is
  // still shed and counted as 503.
  DB_POOL_MAX_WAITING: '1000',
  // This benchmark measures the booking path itself at and past its capacity; the waiting room would queue
  // the load it offers. `npm run bench:rush` measures the room (bench/rush).
  WAITING_ROOM_ENABLED: '0',
};

export const OVERRIDE_REASONS: Record<string, string> = {
  NODE_ENV: 'production (no demo data, no dev routes)',
  WORKER_IN_PROCESS:
    '0: the outbox worker is a separate process in production (`npm run worker`); not started, messages stay pending',
  LOG_LEVEL: 'warn: no per-request log lines',
  RATE_LIMIT_BOOKING_PER_MINUTE:
    '10000 instead of 10: hot-slot clients repeat their request many times a second',
  DB_POOL_MAX_WAITING:
    '1000 instead of 100: 200 connections would otherwise be shed at once (503) instead of served; the 2 s acquire timeout stays',
  WAITING_ROOM_ENABLED: '0: this run measures the booking path itself; bench:rush measures the waiting room',
};
