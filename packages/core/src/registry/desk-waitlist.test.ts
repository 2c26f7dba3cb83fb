import { describe, expect, it } from 'vitest';
import type { WaitlistEntryView } from '../waitlist';
import { deskWaitlist } from './desk-waitlist';

const entry = (
  organizationId: string | null,
  status: WaitlistEntryView['status'] = 'waiting',
): WaitlistEntryView => ({
  id: `entry-${organizationId}-${status}`,
  patientId: 'patient',
  specialty: { code: 'ophthalmologist', name: 'Офтальмолог' },
  practitioner: null,
  organization: organizationId ? { id: organizationId, name: organizationId } : null,
  dateFrom: '2026-12-02',
  dateTo: '2026-12-09',
  reason: 'no_free_slots',
  status,
  appointmentId: null,
  createdAt: new Date('2026-12-01T06:00:00Z'),
  offer: null,
});
const regions = new Map([
  ['own', '77'],
  ['other', '77'],
  ['far', '39'],
]);
const flags = (entries: ReturnType<typeof deskWaitlist>) =>
  entries.map(({ isAtDesk, isRemovable }) => [isAtDesk, isRemovable]);

describe('deskWaitlist (docs/registry.md)', () => {
  it('lets a registrar remove waiting and offered entries at their clinic only; others are read-only', () => {
    const scope = { organizationIds: ['own'], regionCodes: [] };
    const entries = [
      entry('own'),
      entry('own', 'offered'),
      entry('own', 'fulfilled'),
      entry('other'),
      entry(null),
    ];
    expect(flags(deskWaitlist(entries, scope, regions))).toEqual([
      [true, true],
      [true, true],
      [true, false],
      [false, false],
      [false, false],
    ]);
  });

  it('lets a call-centre operator remove entries at any clinic of their region, not elsewhere', () => {
    const scope = { organizationIds: [], regionCodes: ['77'] };
    expect(flags(deskWaitlist([entry('other'), entry('far'), entry('gone')], scope, regions))).toEqual([
      [true, true],
      [false, false],
      [false, false],
    ]);
  });

  it('marks nothing removable without a registry scope', () => {
    expect(flags(deskWaitlist([entry('own')], null, regions))).toEqual([[false, false]]);
  });
});
