import type { Clock } from '../shared';
import type { SlotSearchRepository } from './slot-search.repository';
import type { FreeSlotPage, FreeSlotRecord, PageRequest, SlotQuery } from './slot-search.types';

/** A slot became bookable or stopped being bookable (the database's slot event, as the cache needs it). */
export interface SlotAvailabilityChange {
  slotId: string;
  regionCode: string;
  specialtyCode: string;
  organizationId: string;
  practitionerId: string;
  available: boolean;
}

export interface FreeSlotPageCacheOptions {
  /** How long a page may be served again: pages belong to a window of this length and die with it. */
  windowMs: number;
  /** Pages kept per window at most; past it a search goes to the database uncached. */
  maxEntries: number;
  clock: Clock;
}

/**
 * Pages of the free-slot list, shared for a short window (issue 16: at 8:00 a city runs the same few
 * searches hundreds of times a second; each costs two statements and ~1.5 ms of the database).
 *
 * - **Windowed, not aged:** a query's instants (`from`, `to`, `now`) are taken to the window they fall in, so
 *   the searches of one window share a page even though "now" moved; the window's pages are dropped when it
 *   ends. A page is at most one window older than the request.
 * - **One query for a crowd:** concurrent identical searches wait for the same database query.
 * - **Never offers a slot heard taken:** the slot events (every writer, every process, via NOTIFY) are
 *   applied: a slot taken is left out of every page served afterwards (and the capped total counts one
 *   less); a slot freed drops the pages whose filters it matches, so it shows at once. Before the events are
 *   connected, and after they were lost, nothing is cached (`connected(false)`).
 */
export interface FreeSlotPageCache {
  /** `inner` with its `searchFree` served from the cache; everything else passes through. */
  wrap(inner: SlotSearchRepository): SlotSearchRepository;
  onSlotChange(change: SlotAvailabilityChange): void;
  /** Whether slot events are being heard: caching starts with true, and false forgets every page. */
  connected(isConnected: boolean): void;
}

type Page = FreeSlotPage<FreeSlotRecord>;

interface Entry {
  query: SlotQuery;
  page: Promise<Page>;
}

/** The window's key of a query and page: every filter as given, its instants to the window they fall in. */
export function freeSlotPageKey(query: SlotQuery, page: PageRequest, windowMs: number): string {
  const windowOf = (at: Date) => Math.floor(at.getTime() / windowMs);
  return JSON.stringify([
    query.regionCode ?? null,
    query.specialtyCode ?? null,
    query.organizationId ?? null,
    query.practitionerId ?? null,
    query.visitType ?? null,
    windowOf(query.from),
    windowOf(query.to),
    windowOf(query.now),
    query.channel,
    query.includeUnreleasedPriority,
    query.priorityGrants,
    [...query.holderPatientIds].sort(),
    query.age,
    page.page,
    page.pageSize,
  ]);
}

/** Whether a slot with these facts can be on a page of `query` (its named filters all match). */
export function mayOffer(query: SlotQuery, change: SlotAvailabilityChange): boolean {
  return (
    (query.regionCode === undefined || query.regionCode === change.regionCode) &&
    (query.specialtyCode === undefined || query.specialtyCode === change.specialtyCode) &&
    (query.organizationId === undefined || query.organizationId === change.organizationId) &&
    (query.practitionerId === undefined || query.practitionerId === change.practitionerId)
  );
}

/** A cached page without the slots heard taken since it was read. */
export function withoutTaken(page: Page, taken: ReadonlySet<string>): Page {
  if (taken.size === 0) return page;
  const items = page.items.filter((item) => !taken.has(item.id));
  const removed = page.items.length - items.length;
  if (removed === 0) return page;
  // A capped total stays "at least the cap"; an exact one loses the slots taken off this page.
  return { ...page, items, total: page.totalIsCapped ? page.total : Math.max(0, page.total - removed) };
}

export function createFreeSlotPageCache(options: FreeSlotPageCacheOptions): FreeSlotPageCache {
  let isConnected = false;
  let window = -1;
  let entries = new Map<string, Entry>();
  // Slots taken during this window: pages read before the event still list them.
  let taken = new Set<string>();
  const current = () => {
    const now = Math.floor(options.clock.now().getTime() / options.windowMs);
    if (now !== window) {
      window = now;
      entries = new Map();
      taken = new Set();
    }
  };
  return {
    wrap(inner) {
      return {
        ...inner,
        async searchFree(query, page) {
          if (!isConnected) return inner.searchFree(query, page);
          current();
          // This window's set: events that come while the page is read still apply to it.
          const takenHere = taken;
          const key = freeSlotPageKey(query, page, options.windowMs);
          let entry = entries.get(key);
          if (!entry) {
            if (entries.size >= options.maxEntries) return inner.searchFree(query, page);
            const read = inner.searchFree(query, page);
            entry = { query, page: read };
            const own = entries;
            own.set(key, entry);
            // A failed read is not kept: the next search asks again.
            read.catch(() => {
              if (own.get(key) === entry) own.delete(key);
            });
          }
          return withoutTaken(await entry.page, takenHere);
        },
      };
    },

    onSlotChange(change) {
      if (!isConnected) return;
      current();
      if (!change.available) {
        taken.add(change.slotId);
        return;
      }
      taken.delete(change.slotId);
      for (const [key, entry] of entries) if (mayOffer(entry.query, change)) entries.delete(key);
    },

    connected(next) {
      isConnected = next;
      entries = new Map();
      taken = new Set();
    },
  };
}
