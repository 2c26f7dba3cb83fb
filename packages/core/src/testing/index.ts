import type { SlotFacts } from '../booking';

/**
 * Test data shared by the tests of more than one core module (tests only: no module of core imports it).
 */

const hoursAfter = (now: Date, hours: number) => new Date(now.getTime() + hours * 3_600_000);

/**
 * A free half-hour ophthalmologist's slot a day after `now`, open to booking on the internet and at the
 * registry, at a Moscow clinic with the usual horizon, notice and cancellation window.
 */
export const freeSlotFacts = (now: Date, overrides: Partial<SlotFacts> = {}): SlotFacts => ({
  id: 's1',
  status: 'free',
  heldByPatientId: null,
  heldUntil: null,
  startsAt: hoursAfter(now, 24),
  endsAt: hoursAfter(now, 24.5),
  channels: ['internet', 'registry'],
  isPriority: false,
  priorityReleasedAt: null,
  specialtyCode: 'ophthalmologist',
  regionCode: '77',
  organizationId: 'org1',
  practitionerId: 'pr1',
  visitType: 'in_person',
  organization: {
    shortName: 'ГП № 14',
    timeZone: 'Europe/Moscow',
    bookingHorizonDays: 14,
    minNoticeMinutes: 60,
    cancellationWindowHours: 24,
  },
  specialty: { selfBooking: true, referralRequired: false, attachmentRequired: false },
  ...overrides,
});
