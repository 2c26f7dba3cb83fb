import { describe, expect, it } from 'vitest';
import { fixedClock } from '../shared';
import {
  createFreeSlotPageCache,
  freeSlotPageKey,
  type SlotAvailabilityChange,
} from './free-slot-page-cache';
import type { SlotSearchRepository } from './slot-search.repository';
import type { FreeSlotRecord, SlotQuery } from './slot-search.types';

const T0 = '2026-12-08T05:00:00.100Z';

const query = (now: string, extra: Partial<SlotQuery> = {}): SlotQuery => ({
  regionCode: '54',
  specialtyCode: 'therapist',
  from: new Date(now),
  to: new Date(new Date(now).getTime() + 32 * 86_400_000),
  now: new Date(now),
  channel: 'internet',
  includeUnreleasedPriority: false,
  priorityGrants: [],
  holderPatientIds: [],
  age: null,
  ...extra,
});

const slot = (id: string): FreeSlotRecord => ({
  id,
  practitionerRoleId: 'role-1',
  startsAt: new Date('2026-12-08T06:00:00Z'),
  endsAt: new Date('2026-12-08T06:15:00Z'),
  timeZone: 'Asia/Novosibirsk',
  visitType: 'in_person',
  isPriority: false,
  room: '101',
  practitioner: { id: 'pr-1', name: 'Иванова Мария Петровна' },
  organization: { id: 'org-1', name: 'ГП № 1' },
  specialty: { code: 'therapist', name: 'Терапевт' },
});

const change = (slotId: string, available: boolean, extra: Partial<SlotAvailabilityChange> = {}) => ({
  slotId,
  regionCode: '54',
  specialtyCode: 'therapist',
  organizationId: 'org-1',
  practitionerId: 'pr-1',
  available,
  ...extra,
});

/** A repository that counts its reads and answers with the slots in `free`, resolving when told to. */
function setup() {
  const clock = fixedClock(T0);
  const free = ['s1', 's2', 's3'];
  const reads: SlotQuery[] = [];
  const inner = {
    searchFree: async (q: SlotQuery, page: { page: number; pageSize: number }) => {
      reads.push(q);
      return { items: free.map(slot), total: free.length, totalIsCapped: false, ...page };
    },
  } as unknown as SlotSearchRepository;
  const cache = createFreeSlotPageCache({ windowMs: 1_000, maxEntries: 100, clock });
  const repository = cache.wrap(inner);
  cache.connected(true);
  const search = async (now: string, extra: Partial<SlotQuery> = {}) =>
    repository.searchFree(query(now, extra), { page: 1, pageSize: 20 });
  return { clock, free, reads, cache, search };
}

describe('free slot page cache', () => {
  it('serves the searches of one window from one read, however "now" moved within it', async () => {
    const { reads, search } = setup();
    const [a, b] = await Promise.all([search(T0), search(T0)]);
    const c = await search('2026-12-08T05:00:00.900Z');
    expect(reads).toHaveLength(1);
    expect(c.items.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    expect(b).toEqual(a);
  });

  it('reads again in the next window, and for any other filter or page', async () => {
    const { reads, search, clock } = setup();
    await search(T0);
    await search(T0, { specialtyCode: 'surgeon' });
    await search(T0, { holderPatientIds: ['p-1'] });
    expect(reads).toHaveLength(3);
    clock.set('2026-12-08T05:00:01.000Z');
    await search('2026-12-08T05:00:01.000Z');
    expect(reads).toHaveLength(4);
  });

  it('never offers a slot heard taken: it leaves the cached page and the exact total', async () => {
    const { cache, search, reads } = setup();
    await search(T0);
    cache.onSlotChange(change('s2', false));
    const page = await search(T0);
    expect(page.items.map((s) => s.id)).toEqual(['s1', 's3']);
    expect(page.total).toBe(2);
    expect(reads).toHaveLength(1);
  });

  it('drops the pages a freed slot may belong to, and only those', async () => {
    const { cache, search, reads, free } = setup();
    await search(T0);
    await search(T0, { regionCode: '77' });
    free.splice(free.indexOf('s2'), 1);
    cache.onSlotChange(change('s2', false));
    free.push('s4');
    cache.onSlotChange(change('s4', true));
    const page = await search(T0);
    expect(page.items.map((s) => s.id)).toEqual(['s1', 's3', 's4']);
    await search(T0, { regionCode: '77' });
    expect(reads).toHaveLength(3);
  });

  it('caches nothing until slot events are heard, and forgets everything when they are lost', async () => {
    const { cache, search, reads } = setup();
    cache.connected(false);
    await search(T0);
    await search(T0);
    expect(reads).toHaveLength(2);
    cache.connected(true);
    await search(T0);
    cache.connected(false);
    cache.connected(true);
    await search(T0);
    expect(reads).toHaveLength(4);
  });

  it('keeps at most maxEntries pages a window; past it a search reads uncached', async () => {
    const clock = fixedClock(T0);
    let reads = 0;
    const inner = {
      searchFree: async () => {
        reads++;
        return { items: [], total: 0, totalIsCapped: false, page: 1, pageSize: 20 };
      },
    } as unknown as SlotSearchRepository;
    const cache = createFreeSlotPageCache({ windowMs: 1_000, maxEntries: 1, clock });
    cache.connected(true);
    const repository = cache.wrap(inner);
    const search = (specialtyCode: string) =>
      repository.searchFree(query(T0, { specialtyCode }), { page: 1, pageSize: 20 });
    await search('therapist');
    await search('therapist');
    await search('surgeon');
    await search('surgeon');
    expect(reads).toBe(3);
  });

  it('does not keep a failed read', async () => {
    const clock = fixedClock(T0);
    let fail = true;
    const inner = {
      searchFree: async () => {
        if (fail) throw new Error('connection lost');
        return { items: [], total: 0, totalIsCapped: false, page: 1, pageSize: 20 };
      },
    } as unknown as SlotSearchRepository;
    const cache = createFreeSlotPageCache({ windowMs: 1_000, maxEntries: 100, clock });
    cache.connected(true);
    const repository = cache.wrap(inner);
    await expect(repository.searchFree(query(T0), { page: 1, pageSize: 20 })).rejects.toThrow();
    fail = false;
    await expect(repository.searchFree(query(T0), { page: 1, pageSize: 20 })).resolves.toMatchObject({
      total: 0,
    });
  });

  it('keys the window of every instant, not the instant', () => {
    const a = freeSlotPageKey(query(T0), { page: 1, pageSize: 20 }, 1_000);
    const b = freeSlotPageKey(query('2026-12-08T05:00:00.999Z'), { page: 1, pageSize: 20 }, 1_000);
    const c = freeSlotPageKey(query('2026-12-08T05:00:01.000Z'), { page: 1, pageSize: 20 }, 1_000);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });
});
