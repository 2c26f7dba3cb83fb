import { describe, expect, it } from 'vitest';
import { createRecentRequests } from './recent-requests';

describe('createRecentRequests', () => {
  it('counts answers and 5xx per group within the window only', () => {
    let now = Date.parse('2026-12-06T10:00:30Z');
    const recent = createRecentRequests(() => now);
    recent.record('api', 200);
    recent.record('api', 503);
    recent.record('booking', 500);
    now += 14 * 60_000;
    recent.record('api', 404);
    expect(recent.counts('api', 15)).toEqual({ total: 3, failed: 1 });
    expect(recent.counts('booking', 15)).toEqual({ total: 1, failed: 1 });
    now += 60_000;
    expect(recent.counts('api', 15)).toEqual({ total: 1, failed: 0 });
    expect(recent.counts('booking', 15)).toEqual({ total: 0, failed: 0 });
  });

  it('forgets a bucket when its slot of the ring comes round again', () => {
    let now = 0;
    const recent = createRecentRequests(() => now);
    recent.record('api', 500);
    now = 60 * 60_000;
    recent.record('api', 200);
    expect(recent.counts('api', 60)).toEqual({ total: 1, failed: 0 });
  });
});
