import { describe, expect, it } from 'vitest';
import { adultFrom, fitsAgeGroup } from './age-group';
import { bookingWindow, isInsideBookingWindow } from './booking-window';
import {
  channelFor,
  isSlotOffered,
  type SearchAudience,
  type SlotFacts,
  seesPriorityQuota,
} from './slot-visibility';

const policy = { horizonDays: 14, minNoticeMinutes: 60 };
const now = new Date('2026-11-30T10:00:00Z');

const slot = (overrides: Partial<SlotFacts> = {}): SlotFacts => ({
  startsAt: new Date('2026-12-01T09:00:00Z'),
  status: 'free',
  channels: ['internet', 'registry'],
  isPriority: false,
  priorityReleasedAt: null,
  heldByPatientId: null,
  heldUntil: null,
  ageGroup: 'any',
  timeZone: 'Europe/Moscow',
  policy,
  ...overrides,
});
const visitor: SearchAudience = {
  channel: 'internet',
  seesPriority: false,
  holderIds: [],
  birthDate: null,
};

describe('minimum notice and horizon (docs/domain.md rule 4)', () => {
  it('offers nothing in the past or inside the minimum notice', () => {
    const zone = 'Europe/Moscow';
    expect(isInsideBookingWindow(new Date('2026-11-30T09:59:00Z'), now, policy, zone)).toBe(false);
    expect(isInsideBookingWindow(new Date('2026-11-30T10:59:00Z'), now, policy, zone)).toBe(false);
    expect(isInsideBookingWindow(new Date('2026-11-30T11:00:00Z'), now, policy, zone)).toBe(true);
  });

  it('ends the horizon at the clinic-local midnight after today + horizon days', () => {
    // Now is 30 November 13:00 in Moscow: the last bookable day is 14 December, local.
    const { latest } = bookingWindow(now, policy, 'Europe/Moscow');
    expect(latest.toISOString()).toBe('2026-12-14T21:00:00.000Z');
    expect(isInsideBookingWindow(new Date('2026-12-14T20:30:00Z'), now, policy, 'Europe/Moscow')).toBe(true);
    expect(isInsideBookingWindow(new Date('2026-12-14T21:00:00Z'), now, policy, 'Europe/Moscow')).toBe(false);
  });

  it('counts the horizon in Kamchatka days, which start 12 hours before UTC days', () => {
    // 30 November 13:00 UTC is already 1 December 01:00 in Kamchatka: day 0 is 1 December there.
    const late = new Date('2026-11-30T13:00:00Z');
    const { latest } = bookingWindow(late, { horizonDays: 1, minNoticeMinutes: 0 }, 'Asia/Kamchatka');
    expect(latest.toISOString()).toBe('2026-12-02T12:00:00.000Z');
  });

  it('a slot leaves the notice window as the clock moves', () => {
    const start = new Date('2026-12-01T09:00:00Z');
    expect(isSlotOffered(slot({ startsAt: start }), visitor, now)).toBe(true);
    expect(isSlotOffered(slot({ startsAt: start }), visitor, new Date('2026-12-01T08:01:00Z'))).toBe(false);
  });
});

describe('channel and priority quota (docs/domain.md rules 5 and 9)', () => {
  it('books patients and visitors through the internet, the front desk through the registry', () => {
    expect(channelFor([])).toBe('internet');
    expect(channelFor([{ role: 'patient', organizationId: null }])).toBe('internet');
    expect(channelFor([{ role: 'registrar', organizationId: 'o' }])).toBe('registry');
    expect(channelFor([{ role: 'doctor', organizationId: 'o' }])).toBe('doctor');
  });

  it('hides slots of other channels', () => {
    expect(isSlotOffered(slot({ channels: ['registry'] }), visitor, now)).toBe(false);
    expect(isSlotOffered(slot({ channels: ['registry'] }), { ...visitor, channel: 'registry' }, now)).toBe(
      true,
    );
  });

  it('shows unreleased priority slots only to privileged patients and staff', () => {
    const reserved = slot({ isPriority: true, priorityReleasedAt: new Date('2026-11-30T12:00:00Z') });
    expect(isSlotOffered(reserved, visitor, now)).toBe(false);
    expect(isSlotOffered(reserved, { ...visitor, seesPriority: true }, now)).toBe(true);
    expect(seesPriorityQuota([{ role: 'patient', organizationId: null }], true)).toBe(true);
    expect(seesPriorityQuota([{ role: 'patient', organizationId: null }], false)).toBe(false);
    expect(seesPriorityQuota([{ role: 'registrar', organizationId: 'o' }], false)).toBe(true);
  });

  it('releases priority slots to everyone at the cut-off; without a cut-off they stay reserved', () => {
    const reserved = slot({ isPriority: true, priorityReleasedAt: new Date('2026-11-30T12:00:00Z') });
    expect(isSlotOffered(reserved, visitor, new Date('2026-11-30T12:00:00Z'))).toBe(true);
    expect(isSlotOffered(slot({ isPriority: true }), visitor, now)).toBe(false);
  });

  it('hides a slot held by someone else until the hold ends, but not from its holder', () => {
    const held = slot({ heldByPatientId: 'p1', heldUntil: new Date('2026-11-30T10:05:00Z') });
    expect(isSlotOffered(held, visitor, now)).toBe(false);
    expect(isSlotOffered(held, { ...visitor, holderIds: ['p1'] }, now)).toBe(true);
    expect(isSlotOffered(held, visitor, new Date('2026-11-30T10:05:00Z'))).toBe(true);
  });

  it('never offers booked or blocked slots', () => {
    expect(isSlotOffered(slot({ status: 'booked' }), visitor, now)).toBe(false);
    expect(isSlotOffered(slot({ status: 'blocked' }), visitor, now)).toBe(false);
  });
});

describe('age groups', () => {
  it('becomes adult on the 18th birthday; 29 February falls on 1 March', () => {
    expect(adultFrom('2008-12-05')).toBe('2026-12-05');
    expect(adultFrom('2008-02-29')).toBe('2026-03-01');
  });

  it('judges the age on the visit day, not the search day', () => {
    expect(fitsAgeGroup('child', '2008-12-05', '2026-12-04')).toBe(true);
    expect(fitsAgeGroup('child', '2008-12-05', '2026-12-05')).toBe(false);
    expect(fitsAgeGroup('adult', '2008-12-05', '2026-12-05')).toBe(true);
    expect(fitsAgeGroup('any', '2020-01-01', '2026-12-05')).toBe(true);
  });

  it('hides paediatric slots from an adult and adult slots from a child, when the age is known', () => {
    const adult = { ...visitor, birthDate: '1985-03-05' };
    const child = { ...visitor, birthDate: '2018-06-01' };
    expect(isSlotOffered(slot({ ageGroup: 'child' }), adult, now)).toBe(false);
    expect(isSlotOffered(slot({ ageGroup: 'adult' }), child, now)).toBe(false);
    expect(isSlotOffered(slot({ ageGroup: 'adult' }), visitor, now)).toBe(true);
  });
});
