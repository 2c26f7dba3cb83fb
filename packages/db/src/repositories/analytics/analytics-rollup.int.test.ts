import { type LoadQuery, rollUpAnalytics, summarizeLoadRows } from '@talon/core/analytics';
import { fixedClock } from '@talon/core/shared';
import { buildAppointment, buildRegisteredPatient, buildSlots, createTestDatabase } from '@talon/testing';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../client';
import { appointments } from '../../schema';
import { queryRows } from '../../sql';
import { createAnalyticsRepository } from './analytics.repository';
import { createAnalyticsRollupRepository } from './analytics-rollup.repository';

let handle: DatabaseHandle;
const keys = {
  encryptionKeys: new Map([['k1', Buffer.alloc(32, 5)]]),
  currentKeyId: 'k1',
  lookupKey: Buffer.alloc(32, 6),
};
// Thursday 10 December 2026: the days up to the 8th are closed (`closedThroughAt`), the 9th on live.
const clock = fixedClock('2026-12-10T12:00:00Z');
const period: LoadQuery = { from: '2026-12-01', to: '2026-12-12', organizationIds: null };
let lateVisitId = '';

beforeAll(async () => {
  handle = await createTestDatabase();
  const { db } = handle;
  const patient = await buildRegisteredPatient(db, keys, {
    surname: 'Иванова',
    name: 'Анна',
    birthDate: '1980-05-01',
  });
  // Two zones: 20:30 UTC is the same day in Moscow, the next one in Kamchatka (UTC+12).
  for (const [timeZone, regionCode] of [
    ['Europe/Moscow', '77'],
    ['Asia/Kamchatka', '41'],
  ] as const) {
    const [first] = await buildSlots(db, {
      organization: { timeZone, regionCode },
      start: new Date('2026-12-05T06:00:00Z'),
    });
    const roleId = first!.practitionerRoleId;
    const outcomes = [
      { status: 'fulfilled', channel: 'internet' },
      { status: 'noshow', channel: 'registry' },
      { status: 'cancelled_by_patient', cancelledByKind: 'patient', channel: 'mobile' },
      { status: 'cancelled_by_patient', cancelledByKind: 'representative', channel: 'internet' },
      { status: 'cancelled_by_patient', cancelledByKind: 'registry', channel: 'call_centre' },
      { status: 'cancelled_by_clinic', cancelledByKind: 'clinic', channel: 'internet' },
      { status: 'rescheduled', channel: 'internet' },
      { status: 'booked', channel: 'mobile' },
    ] as const;
    for (let day = 0; day < 7; day += 1) {
      const morning = new Date(Date.parse('2026-12-05T07:00:00Z') + day * 86_400_000);
      const slots = await buildSlots(db, {
        practitionerRoleId: roleId,
        start: morning,
        count: 8,
        minutes: 30,
      });
      const late = await buildSlots(db, {
        practitionerRoleId: roleId,
        start: new Date(morning.getTime() + 13.5 * 3_600_000),
      });
      await buildSlots(db, {
        practitionerRoleId: roleId,
        start: new Date(morning.getTime() + 14 * 3_600_000),
        slot: { status: 'blocked' },
      });
      for (const [i, outcome] of outcomes.entries()) {
        if ((i + day) % 3 === 0) continue;
        await buildAppointment(db, { patientId: patient.id, slotId: slots[i]!.id, appointment: outcome });
      }
      const visit = await buildAppointment(db, {
        patientId: patient.id,
        slotId: late[0]!.id,
        appointment: { status: 'booked', channel: 'registry' },
      });
      if (day === 1 && timeZone === 'Europe/Moscow') lateVisitId = visit.id;
    }
  }
});
afterAll(() => handle?.close());

const report = async (query: LoadQuery = period) => {
  const analytics = createAnalyticsRepository(handle.db);
  return { rows: await analytics.loadRows(query), summary: await analytics.loadSummary(query) };
};
/** The pure live answer: the report without the rollup's mark reads only slots and appointments. */
async function liveReport(query?: LoadQuery) {
  const { db } = handle;
  const [state] = await queryRows<{ day: string }>(
    db,
    sql`select closed_through::text as day from analytics_rollup_state`,
  );
  await db.execute(sql`delete from analytics_rollup_state`);
  try {
    return await report(query);
  } finally {
    if (state)
      await db.execute(sql`insert into analytics_rollup_state (closed_through) values (${state.day}::date)`);
  }
}
const sortedGroups = <T extends { organizationId: string; specialtyCode?: string; practitionerId?: string }>(
  groups: T[],
) => {
  const key = (g: T) => `${g.organizationId}|${g.specialtyCode ?? ''}|${g.practitionerId ?? ''}`;
  return [...groups].sort((a, b) => key(a).localeCompare(key(b)));
};
const rollUp = () => rollUpAnalytics({ rollup: createAnalyticsRollupRepository(handle.db), clock });

describe('the daily rollup of the load report', () => {
  it('gives the same rows and sums as the live query: closed days from the rollup, the rest live', async () => {
    const live = await liveReport();
    expect(live.rows.length).toBeGreaterThan(10);
    expect(live.summary.days.some((d) => d.cancelledBy.registry > 0)).toBe(true);
    const first = await rollUp();
    expect(first.closedThrough).toBe('2026-12-08');
    expect(first.rows).toBeGreaterThan(0);
    const rolled = await report();
    expect(rolled.rows).toEqual(live.rows);
    expect(rolled.summary.days.sort((a, b) => a.date.localeCompare(b.date))).toEqual(
      live.summary.days.sort((a, b) => a.date.localeCompare(b.date)),
    );
    // Every grouping of the summary (one SQL pass of grouping sets) equals the daily rows summed by hand.
    const byHand = summarizeLoadRows(live.rows);
    for (const summary of [rolled.summary, live.summary]) {
      expect(sortedGroups(summary.groups)).toEqual(sortedGroups(byHand.groups));
      expect(sortedGroups(summary.specialties)).toEqual(sortedGroups(byHand.specialties));
      expect(sortedGroups(summary.organizations)).toEqual(sortedGroups(byHand.organizations));
    }
    expect(live.summary.organizations.length).toBeGreaterThan(1);
    // Per clinic only: no specialty or practitioner rows, the same clinic sums.
    const byClinic = await createAnalyticsRepository(handle.db).loadSummary({
      ...period,
      detail: 'organization',
    });
    expect([byClinic.specialties, byClinic.groups]).toEqual([[], []]);
    expect(sortedGroups(byClinic.organizations)).toEqual(sortedGroups(byHand.organizations));
    // A clinic's own report and a practitioner's agree too.
    const one = {
      ...period,
      organizationIds: [live.rows[0]!.organizationId],
      practitionerId: live.rows[0]!.practitionerId,
    };
    expect((await report(one)).rows).toEqual((await liveReport(one)).rows);
  });

  it('is re-run safe: a second run writes the same rows', async () => {
    const count = () => queryRows(handle.db, sql`select count(*)::int as n from analytics_daily`);
    const before = await count();
    await rollUp();
    expect(await count()).toEqual(before);
    expect((await report()).rows).toEqual((await liveReport()).rows);
  });

  it('takes a late mark of a closed day in at the next run (the last 14 days are recomputed)', async () => {
    await handle.db.update(appointments).set({ status: 'noshow' }).where(eq(appointments.id, lateVisitId));
    const live = await liveReport();
    expect((await report()).rows).not.toEqual(live.rows);
    await rollUp();
    expect((await report()).rows).toEqual(live.rows);
  });
});
