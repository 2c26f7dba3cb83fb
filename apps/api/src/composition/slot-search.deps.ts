import { type AccessDeps, authorizePatient } from '@talon/core/access';
import type { SlotSearchDeps } from '@talon/core/slot-search';
import { createSlotSearchRepository } from '@talon/db';
import type { Infrastructure } from './infrastructure';

export const slotSearchDeps = (
  { db, clock, freeSlotPages }: Infrastructure,
  access: AccessDeps,
): SlotSearchDeps => ({
  slots: freeSlotPages ? freeSlotPages.wrap(createSlotSearchRepository(db)) : createSlotSearchRepository(db),
  clock,
  // Searching for someone else (a ward; the registry for a patient) asks the access policy, purpose `book`.
  authorizeBooking: (principal, patientId, origin) =>
    authorizePatient(access, principal, patientId, 'book', origin),
});
