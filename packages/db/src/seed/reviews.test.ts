import { APPOINTMENT_CODE_PATTERN } from '@talon/core/booking';
import { describe, expect, it } from 'vitest';
import { generateDirectory } from './directory';
import { SEED_PROFILES } from './profiles';
import { createRandom } from './random';
import { planReviews } from './reviews';

const NOW = new Date('2026-12-01T06:00:00Z');
const directory = generateDirectory(SEED_PROFILES.small, 1);
const reviewers = new Map(directory.clinics.map((c) => [c.regionCode, ['p1', 'p2', 'p3']]));
const plan = (max = 8) =>
  planReviews(directory, reviewers, {
    random: createRandom(1, 'reviews'),
    now: NOW,
    maxPerPractitioner: max,
  });

describe('planReviews', () => {
  it('is the same for the same seed', () => {
    expect(plan()).toEqual(plan());
  });

  it('reviews exactly the practitioners with a plan, each at most `maxPerPractitioner` times', () => {
    const planned = plan(3);
    const perPractitioner = new Map<string, number>();
    for (const r of planned) {
      const id = r.visit.slot.practitionerId;
      perPractitioner.set(id, (perPractitioner.get(id) ?? 0) + 1);
    }
    const withPlan = directory.practitioners.filter((p) => p.reviewPlan);
    expect(perPractitioner.size).toBe(withPlan.length);
    for (const p of withPlan) expect(perPractitioner.get(p.id)).toBe(Math.min(3, p.reviewPlan!.count));
  });

  it('makes past visits in distinct slots with valid unique codes and ticket numbers, reviewed after them', () => {
    const planned = plan();
    const slotKeys = new Set(
      planned.map((r) => `${r.visit.slot.practitionerRoleId}/${r.visit.slot.startsAt}`),
    );
    expect(slotKeys.size).toBe(planned.length);
    expect(new Set(planned.map((r) => r.visit.code)).size).toBe(planned.length);
    expect(new Set(planned.map((r) => r.visit.ticketNumber)).size).toBe(planned.length);
    for (const r of planned) {
      expect(r.visit.code).toMatch(APPOINTMENT_CODE_PATTERN);
      expect(Date.parse(r.visit.slot.startsAt)).toBeLessThan(NOW.getTime() - 86_400_000);
      expect(Date.parse(r.createdAt)).toBeGreaterThan(Date.parse(r.visit.slot.endsAt));
      expect(Date.parse(r.createdAt)).toBeLessThanOrEqual(NOW.getTime());
      expect(Date.parse(r.visit.bookedAt)).toBeLessThan(Date.parse(r.visit.slot.startsAt));
      expect(r.rating).toBeGreaterThanOrEqual(1);
      expect(r.rating).toBeLessThanOrEqual(5);
      expect(['p1', 'p2', 'p3']).toContain(r.visit.patientId);
      // A weekday between 09:00 and 17:00 in the clinic's zone.
      const clinic = directory.clinics.find((c) => c.id === r.visit.slot.organizationId)!;
      const local = new Intl.DateTimeFormat('en-GB', {
        timeZone: clinic.timeZone,
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(new Date(r.visit.slot.startsAt));
      expect(local).toMatch(/^(Mon|Tue|Wed|Thu|Fri) (09|1[0-6]):(00|30)$/);
    }
  });

  it('rates around each plan: over all reviews the mean is close to the planned means', () => {
    const planned = plan(200);
    const planMean = new Map(directory.practitioners.map((p) => [p.id, p.reviewPlan?.mean ?? 0]));
    const expected =
      planned.reduce((sum, r) => sum + planMean.get(r.visit.slot.practitionerId)!, 0) / planned.length;
    const actual = planned.reduce((sum, r) => sum + r.rating, 0) / planned.length;
    expect(Math.abs(actual - expected)).toBeLessThan(0.15);
  });
});
