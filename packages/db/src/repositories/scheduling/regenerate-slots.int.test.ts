import { regenerateSlots } from '@talon/core/scheduling';
import { fixedClock } from '@talon/core/shared';
import {
  buildAppointment,
  buildOrganization,
  buildPractitioner,
  buildRegisteredPatient,
  createTestDatabase,
  setSlotHold,
  setSlotStatus,
} from '@talon/testing';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../client';
import { practitionerRoles, schedules, slots } from '../../schema';
import { createSchedulingStore } from './scheduling-store';

let handle: DatabaseHandle;
const keys = {
  encryptionKeys: new Map([['k1', Buffer.alloc(32, 5)]]),
  currentKeyId: 'k1',
  lookupKey: Buffer.alloc(32, 6),
};
/** Sunday 2026-12-06 12:00 UTC = Monday 00:00 in Kamchatka (UTC+12). */
const clock = fixedClock('2026-12-06T12:00:00Z');

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle?.close());

async function kamchatkaRole() {
  const { db } = handle;
  const clinic = await buildOrganization(db, { regionCode: '41', timeZone: 'Asia/Kamchatka' });
  const practitioner = await buildPractitioner(db, { organizationId: clinic.id, specialtyCode: 'surgeon' });
  const role = await db.query.practitionerRoles.findFirst({
    where: (r, { eq }) => eq(r.practitionerId, practitioner.id),
  });
  await db.insert(schedules).values({
    practitionerRoleId: role!.id,
    validFrom: '2026-12-01',
    slotMinutes: 30,
    days: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '12:00', breaks: [] })),
    channels: ['internet', 'registry'],
  });
  return role!.id;
}

const slotsOf = (roleId: string) =>
  handle.db.select().from(slots).where(eq(slots.practitionerRoleId, roleId)).orderBy(asc(slots.startsAt));

