import { describe, expect, it } from 'vitest';
import { experienceYears } from './experience-years';

describe('experienceYears', () => {
  it('counts full calendar years', () => {
    expect(experienceYears('2010-09-01', new Date('2025-09-01T00:00:00Z'))).toBe(15);
    expect(experienceYears('2010-09-01', new Date('2025-08-31T23:59:59Z'))).toBe(14);
  });

  it('never goes below zero for a start date in the future', () => {
    expect(experienceYears('2030-01-01', new Date('2025-01-01T00:00:00Z'))).toBe(0);
  });
});
