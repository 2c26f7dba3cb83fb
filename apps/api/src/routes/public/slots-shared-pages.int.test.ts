import { fixedClock } from '@talon/core/shared';
import { buildSlots, setSlotState, setSlotStateUnannounced, until } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';

// The free-slot list's shared pages (docs/booking-search.md «Shared pages»), turned on as in production.
const NOW = '2026-12-07T12:00:00.100Z';
const clock = fixedClock(NOW);
let t: TestApp;
let slotIds: string[];

beforeAll(async () => {
  t = await createTestApp({ clock, env: { SLOT_SEARCH_CACHE_MS: '1000' } });
  const slots = await buildSlots(t.database.db, {
    organization: { regionCode: '39', timeZone: 'Europe/Kaliningrad', minNoticeMinutes: 0 },
    start: new Date('2026-12-08T07:00:00Z'),
    count: 4,
  });
  slotIds = slots.map((s) => s.id);
});
afterAll(() => t?.close());

const listed = async () => {
  const res = await t.app.inject('/api/v1/slots?region=39&specialty=therapist');
  expect(res.statusCode).toBe(200);
  const body = res.json<{ items: { id: string }[]; total: number }>();
  return { ids: body.items.map((s) => s.id), total: body.total };
};

describe('GET /api/v1/slots shares a page within its window', () => {
  it('serves one page to the window, never offers a slot heard taken, and shows a freed one at once', async () => {
    const [first, second, third, fourth] = slotIds as [string, string, string, string];
    expect((await listed()).ids).toEqual(slotIds);

    // A change the slot events do not announce (a bulk load mutes them) stays unseen within the window:
    // the page is the shared one, not a new read.
    await setSlotStateUnannounced(t.database.db, fourth, { status: 'blocked' });
    expect((await listed()).ids).toEqual(slotIds);

    // A booked slot leaves the shared page as soon as its event is heard, and the total counts it out.
    await setSlotState(t.database.db, second, { status: 'booked' });
    await until(async () => !(await listed()).ids.includes(second), 'the booked slot to leave the page');
    expect(await listed()).toEqual({ ids: [first, third, fourth], total: 3 });

    // A freed slot drops the page: the next search reads the database (and so sees the muted block too).
    await setSlotState(t.database.db, second, { status: 'free' });
    await until(async () => (await listed()).ids.includes(second), 'the freed slot to show');
    expect(await listed()).toEqual({ ids: [first, second, third], total: 3 });

    // The next window reads afresh.
    await setSlotStateUnannounced(t.database.db, fourth, { status: 'free' });
    expect((await listed()).ids).toEqual([first, second, third]);
    clock.set('2026-12-07T12:00:01.100Z');
    expect((await listed()).ids).toEqual(slotIds);
  });
});