describe(`regenerateSlots (the daily run) on ${process.env.TEST_DB}`, () => {
  it('fills the 14-day horizon and the day after, rolls it forward later, changes nothing when run twice', async () => {
    const roleId = await kamchatkaRole();
    const deps = { store: createSchedulingStore(handle.db), clock };
    clock.set('2026-12-06T12:00:00Z');

    const first = await regenerateSlots(deps, null, {});
    expect(first.failed).toEqual([]);
    let rows = await slotsOf(roleId);
    // Eleven weekdays from Monday 7 to Monday 21 December (local), 8 slots a day.
    expect(rows).toHaveLength(88);
    expect(rows[0]!.startsAt.toISOString()).toBe('2026-12-06T20:00:00.000Z');
    expect(rows.at(-1)!.startsAt.toISOString()).toBe('2026-12-20T23:30:00.000Z');

    const again = await regenerateSlots(deps, null, { practitionerRoleId: roleId });
    expect(again).toMatchObject({ roles: 1, inserted: 0, deleted: 0, blocked: 0, updated: 0 });

    // Two days later the window reaches Wednesday 23 December (local); past slots stay as they were.
    clock.set('2026-12-08T12:00:00Z');
    const later = await regenerateSlots(deps, null, { practitionerRoleId: roleId });
    expect(later).toMatchObject({ inserted: 16, deleted: 0 });
    rows = await slotsOf(roleId);
    expect(rows).toHaveLength(104);
    expect(rows.at(-1)!.startsAt.toISOString()).toBe('2026-12-22T23:30:00.000Z');
  });

  it('removes the free slots of a role that is no longer active and skips it in the daily run', async () => {
    const roleId = await kamchatkaRole();
    const deps = { store: createSchedulingStore(handle.db), clock };
    clock.set('2026-12-06T12:00:00Z');
    await regenerateSlots(deps, null, { practitionerRoleId: roleId });
    expect((await slotsOf(roleId)).length).toBeGreaterThan(0);
    await handle.db
      .update(practitionerRoles)
      .set({ isActive: false })
      .where(eq(practitionerRoles.id, roleId));
    const all = await regenerateSlots(deps, null, {});
    expect(all.results.map((r) => r.practitionerRoleId)).not.toContain(roleId);
    const report = await regenerateSlots(deps, null, { practitionerRoleId: roleId });
    expect(report.deleted).toBe(88);
    expect(await slotsOf(roleId)).toEqual([]);
  });

  it("leaves a regional MIS's slots alone: neither deleted with an inactive role nor changed", async () => {
    const roleId = await kamchatkaRole();
    const deps = { store: createSchedulingStore(handle.db), clock };
    clock.set('2026-12-06T12:00:00Z');
    await regenerateSlots(deps, null, { practitionerRoleId: roleId });
    const [first] = await slotsOf(roleId);
    // The MIS took over the first slot (docs/fhir.md «Schedules from a regional MIS»).
    await handle.db
      .update(slots)
      .set({ externalSystem: 'urn:oid:1.2.3', externalId: 'S-1', channels: ['registry'] })
      .where(eq(slots.id, first!.id));
    await handle.db
      .update(practitionerRoles)
      .set({ isActive: false })
      .where(eq(practitionerRoles.id, roleId));
    const report = await regenerateSlots(deps, null, { practitionerRoleId: roleId });
    expect(report.deleted).toBe(87);
    const left = await slotsOf(roleId);
    expect(left.map((s) => [s.id, s.externalId, s.channels])).toEqual([[first!.id, 'S-1', ['registry']]]);
  });

  it('blocks a slot an old appointment references, leaves a held one, reports a booked one, updates the rest', async () => {
    const roleId = await kamchatkaRole();
    const deps = { store: createSchedulingStore(handle.db), clock };
    clock.set('2026-12-06T12:00:00Z');
    await regenerateSlots(deps, null, { practitionerRoleId: roleId });
    const monday = (await slotsOf(roleId)).slice(0, 8);
    const [cancelled, held, booked] = monday as [(typeof monday)[0], (typeof monday)[0], (typeof monday)[0]];
    const patient = await buildRegisteredPatient(handle.db, keys, {
      surname: 'Иванова',
      name: 'Анна',
      birthDate: '1980-05-01',
    });
    await buildAppointment(handle.db, {
      patientId: patient.id,
      slotId: cancelled.id,
      appointment: { status: 'cancelled_by_patient' },
    });
    await setSlotStatus(handle.db, cancelled.id, 'free');
    await setSlotHold(handle.db, held.id, {
      patientId: patient.id,
      until: new Date(clock.now().getTime() + 5 * 60_000),
    });
    await buildAppointment(handle.db, { patientId: patient.id, slotId: booked.id });

    // Mondays off, and registry only from now on.
    await handle.db
      .update(schedules)
      .set({
        days: [2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '12:00', breaks: [] })),
        channels: ['registry'],
      })
      .where(eq(schedules.practitionerRoleId, roleId));
    const report = await regenerateSlots(deps, null, { practitionerRoleId: roleId });
    // Three Mondays in the window: 24 slots, of which 21 plain free ones go.
    expect(report).toMatchObject({ inserted: 0, deleted: 21, blocked: 1, updated: 64 });
    expect(report.results[0]?.conflicts).toEqual([
      { slotId: booked.id, startsAt: booked.startsAt, endsAt: booked.endsAt },
    ]);
    const after = new Map((await slotsOf(roleId)).map((slot) => [slot.id, slot]));
    expect(after.size).toBe(67);
    expect(after.get(cancelled.id)?.status).toBe('blocked');
    expect(after.get(held.id)).toMatchObject({ status: 'free', heldByPatientId: patient.id });
    expect(after.get(booked.id)?.status).toBe('booked');
    const others = [...after.values()].filter(
      (slot) => ![cancelled.id, held.id, booked.id].includes(slot.id),
    );
    expect(others.every((slot) => slot.channels.join() === 'registry')).toBe(true);

    // Once the hold has lapsed, the next run removes that slot too.
    clock.set('2026-12-06T12:10:00Z');
    expect(await regenerateSlots(deps, null, { practitionerRoleId: roleId })).toMatchObject({
      deleted: 1,
      updated: 0,
    });
    const [stillThere] = await handle.db
      .select()
      .from(slots)
      .where(and(eq(slots.id, held.id), eq(slots.practitionerRoleId, roleId)));
    expect(stillThere).toBeUndefined();
  });
});
