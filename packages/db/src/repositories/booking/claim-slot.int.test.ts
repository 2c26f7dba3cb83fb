import { buildSlots, createTestDatabase } from '@talon/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../client';
import { outboxTestCipher as cipher } from '../../testing/outbox-messages';
import { createBookingRepository } from './booking.repository';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

describe('booking repository: claimSlot', () => {
  it('claims a free slot only at the start the rules were checked for (a MIS may have moved it)', async () => {
    const [moved, kept] = await buildSlots(database.db, { specialtyCode: 'surgeon', count: 2 });
    const booking = createBookingRepository(database.db, cipher);
    const now = new Date();
    const holder = crypto.randomUUID();
    const checkedAt = new Date(moved!.startsAt);
    // A regional MIS moves the free slot by an hour after the booking read it (docs/fhir.md, MIS schedules).
    await database.db.execute(
      sql`update slots set starts_at = starts_at + interval '1 hour', ends_at = ends_at + interval '1 hour'
          where id = ${moved!.id}`,
    );
    expect(await booking.claimSlot(moved!.id, [holder], now, checkedAt)).toBe(false);
    expect(await booking.claimSlot(kept!.id, [holder], now, new Date(kept!.startsAt))).toBe(true);
    expect(await booking.claimSlot(kept!.id, [holder], now, new Date(kept!.startsAt))).toBe(false);
  });
});
