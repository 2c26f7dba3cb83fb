/**
 * One computed answer kept in memory for `ttlMs`: a crowd refreshing the status page costs one computation
 * per process and window, and concurrent requests share the one in flight. A failed computation is not
 * kept. `invalidate` drops it (an incident written through this process shows at once; other processes
 * show it within `ttlMs`).
 */
export function createStatusCache<T>(
  compute: () => Promise<T>,
  ttlMs: number,
  now = () => performance.now(),
) {
  let cached: { at: number; answer: Promise<T> } | null = null;
  return {
    get(): Promise<T> {
      const at = now();
      if (!cached || at - cached.at >= ttlMs) {
        const answer = compute();
        answer.catch(() => {
          if (cached?.answer === answer) cached = null;
        });
        cached = { at, answer };
      }
      return cached.answer;
    },
    invalidate() {
      cached = null;
    },
  };
}

export type StatusCache<T> = ReturnType<typeof createStatusCache<T>>;
