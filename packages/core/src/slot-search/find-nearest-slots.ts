import { buildSlotQuery, presentSlot, type SlotSearchCaller, type SlotSearchDeps } from './slot-query';
import type { NearestSlot, PageRequest, SlotPage, SlotSearchInput } from './slot-search.types';

/**
 * For a doctor list: every practitioner role of a specialty in a region (or of a clinic) with the first
 * free slot the caller may book, soonest first; roles with nothing free in the window come last with
 * `slot: null`, so the list can say "no free slots" rather than hide the doctor.
 */
export async function findNearestSlots(
  deps: SlotSearchDeps,
  caller: SlotSearchCaller,
  input: Omit<SlotSearchInput, 'practitioner'> & PageRequest,
): Promise<SlotPage<NearestSlot>> {
  const page = { page: input.page, pageSize: input.pageSize };
  const query = await buildSlotQuery(deps, caller, input, 'roles');
  if (!query) return { items: [], total: 0, ...page };
  const found = await deps.slots.nearestFree(query, page);
  return {
    ...found,
    items: found.items.map((item) => ({ ...item, slot: item.slot ? presentSlot(item.slot) : null })),
  };
}
