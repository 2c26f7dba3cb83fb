import { describe, expect, it } from 'vitest';
import { hasLiveTicket, isReschedulable, rescheduleHref } from './visit-actions';

const visit = {
  id: '11111111-1111-4111-8111-111111111111',
  status: 'booked' as const,
  slot: {
    id: '22222222-2222-4222-8222-222222222222',
    start: '2026-12-07T09:00:00+03:00',
    end: '2026-12-07T09:15:00+03:00',
    timeZone: 'Europe/Moscow',
  },
  practitioner: { id: '33333333-3333-4333-8333-333333333333', name: 'Журавлёв Егор Кириллович' },
  organization: { id: '44444444-4444-4444-8444-444444444444', name: 'ГП 14', address: 'Москва' },
  specialty: { code: 'ophthalmologist', name: 'Офтальмолог' },
};
const before = new Date('2026-12-07T05:59:00Z');
const after = new Date('2026-12-07T06:00:00Z');

describe('visit actions', () => {
  it('moves a booked or confirmed visit that has not started', () => {
    expect(isReschedulable(visit, before)).toBe(true);
    expect(isReschedulable({ ...visit, status: 'confirmed' }, before)).toBe(true);
    expect(isReschedulable(visit, after)).toBe(false);
    expect(isReschedulable({ ...visit, status: 'arrived' }, before)).toBe(false);
    expect(isReschedulable({ ...visit, status: 'rescheduled' }, before)).toBe(false);
  });

  it('opens the time choice of the same doctor, clinic and specialty in the moving mode', () => {
    const href = rescheduleHref(visit);
    const params = new URLSearchParams(href.slice(href.indexOf('?')));
    expect(href.startsWith('/book?')).toBe(true);
    expect(Object.fromEntries(params)).toEqual({
      practitioner: visit.practitioner.id,
      organization: visit.organization.id,
      specialty: 'ophthalmologist',
      reschedule: visit.id,
    });
  });

  it('shows the ticket only of a visit ahead', () => {
    expect(hasLiveTicket({ status: 'confirmed' })).toBe(true);
    expect(hasLiveTicket({ status: 'arrived' })).toBe(true);
    expect(hasLiveTicket({ status: 'fulfilled' })).toBe(false);
    expect(hasLiveTicket({ status: 'cancelled_by_clinic' })).toBe(false);
  });
});
