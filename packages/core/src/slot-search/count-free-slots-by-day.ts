import { buildSlotQuery, type SlotSearchCaller, type SlotSearchDeps } from './slot-query';
import type { DayCount, SlotSearchInput } from './slot-search.types';

/**
 * Free slots per clinic-local day for a calendar: the same slots `searchFreeSlots` offers the caller,
 * counted by the date they start on in their clinic's zone. Days without free slots are left out.
 */
export async function countFreeSlotsByDay(
  deps: SlotSearchDeps,
  caller: SlotSearchCaller,
  input: SlotSearchInput,
): Promise<{ days: DayCount[] }> {
  const query = await buildSlotQuery(deps, caller, input, 'slots');
  return { days: query ? await deps.slots.countFreeByDay(query) : [] };
}
