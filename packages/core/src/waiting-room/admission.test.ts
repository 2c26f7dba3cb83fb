import { describe, expect, it } from 'vitest';
import { admissionsDue, nextAdmissionRate, smoothedCompletions } from './admission';

describe('admissionsDue', () => {
  it('admits the rate times the time since the last pass, carrying the fraction', () => {
    expect(admissionsDue(10, 500, 0)).toEqual({ count: 5, carry: 0 });
    const first = admissionsDue(2.5, 1_000, 0);
    expect(first.count).toBe(2);
    expect(first.carry).toBeCloseTo(0.5);
    expect(admissionsDue(2.5, 1_000, first.carry).count).toBe(3);
  });

  it('admits a slow rate eventually: fractions add up over passes', () => {
    let carry = 0;
    let admitted = 0;
    for (let pass = 0; pass < 40; pass++) {
      const due = admissionsDue(1, 250, carry);
      admitted += due.count;
      carry = due.carry;
    }
    expect(admitted).toBe(10);
  });

  it('admits one second’s worth on a first pass and no burst after a long pause', () => {
    expect(admissionsDue(20, null, 0).count).toBe(20);
    expect(admissionsDue(20, 60_000, 0).count).toBe(40);
    expect(admissionsDue(20, -5_000, 0).count).toBe(0);
  });
});

describe('smoothedCompletions', () => {
  it('moves toward the observed completions with a 2-second time constant', () => {
    expect(smoothedCompletions(0, 100, 1_000)).toBeCloseTo(100 * (1 - Math.exp(-0.5)));
    let perSecond = 0;
    for (let pass = 0; pass < 80; pass++) perSecond = smoothedCompletions(perSecond, 10, 250);
    expect(perSecond).toBeCloseTo(40, 1);
  });

  it('keeps the figure when no time passed, and counts nothing negative', () => {
    expect(smoothedCompletions(30, 5, 0)).toBe(30);
    expect(smoothedCompletions(30, -5, 1_000)).toBeLessThan(30);
  });
});

describe('nextAdmissionRate', () => {
  const bounds = { minRate: 1, maxRate: 500 };
  const signals = {
    current: 40,
    elapsedMs: 1_000,
    isOverloaded: false,
    completedPerSecond: 40,
    initialRate: 20,
  };

  it('falls by a quarter a second past the ceiling, yet not below 90 % of the measured completions', () => {
    expect(nextAdmissionRate({ ...signals, isOverloaded: true, completedPerSecond: 0 }, bounds)).toBeCloseTo(
      30,
    );
    expect(nextAdmissionRate({ ...signals, isOverloaded: true, completedPerSecond: 40 }, bounds)).toBeCloseTo(
      36,
    );
    // A long overload (the old law halved to the minimum) holds at what the booking path completes.
    let rate = 100;
    for (let pass = 0; pass < 120; pass++)
      rate = nextAdmissionRate({ ...signals, current: rate, elapsedMs: 250, isOverloaded: true }, bounds);
    expect(rate).toBeCloseTo(36);
  });

  it('never rises while overloaded, even when completions exceed the rate (an earlier backlog)', () => {
    expect(nextAdmissionRate({ ...signals, current: 10, isOverloaded: true }, bounds)).toBe(10);
  });

  it('grows by a fifth a second under the ceiling, up to 1.5 × the completions or the starting rate', () => {
    expect(nextAdmissionRate(signals, bounds)).toBeCloseTo(48);
    expect(nextAdmissionRate({ ...signals, elapsedMs: 250 }, bounds)).toBeCloseTo(40 * 1.2 ** 0.25);
    expect(nextAdmissionRate({ ...signals, current: 58 }, bounds)).toBeCloseTo(60);
    // Nothing measured yet: up to the starting rate.
    expect(nextAdmissionRate({ ...signals, current: 10, completedPerSecond: 0 }, bounds)).toBeCloseTo(12);
    expect(nextAdmissionRate({ ...signals, current: 19, completedPerSecond: 0 }, bounds)).toBe(20);
  });

  it('comes down to the cap when completions fall (admitted visitors stopped coming)', () => {
    expect(nextAdmissionRate({ ...signals, current: 200, completedPerSecond: 40 }, bounds)).toBeCloseTo(60);
  });

  it('stays within its bounds', () => {
    expect(
      nextAdmissionRate({ ...signals, current: 1.1, isOverloaded: true, completedPerSecond: 0 }, bounds),
    ).toBe(1);
    expect(nextAdmissionRate({ ...signals, current: 480, completedPerSecond: 1_000 }, bounds)).toBe(500);
  });
});
