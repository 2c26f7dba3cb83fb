import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('overload, rate-limit and live settings', () => {
  it('has defaults that shed load in production and stay quiet in tests', () => {
    const dev = loadConfig({ DATABASE_URL: 'postgres://db/talon' });
    expect(dev.database).toMatchObject({ kind: 'postgres', acquireTimeoutMs: 2_000, maxWaiting: 100 });
    expect(dev.overload).toEqual({
      maxEventLoopDelayMs: 1_000,
      maxHeapUsedBytes: Math.floor(getHeapStatistics().heap_size_limit * 0.9),
      sampleIntervalMs: 1_000,
      retryAfterSeconds: 5,
      maxConnections: null,
    });
    expect(dev.rateLimits).toEqual({ bookingPerMinute: 10 });
    expect(dev.live).toEqual({
      maxSubscribers: 1_000,
      maxPerAddress: 20,
      maxPerAccount: 5,
      heartbeatSeconds: 15,
    });
    // Many test servers share one CPU: event-loop shedding is off there unless a test asks for it.
    expect(loadConfig({ NODE_ENV: 'test' }).overload.maxEventLoopDelayMs).toBe(0);
    expect(
      loadConfig({ NODE_ENV: 'test', OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: '200' }).overload.maxEventLoopDelayMs,
    ).toBe(200);
  });

  it('reads every variable and turns heap shedding off with 0', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://db/talon',
      DB_POOL_ACQUIRE_TIMEOUT_MS: '500',
      DB_POOL_MAX_WAITING: '0',
      OVERLOAD_MAX_HEAP_USED_MB: '0',
      OVERLOAD_SAMPLE_INTERVAL_MS: '250',
      OVERLOAD_RETRY_AFTER_SECONDS: '2',
      HTTP_MAX_CONNECTIONS: '5000',
      RATE_LIMIT_BOOKING_PER_MINUTE: '3',
      SSE_MAX_CLIENTS: '7',
      SSE_HEARTBEAT_SECONDS: '5',
      SSE_MAX_PER_ADDRESS: '3',
      SSE_MAX_PER_ACCOUNT: '2',
      AUTH_CODES_PER_PHONE_HOUR: '4',
      AUTH_CODES_PER_ADDRESS_HOUR: '40',
      AUTH_CODES_PER_HOUR: '400',
      PASSWORD_HASH_CONCURRENCY: '3',
      PASSWORD_HASH_MAX_QUEUE: '9',
      METRICS_TOKEN: 'metrics-token-of-the-scraper',
      METRICS_PORT: '9464',
    });
    expect(config.database).toMatchObject({ acquireTimeoutMs: 500, maxWaiting: 0 });
    expect(config.overload).toMatchObject({
      maxHeapUsedBytes: 0,
      sampleIntervalMs: 250,
      retryAfterSeconds: 2,
      maxConnections: 5_000,
    });
    expect(config.rateLimits.bookingPerMinute).toBe(3);
    expect(config.live).toEqual({
      maxSubscribers: 7,
      maxPerAddress: 3,
      maxPerAccount: 2,
      heartbeatSeconds: 5,
    });
    expect(config.authLimits).toEqual({ perPhonePerHour: 4, perAddressPerHour: 40, perHour: 400 });
    expect(config.passwordHashing).toEqual({ concurrency: 3, maxQueue: 9 });
    expect(config.metrics).toEqual({ token: 'metrics-token-of-the-scraper', port: 9464 });
    expect(loadConfig({}).metrics).toEqual({ token: null, port: null });
    expect(loadConfig({}).passwordHashing.concurrency).toBeGreaterThanOrEqual(1);
    expect(loadConfig({ OVERLOAD_MAX_HEAP_USED_MB: '512' }).overload.maxHeapUsedBytes).toBe(
      512 * 1024 * 1024,
    );
  });

  it('refuses values that make no sense', () => {
    expect(() => loadConfig({ RATE_LIMIT_BOOKING_PER_MINUTE: '0' })).toThrow(/RATE_LIMIT_BOOKING_PER_MINUTE/);
    expect(() => loadConfig({ SSE_HEARTBEAT_SECONDS: 'often' })).toThrow(/SSE_HEARTBEAT_SECONDS/);
    expect(() => loadConfig({ DB_POOL_ACQUIRE_TIMEOUT_MS: '-1' })).toThrow(/DB_POOL_ACQUIRE_TIMEOUT_MS/);
    expect(() => loadConfig({ HTTP_MAX_CONNECTIONS: 'many' })).toThrow(/HTTP_MAX_CONNECTIONS/);
  });
});
