import type { BookingStore } from '@talon/core/booking';
import { DomainError } from '@talon/core/shared';
import { sql } from 'drizzle-orm';
import type { Database } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { createAuditRepository } from '../audit.repository';
import { createRecipientsRepository } from '../notifications/recipients.repository';
import { createTransactionOutbox } from '../outbox.repository';
import { outboxTransaction, type StoreOptions } from '../unit-of-work';
import { createWaitlistRepository } from '../waitlist/waitlist.repository';
import type { SlotEventsFactory } from '../waitlist/waitlist-store';
import { createBookingRepository } from './booking.repository';
import { sharedAlternatives } from './shared-alternatives';

/**
 * How long a booking statement may wait for a row lock. The hot-slot losers wait only for the winner's
 * short transaction; anything longer means the row is stuck behind something else, and the caller is
 * better told at once (docs/domain.md rule 1: losers get 409 quickly, no long lock waits).
 */
const LOCK_TIMEOUT_MS = 2000;
/** lock_not_available, deadlock_detected, serialization_failure. */
const LOCK_CONFLICTS = new Set(['55P03', '40P01', '40001']);

const sqlStateOf = (error: unknown): string | undefined => {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
};

/** Booking's unit of work: the booking SQL, the audit log and the outbox on one transaction. */
export function createBookingStore(
  db: Database,
  cipher: FieldCipher,
  options: StoreOptions & { slotEvents?: SlotEventsFactory } = {},
): BookingStore {
  const inTransaction = outboxTransaction(db, options, async (tx, written) => {
    await tx.execute(sql.raw(`set local lock_timeout = '${LOCK_TIMEOUT_MS}ms'`));
    const outbox = createTransactionOutbox(tx, cipher, written);
    const booking = createBookingRepository(tx, cipher);
    const recipients = createRecipientsRepository(tx);
    return {
      booking,
      audit: createAuditRepository(tx),
      outbox,
      recipients,
      // The waitlist hears of freed and booked slots on this very transaction (docs/domain.md rule 6).
      slotEvents: options.slotEvents?.({
        booking,
        outbox,
        recipients,
        waitlist: createWaitlistRepository(tx),
      }),
    };
  });
  // Refusals read their alternatives outside the transaction: those reads share one query per slot a second.
  const share = sharedAlternatives();
  return {
    read: (work) => {
      const booking = createBookingRepository(db, cipher);
      return work({ booking: { ...booking, alternatives: share(booking.alternatives) } });
    },
    // Outside the booking transaction, on a connection of its own for one statement (BookingStore).
    nextTicketSequence: (organizationId, localDay) =>
      createBookingRepository(db, cipher).nextTicketSequence(organizationId, localDay),
    async transaction(work, settings = {}) {
      try {
        return await inTransaction(work);
      } catch (error) {
        const state = sqlStateOf(error);
        if (settings.onLockConflict && state && LOCK_CONFLICTS.has(state)) {
          throw new DomainError(settings.onLockConflict);
        }
        throw error;
      }
    },
  };
}
