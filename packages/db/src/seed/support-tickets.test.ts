import { describe, expect, it } from 'vitest';
import { planDemoSupportTickets } from './support-tickets';

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

describe('planDemoSupportTickets', () => {
  it('answers in about 48 h in the previous 30 days and about 12 h in the last 30', () => {
    const plan = planDemoSupportTickets();
    const earlier = plan.filter((ticket) => ticket.daysAgo >= 30 && ticket.daysAgo < 60);
    const recent = plan.filter((ticket) => ticket.daysAgo < 30);
    expect(earlier.length + recent.length).toBe(plan.length);
    expect(mean(earlier.map((ticket) => ticket.firstResponseHours))).toBeCloseTo(48, 0);
    expect(mean(recent.map((ticket) => ticket.firstResponseHours))).toBeCloseTo(12, 0);
    for (const ticket of plan) {
      expect(ticket.resolutionHours).toBeGreaterThan(ticket.firstResponseHours);
      // Resolved before the run date: history, not open work.
      expect(ticket.resolutionHours / 24).toBeLessThan(ticket.daysAgo);
    }
  });
});
