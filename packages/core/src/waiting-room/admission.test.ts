import { describe, expect, it } from 'vitest';
import { admissionsDue, nextAdmissionRate } from './admission';

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

describe('nextAdmissionRate', () => {
  const bounds = { minRate: 1, maxRate: 100 };

  it('halves every second of reported overload and grows by a fifth every quiet second', () => {
    expect(nextAdmissionRate(40, true, 1_000, bounds)).toBeCloseTo(20);
    expect(nextAdmissionRate(40, false, 1_000, bounds)).toBeCloseTo(48);
    expect(nextAdmissionRate(40, false, 250, bounds)).toBeCloseTo(40 * 1.2 ** 0.25);
  });

  it('stays within its bounds', () => {
    expect(nextAdmissionRate(1.5, true, 2_000, bounds)).toBe(1);
    expect(nextAdmissionRate(95, false, 2_000, bounds)).toBe(100);
  });
});
