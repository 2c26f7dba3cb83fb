import { createTestDatabase } from '@talon/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { queryRows } from '../sql';
import { SEED_PROFILES, seedDatabase } from './index';
import { SPECIALTIES } from './staffing';

const keys = {
  encryptionKeys: new Map([['k1', Buffer.alloc(32, 5)]]),
  currentKeyId: 'k1',
  lookupKey: Buffer.alloc(32, 6),
};
const now = new Date();
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
}, 60_000);
afterAll(() => handle?.close());

describe(`demo schedules and slots on ${process.env.TEST_DB}`, () => {
  it('gives every role a schedule and every self-booking specialty free internet slots in every region for two weeks', {
    timeout: 120_000,
  }, async () => {
    const { db } = handle;
    const report = await seedDatabase(db, { size: 'small', seed: 1, keys, now });
    // One schedule per role, and the demo doctor's video visits beside their in-person week.
    expect(report.schedules).toBe(report.practitionerRoles + 1);
    const [counts] = await queryRows<{ schedules: number; slots: number; roles_without_slots: number }>(
      db,
      sql`select (select count(*)::int from schedules) as schedules,
                 (select count(*)::int from slots) as slots,
                 (select count(*)::int from practitioner_roles r
                   where not exists (select 1 from slots s where s.practitioner_role_id = r.id)) as roles_without_slots`,
    );
    // Besides the generated slots, each reviewed past visit has its own (booked) slot.
    expect(counts).toEqual({
      schedules: report.schedules,
      slots: report.slots + report.reviews,
      roles_without_slots: 0,
    });

    const twoWeeks = new Date(now.getTime() + 14 * 86_400_000);
    const offered = await queryRows<{ region: string; specialty: string }>(
      db,
      sql`select distinct region_code as region, specialty_code as specialty from slots
          where status = 'free' and 'internet' = any(channels)
            and starts_at >= ${now.toISOString()} and starts_at < ${twoWeeks.toISOString()}`,
    );
    const have = new Set(offered.map((o) => `${o.region}/${o.specialty}`));
    const missing = SEED_PROFILES.small.regions.flatMap((region) =>
      SPECIALTIES.filter((s) => s.selfBooking)
        .map((s) => `${region.place.code}/${s.code}`)
        .filter((key) => !have.has(key)),
    );
    expect(missing).toEqual([]);

    // Every slot in person is 08:00–20:00 local time in its clinic's zone, Monday to Friday (the demo
    // doctor's video visits are evenings and Saturdays: video-slots.int.test.ts).
    const [outside] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from slots s join organizations o on o.id = s.organization_id
          where s.visit_type = 'in_person' and ((s.starts_at at time zone o.time_zone)::time < '08:00'
             or (s.ends_at at time zone o.time_zone)::time > '20:00'
             or extract(isodow from s.starts_at at time zone o.time_zone) > 5)`,
    );
    expect(outside?.n).toBe(0);
  });
});
