import { regenerateSlots } from '@talon/core/scheduling';
import { fixedClock } from '@talon/core/shared';
import { createTestDatabase } from '@talon/testing';
import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { createSchedulingStore } from '../repositories/scheduling/scheduling-store';
import { accounts, schedules, slots } from '../schema';
import { queryRows } from '../sql';
import { DEMO_DOCTOR_EMAIL } from './doctor-day';
import { seedDatabase } from './index';
import { ensureDemoVideoSchedule } from './video-slots';

const keys = {
  encryptionKeys: new Map([['k1', Buffer.alloc(32, 5)]]),
  currentKeyId: 'k1',
  lookupKey: Buffer.alloc(32, 6),
};
/** Monday 7 December 2026, 13:20 in Moscow. */
const now = new Date('2026-12-07T10:20:00Z');

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDatabase(handle.db, { size: 'small', seed: 1, keys, now });
}, 180_000);
afterAll(() => handle?.close());

async function demoDoctorVideo() {
  const { db } = handle;
  const [doctor] = await db.select().from(accounts).where(eq(accounts.email, DEMO_DOCTOR_EMAIL));
  return queryRows<{
    id: string;
    starts_at: string | Date;
    local: string;
    status: string;
    schedule_id: string;
  }>(
    db,
    sql`select s.id, s.starts_at, s.status, s.schedule_id,
               to_char(s.starts_at at time zone o.time_zone, 'ID HH24:MI') as local
          from slots s join organizations o on o.id = s.organization_id
         where s.practitioner_id = ${doctor!.practitionerId} and s.visit_type = 'video'
         order by s.starts_at`,
  );
}

describe(`the demo doctor's video schedule on ${process.env.TEST_DB}`, () => {
  it('is a schedule of its own (visitTypes video) whose slots the daily generation keeps', {
    timeout: 120_000,
  }, async () => {
    const { db } = handle;
    const video = await demoDoctorVideo();
    // Weekday evenings 20:00–21:00 (four slots of 15 minutes) and Saturday 10:00–13:00 (twelve), in the
    // clinic's zone; the first is this evening.
    expect(video.length).toBeGreaterThan(0);
    expect(video[0]!.local).toBe('1 20:00');
    for (const slot of video) {
      const [weekday, time] = slot.local.split(' ') as [string, string];
      if (weekday === '6') expect(time >= '10:00' && time < '13:00').toBe(true);
      else
        expect(['1', '2', '3', '4', '5'].includes(weekday) && time >= '20:00' && time < '21:00').toBe(true);
    }
    expect(video.filter((slot) => slot.local.startsWith('6 '))).toHaveLength(12 * 2);
    const [schedule] = await db.select().from(schedules).where(eq(schedules.id, video[0]!.schedule_id));
    expect(schedule).toMatchObject({ visitTypes: ['video'], slotMinutes: 15 });
    expect(schedule!.channels).toEqual(expect.arrayContaining(['internet', 'doctor']));

    // The daily run (a day later) keeps them all, and adds the next day's horizon.
    const report = await regenerateSlots(
      { store: createSchedulingStore(db), clock: fixedClock(new Date(now.getTime() + 86_400_000)) },
      null,
      { practitionerRoleId: schedule!.practitionerRoleId },
    );
    expect(report.failed).toEqual([]);
    const after = await demoDoctorVideo();
    const before = new Set(video.filter((s) => new Date(s.starts_at).getTime() > now.getTime() + 86_400_000));
    const afterIds = new Set(after.map((s) => s.id));
    expect([...before].every((slot) => afterIds.has(slot.id))).toBe(true);
    // The in-person slots are untouched by the video template: none of them is video.
    const inPerson = await db
      .select({ id: slots.id })
      .from(slots)
      .where(
        and(eq(slots.practitionerRoleId, schedule!.practitionerRoleId), eq(slots.visitType, 'in_person')),
      )
      .orderBy(asc(slots.startsAt));
    expect(inPerson.length).toBeGreaterThan(0);
  });

  it('is added to a demo seeded without it, once, with the id the seed gives it', async () => {
    const { db } = handle;
    const [seeded] = await db.select().from(schedules).where(sql`'video' = any(${schedules.visitTypes})`);
    expect(await ensureDemoVideoSchedule(db)).toBe(false);
    await db.delete(schedules).where(eq(schedules.id, seeded!.id));
    expect(await ensureDemoVideoSchedule(db)).toBe(true);
    const [again] = await db.select().from(schedules).where(sql`'video' = any(${schedules.visitTypes})`);
    expect(again).toMatchObject({ id: seeded!.id, days: seeded!.days, visitTypes: ['video'] });
    expect(await ensureDemoVideoSchedule(db)).toBe(false);
  });
});
