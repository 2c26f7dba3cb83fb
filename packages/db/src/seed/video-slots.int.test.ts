import { createTestDatabase } from '@talon/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { accounts, slots } from '../schema';
import { DEMO_DOCTOR_EMAIL } from './doctor-day';
import { seedDatabase } from './index';
import { ensureDemoVideoSlots } from './video-slots';

const keys = {
  encryptionKeys: new Map([['k1', Buffer.alloc(32, 5)]]),
  currentKeyId: 'k1',
  lookupKey: Buffer.alloc(32, 6),
};

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDatabase(handle.db, { size: 'small', seed: 1, keys });
}, 180_000);
afterAll(() => handle?.close());

describe('ensureDemoVideoSlots', () => {
  it("plants the demo doctor's free video slots of the week once, at :15 and :45", {
    timeout: 60_000,
  }, async () => {
    const { db } = handle;
    const now = new Date('2026-12-07T10:20:00Z');
    const written = await ensureDemoVideoSlots(db, now);
    // Today from 10:45 UTC (9 slots), then seven whole days of 12 — new, or the schedule's free ones turned
    // video (none of them is taken in this seed).
    expect(written).toBe(9 + 7 * 12);
    expect(await ensureDemoVideoSlots(db, now)).toBe(0);
    const [doctor] = await db.select().from(accounts).where(eq(accounts.email, DEMO_DOCTOR_EMAIL));
    const video = await db
      .select()
      .from(slots)
      .where(and(eq(slots.practitionerId, doctor!.practitionerId!), eq(slots.visitType, 'video')))
      .orderBy(slots.startsAt);
    expect(video).toHaveLength(written);
    expect(video[0]).toMatchObject({ status: 'free', startsAt: new Date('2026-12-07T10:45:00Z') });
    expect(video[0]!.channels).toContain('internet');
  });
});
