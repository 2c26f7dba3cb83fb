import { buildSlotQuery, presentSlot, type SlotSearchCaller, type SlotSearchDeps } from './slot-query';
import type { FreeSlot, FreeSlotPage, PageRequest, SlotSearchInput } from './slot-search.types';

/**
 * The free slots the caller may book (channel, priority quota, age group, holds, each clinic's notice and
 * horizon), by start time, a page at a time (issue 4, item 2).
 */
export async function searchFreeSlots(
  deps: SlotSearchDeps,
  caller: SlotSearchCaller,
  input: SlotSearchInput & PageRequest,
): Promise<FreeSlotPage<FreeSlot>> {
  const page = { page: input.page, pageSize: input.pageSize };
  const query = await buildSlotQuery(deps, caller, input, 'slots');
  if (!query) return { items: [], total: 0, totalIsCapped: false, ...page };
  const found = await deps.slots.searchFree(query, page);
  return { ...found, items: found.items.map(presentSlot) };
}
