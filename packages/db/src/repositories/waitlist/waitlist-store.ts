import type { SlotEventsPort } from '@talon/core/booking';
import type { WaitlistRepos, WaitlistStore } from '@talon/core/waitlist';
import { sql } from 'drizzle-orm';
import type { Database, DbExecutor } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { createBookingRepository } from '../booking/booking.repository';
import { createRecipientsRepository } from '../notifications/recipients.repository';
import { createTransactionOutbox } from '../outbox.repository';
import { outboxTransaction, type StoreOptions } from '../unit-of-work';
import { createWaitlistRepository } from './waitlist.repository';

/** As booking's: an offer waits at most this long for a slot's row lock; the next sweep tries again. */
const LOCK_TIMEOUT_MS = 2000;

/** The waitlist's repositories bound to one executor; `written` collects the outbox rows added. */
export function createWaitlistRepos(tx: DbExecutor, cipher: FieldCipher, written: string[]): WaitlistRepos {
  return {
    waitlist: createWaitlistRepository(tx),
    booking: createBookingRepository(tx, cipher),
    outbox: createTransactionOutbox(tx, cipher, written),
    recipients: createRecipientsRepository(tx),
  };
}

/** The waitlist's unit of work: its SQL, booking's slot and patient facts, and the outbox on one transaction. */
export function createWaitlistStore(
  db: Database,
  cipher: FieldCipher,
  options: StoreOptions = {},
): WaitlistStore {
  return {
    read: (work) =>
      work({ waitlist: createWaitlistRepository(db), booking: createBookingRepository(db, cipher) }),
    transaction: outboxTransaction(db, options, async (tx, written) => {
      await tx.execute(sql.raw(`set local lock_timeout = '${LOCK_TIMEOUT_MS}ms'`));
      return createWaitlistRepos(tx, cipher, written);
    }),
  };
}

/** How a booking transaction tells the waitlist of slots it freed or booked (wired in the API's services). */
export type SlotEventsFactory = (repos: WaitlistRepos) => SlotEventsPort;
