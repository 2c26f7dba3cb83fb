import { describe, expect, it } from 'vitest';
import { DEFAULT_BOOKING_POLICY, type PatientBookingFacts, type SlotFacts } from '../booking';
import { DomainError } from '../shared';
import { freeSlotFacts } from '../testing';
import { checkWindow } from './join-waitlist';
import { offerSlotToWaitlist } from './offer-slot';
import type { WaitlistRepos } from './waitlist.ports';
import { DEFAULT_WAITLIST_POLICY, type WaitlistCandidate, type WaitlistOfferPolicy } from './waitlist.types';
import { byWaitingOrder, entryMatchesSlot, isSlotOfferable } from './waitlist-matching';

const NOW = new Date('2026-11-30T06:00:00Z'); // 09:00 in Moscow
const hours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);
const policy: WaitlistOfferPolicy = { booking: DEFAULT_BOOKING_POLICY, waitlist: DEFAULT_WAITLIST_POLICY };

const slot = (overrides: Partial<SlotFacts> = {}): SlotFacts => freeSlotFacts(NOW, overrides);

let sequence = 0;
const candidate = (overrides: Partial<WaitlistCandidate> = {}): WaitlistCandidate => ({
  id: `e${++sequence}`,
  patientId: `p${sequence}`,
  specialtyCode: 'ophthalmologist',
  practitionerId: null,
  organizationId: null,
  dateFrom: '2026-11-30',
  dateTo: '2026-12-05',
  createdAt: hours(-10 + sequence),
  createdByAccountId: null,
  patientBirthDate: '1980-01-01',
  patientRegionCode: '77',
  ...overrides,
});

const facts = (overrides: Partial<PatientBookingFacts> = {}): PatientBookingFacts => ({
  id: 'p',
  attachedOrganizationId: null,
  privilegedCategory: null,
  noShowStarts: [],
  activeInSpecialty: 0,
  ...overrides,
});

type Waiting = WaitlistCandidate & { facts: PatientBookingFacts | null };

/**
 * Runs the real offer walk over repositories held in memory: the candidates as the query returns them, each
 * patient's booking facts, and `createOffer` answering `conflict` for the entries listed. The id of the
 * entry offered the slot, or null.
 */
async function pick(
  candidates: Waiting[],
  s = slot(),
  options: { ageGroup?: 'any' | 'adult' | 'child'; conflicts?: string[] } = {},
) {
  const byPatient = new Map(candidates.map((c) => [c.patientId, c.facts]));
  const repos = {
    waitlist: {
      lockSlot: async () => {},
      specialtyAgeGroup: async () => options.ageGroup ?? 'any',
      waitingCandidates: async () => candidates,
      createOffer: async (offer: { entryId: string }) =>
        options.conflicts?.includes(offer.entryId) ? 'conflict' : { id: `o-${offer.entryId}` },
      // No summary: the offer's messages are left out, as for a slot removed meanwhile.
      offerSlotSummary: async () => null,
    },
    booking: {
      findSlot: async () => s,
      patientFacts: async (patientId: string) => byPatient.get(patientId) ?? null,
    },
  } as unknown as WaitlistRepos;
  const offered = await offerSlotToWaitlist(repos, policy, { slotId: s.id, now: NOW });
  return offered && { id: offered.entryId };
}

describe('entryMatchesSlot', () => {
  it('matches the specialty, the named practitioner or clinic and the clinic-local day of the window', () => {
    expect(entryMatchesSlot(candidate(), slot())).toBe(true);
    expect(entryMatchesSlot(candidate({ specialtyCode: 'dentist-therapist' }), slot())).toBe(false);
    expect(entryMatchesSlot(candidate({ practitionerId: 'pr2' }), slot())).toBe(false);
    expect(entryMatchesSlot(candidate({ practitionerId: 'pr1' }), slot())).toBe(true);
    expect(entryMatchesSlot(candidate({ organizationId: 'org2' }), slot())).toBe(false);
    expect(entryMatchesSlot(candidate({ dateFrom: '2026-12-02' }), slot())).toBe(false);
  });

  it('counts the day in the clinic’s zone: 23:30 UTC is the next day in Kamchatka', () => {
    const late = slot({
      startsAt: new Date('2026-12-05T23:30:00Z'),
      organization: { ...slot().organization, timeZone: 'Asia/Kamchatka' },
    });
    expect(entryMatchesSlot(candidate({ dateTo: '2026-12-05' }), late)).toBe(false);
    expect(entryMatchesSlot(candidate({ dateTo: '2026-12-06' }), late)).toBe(true);
  });

  it('an entry naming no practitioner or clinic waits in the patient’s own region only', () => {
    expect(entryMatchesSlot(candidate({ patientRegionCode: '39' }), slot())).toBe(false);
    expect(entryMatchesSlot(candidate({ patientRegionCode: '39', organizationId: 'org1' }), slot())).toBe(
      true,
    );
  });
});

