import { describe, expect, it } from 'vitest';
import { estimatedWaitSeconds, MAX_ESTIMATE_SECONDS, retryAfterSeconds } from './estimate';

describe('estimatedWaitSeconds', () => {
  it('is the position divided by the admission rate, rounded up; 0 once admitted', () => {
    expect(estimatedWaitSeconds(0, 5)).toBe(0);
    expect(estimatedWaitSeconds(1, 5)).toBe(1);
    expect(estimatedWaitSeconds(10, 5)).toBe(2);
    expect(estimatedWaitSeconds(11, 5)).toBe(3);
    expect(estimatedWaitSeconds(3, 0.5)).toBe(6);
  });

  it('is capped, also without a rate', () => {
    expect(estimatedWaitSeconds(1_000_000, 1)).toBe(MAX_ESTIMATE_SECONDS);
    expect(estimatedWaitSeconds(3, 0)).toBe(MAX_ESTIMATE_SECONDS);
  });
});

describe('retryAfterSeconds', () => {
  it('is when a newcomer would be admitted, at least 1 second', () => {
    expect(retryAfterSeconds(0, 100)).toBe(1);
    expect(retryAfterSeconds(9, 2)).toBe(5);
  });
});
