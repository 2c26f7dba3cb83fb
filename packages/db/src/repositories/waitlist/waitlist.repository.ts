import type { WaitlistRepository } from '@talon/core/waitlist';
import type { DbExecutor } from '../../client';
import { createWaitlistEntries } from './waitlist-entries';
import { createWaitlistOffers } from './waitlist-offers';

/**
 * The waitlist's SQL. Offers are guarded by the unique indexes of `waitlist_offers` (one open offer per
 * slot and per entry, a slot never offered to an entry twice) and made under the slot's row lock, which
 * booking's conditional UPDATE takes too; the offer's exclusivity is the slot's hold (`held_by_patient_id`).
 */
export function createWaitlistRepository(db: DbExecutor): WaitlistRepository {
  return { ...createWaitlistEntries(db), ...createWaitlistOffers(db) };
}