describe('offerSlotToWaitlist', () => {
  it('offers to the oldest entry first (FIFO), whatever order they come in', async () => {
    const first = candidate({ createdAt: hours(-5) });
    const second = candidate({ createdAt: hours(-3) });
    expect(
      (
        await pick([
          { ...second, facts: facts() },
          { ...first, facts: facts() },
        ])
      )?.id,
    ).toBe(first.id);
    const tie = [candidate({ id: 'b', createdAt: hours(-1) }), candidate({ id: 'a', createdAt: hours(-1) })];
    expect([...tie].sort(byWaitingOrder).map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('skips entries not matching the slot, and one another process offered something meanwhile', async () => {
    const other = candidate({ createdAt: hours(-9), practitionerId: 'pr9' });
    const busyElsewhere = candidate({ createdAt: hours(-8) });
    const next = candidate({ createdAt: hours(-1) });
    const chosen = await pick(
      [other, busyElsewhere, next].map((c) => ({ ...c, facts: facts() })),
      slot(),
      { conflicts: [busyElsewhere.id] },
    );
    expect(chosen?.id).toBe(next.id);
  });

  it('skips a patient the booking rules would refuse: an active visit of the specialty, a no-show suspension', async () => {
    const busy = candidate({ createdAt: hours(-9) });
    const suspended = candidate({ createdAt: hours(-8) });
    const free = candidate({ createdAt: hours(-7) });
    const chosen = await pick([
      { ...busy, facts: facts({ activeInSpecialty: 1 }) },
      { ...suspended, facts: facts({ noShowStarts: [hours(-48), hours(-24)] }) },
      { ...free, facts: facts() },
    ]);
    expect(chosen?.id).toBe(free.id);
  });

  it('respects the age group on the visit day and a needed referral does not block the offer', async () => {
    const child = candidate({ patientBirthDate: '2015-06-01' });
    const adult = candidate({ patientBirthDate: '1990-06-01', createdAt: hours(0) });
    const referral = slot({
      specialty: { selfBooking: true, referralRequired: true, attachmentRequired: false },
    });
    const chosen = await pick(
      [
        { ...child, facts: facts() },
        { ...adult, facts: facts() },
      ],
      referral,
      { ageGroup: 'adult' },
    );
    expect(chosen?.id).toBe(adult.id);
  });

  it('is null when nobody fits: the slot returns to everyone', async () => {
    expect(await pick([{ ...candidate({ practitionerId: 'pr9' }), facts: facts() }])).toBeNull();
    expect(await pick([{ ...candidate(), facts: null }])).toBeNull();
    expect(await pick([])).toBeNull();
  });
});

describe('isSlotOfferable', () => {
  it('only a free slot bookable online now, not under someone else’s live hold', () => {
    expect(isSlotOfferable(slot(), NOW)).toBe(true);
    expect(isSlotOfferable(slot({ status: 'booked' }), NOW)).toBe(false);
    expect(isSlotOfferable(slot({ channels: ['registry'] }), NOW)).toBe(false);
    expect(isSlotOfferable(slot({ startsAt: hours(0.5) }), NOW)).toBe(false);
    const held = slot({ heldByPatientId: 'p1', heldUntil: hours(0.1) });
    expect(isSlotOfferable(held, NOW)).toBe(false);
    // The expiring offeree's hold is handed on to the next patient.
    expect(isSlotOfferable(held, NOW, 'p1')).toBe(true);
    expect(isSlotOfferable(slot({ heldByPatientId: 'p1', heldUntil: hours(-0.1) }), NOW)).toBe(true);
  });
});

describe('checkWindow', () => {
  const codeOf = (from: string, to: string) => {
    try {
      checkWindow(from, to, NOW, 30);
      return null;
    } catch (error) {
      return error instanceof DomainError ? `${error.code} ${error.options.field}` : 'other';
    }
  };

  it('wants from ≤ to, not in the past, and at most 30 days ahead', () => {
    expect(codeOf('2026-11-30', '2026-12-30')).toBeNull();
    expect(codeOf('2026-12-05', '2026-12-01')).toBe('WAITLIST_WINDOW_INVALID body.to');
    expect(codeOf('2026-11-28', '2026-12-01')).toBe('WAITLIST_WINDOW_IN_PAST body.from');
    expect(codeOf('2026-12-01', '2027-01-05')).toBe('WAITLIST_WINDOW_TOO_LONG body.to');
  });
});
