import { countFreeSlotsByDay } from './count-free-slots-by-day';
import { findNearestSlots } from './find-nearest-slots';
import { searchFreeSlots } from './search-free-slots';

/**
 * Free slots: the list, per-day counts and each doctor's nearest, over `SlotSearchDeps`. Open to anyone; a
 * signed-in principal sees what they may book.
 */
export const slotSearchUseCases = {
  search: searchFreeSlots,
  calendar: countFreeSlotsByDay,
  nearest: findNearestSlots,
};
