import { describe, expect, it } from 'vitest';
import { freeSlotFacts } from '../testing';
import type { BookingRepos, BookingStore } from './booking.ports';
import type { BookingActor } from './booking-deps';
import { inSlotTransaction } from './slot-taken';

const NOW = new Date('2026-12-07T05:00:00Z');
const actor: BookingActor = {
  patientId: 'p1',
  channel: 'internet',
  bookedByKind: 'patient',
  basis: 'self',
  view: 'booking',
  holderIds: ['p1'],
  isRegistrar: false,
};

/** A store that records the order of its calls; the transaction's repos are never looked at here. */
function recordingStore() {
  const calls: string[] = [];
  const store: BookingStore = {
    read: async () => {
      throw new Error('no refusal expected');
    },
    nextTicketSequence: async (organizationId, localDay) => {
      calls.push(`ticket ${organizationId} ${localDay}`);
      return 42;
    },
    transaction: async (work) => {
      calls.push('begin');
      const result = await work({} as BookingRepos);
      calls.push('commit');
      return result;
    },
  };
  return { store, calls };
}

describe('inSlotTransaction: the ticket number (issue 16, ticket_counters)', () => {
  it('is taken before the booking transaction, for the clinic-local day of the slot, and handed to the work', async () => {
    const { store, calls } = recordingStore();
    // 22:30 UTC on the 7th is already the 8th in Moscow: the clinic's day counts.
    const slot = freeSlotFacts(NOW, { startsAt: new Date('2026-12-07T22:30:00Z') });
    const seen = await inSlotTransaction(
      store,
      { slot, actor, now: NOW, canOverride: false, numbersTicket: true },
      async (_repos, _slot, ticketSequence) => {
        calls.push(`work ${ticketSequence}`);
        return ticketSequence;
      },
    );
    expect(seen).toBe(42);
    // Taken first and committed on its own: the counter row is not held while the booking runs.
    expect(calls).toEqual(['ticket org1 2026-12-08', 'begin', 'work 42', 'commit']);
  });

  it('is not taken for work that places no appointment (a hold), nor when the lock-free checks refuse', async () => {
    const { store, calls } = recordingStore();
    const slot = freeSlotFacts(NOW);
    await inSlotTransaction(
      store,
      { slot, actor, now: NOW, canOverride: false },
      async (_r, _s, sequence) => {
        calls.push(`work ${sequence}`);
      },
    );
    expect(calls).toEqual(['begin', 'work null', 'commit']);
    calls.length = 0;
    const booked = freeSlotFacts(NOW, { status: 'booked' });
    await expect(
      inSlotTransaction(
        { ...store, read: async () => new Error('SLOT_TAKEN with alternatives') as never },
        { slot: booked, actor, now: NOW, canOverride: false, numbersTicket: true },
        async () => undefined,
      ),
    ).rejects.toThrow();
    expect(calls).toEqual([]);
  });
});
