import autocannon from 'autocannon';

/** One request of a load run: built per request so that each can carry its own token, key and body. */
export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  connections: number;
  durationS: number;
  requests: number;
  requestsPerS: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  statusCounts: Record<string, number>;
  /** Connection errors and timeouts (no HTTP answer at all). */
  errors: number;
}

/**
 * Drives the server with autocannon: `connections` keep-alive connections, each sending its next request as
 * soon as the previous answer arrives (a closed loop, as pgbench's clients do), for `durationS` seconds or
 * until `amount` requests. autocannon is made for this: an HDR histogram of latencies and per-status
 * counts, and it stays cheap on the CPU it shares with the server.
 */
export async function runHttpLoad(options: {
  url: string;
  connections: number;
  durationS?: number;
  amount?: number;
  next: () => LoadRequest;
}): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.durationS ?? 10 }),
    timeout: 30,
    requests: [
      {
        setupRequest: (request) => {
          const r = options.next();
          return {
            ...request,
            method: r.method,
            path: r.path,
            headers: {
              ...request.headers,
              ...r.headers,
              ...(r.body ? { 'content-type': 'application/json' } : {}),
            },
            body: r.body ?? '',
          };
        },
      },
    ],
  });
  const statusCounts: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) {
    statusCounts[code] = stat.count ?? 0;
  }
  const requests = Object.values(statusCounts).reduce((a, b) => a + b, 0);
  return {
    connections: options.connections,
    durationS: result.duration,
    requests,
    requestsPerS: requests / result.duration,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    statusCounts,
    errors: result.errors,
  };
}
