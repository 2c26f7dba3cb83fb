import type { TemplateDay } from '@talon/core/scheduling';
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { accountRoles, accounts, appointments, practitionerRoles, schedules, slots } from '../schema';
import { DEMO_DOCTOR_EMAIL } from './doctor-day';
import { createRandom } from './random';
import { type ScheduleSeed, SEED_SCHEDULES_VALID_FROM } from './schedules';

/** The demo doctor's video consultations: weekday evenings after every seeded shift, and Saturday mornings. */
const VIDEO_DAYS: TemplateDay[] = [
  ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '20:00', end: '21:00', breaks: [] })),
  { weekday: 6, start: '10:00', end: '13:00', breaks: [] },
];

/** The id of a role's demo video schedule: the same in the seed and in `ensureDemoVideoSchedule`. */
const videoScheduleId = (practitionerRoleId: string) =>
  createRandom(0, `video-schedule/${practitionerRoleId}`).uuid();

/**
 * The demo doctor's video visits (issue 17 item 1) come from a schedule of their own: a weekly template with
 * `visitTypes: ['video']` beside the in-person one, at hours no seeded shift uses (in-person shifts are
 * 08:00–20:00 on weekdays), so the two never overlap and the daily slot generation keeps both. A patient
 * finds «Видеоприём» in search and the doctor can offer one for a follow-up. Pure and deterministic.
 */
export function planDemoVideoSchedule(practitionerRoleId: string): ScheduleSeed {
  return {
    id: videoScheduleId(practitionerRoleId),
    practitionerRoleId,
    validFrom: SEED_SCHEDULES_VALID_FROM,
    validTo: null,
    slotMinutes: 15,
    days: VIDEO_DAYS.map((day) => ({ ...day, breaks: [] })),
    visitTypes: ['video'],
    channels: ['internet', 'registry', 'call_centre', 'doctor'],
    priorityPercent: 0,
    priorityReleaseHours: 24,
    locationId: null,
  };
}

/**
 * A demo database seeded before the video schedule existed gets it at start (true when it was added); the
 * worker's slot generation, which runs at every start and daily, then makes its slots.
 */
export async function ensureDemoVideoSchedule(db: Database): Promise<boolean> {
  const [doctor] = await db
    .select({ practitionerId: accounts.practitionerId, organizationId: accountRoles.organizationId })
    .from(accounts)
    .innerJoin(accountRoles, and(eq(accountRoles.accountId, accounts.id), eq(accountRoles.role, 'doctor')))
    .where(and(eq(accounts.email, DEMO_DOCTOR_EMAIL), isNotNull(accounts.practitionerId)))
    .limit(1);
  if (!doctor?.practitionerId || !doctor.organizationId) return false;
  const [role] = await db
    .select({ id: practitionerRoles.id })
    .from(practitionerRoles)
    .where(
      and(
        eq(practitionerRoles.practitionerId, doctor.practitionerId),
        eq(practitionerRoles.organizationId, doctor.organizationId),
        eq(practitionerRoles.isActive, true),
      ),
    )
    .orderBy(asc(practitionerRoles.id))
    .limit(1);
  if (!role) return false;
  const existing = await db
    .select({ id: schedules.id })
    .from(schedules)
    .where(and(eq(schedules.practitionerRoleId, role.id), sql`'video' = any(${schedules.visitTypes})`))
    .limit(1);
  if (existing.length > 0) return false;
  const { id, practitionerRoleId, ...template } = planDemoVideoSchedule(role.id);
  const added = await db
    .insert(schedules)
    .values({ id, practitionerRoleId, ...template })
    .onConflictDoNothing()
    .returning({ id: schedules.id });
  return added.length > 0;
}

/**
 * Demo mode only: a booked visit becomes a video visit that starts now (its slot too; the end keeps the
 * length), so people trying the demo and the browser test `[PATIENT][VIDEO]` can enter the room without
 * waiting for the clinic's minimum notice to pass. False when the visit is not booked or confirmed.
 */
export async function startDemoVideoVisitNow(db: Database, appointmentId: string, now: Date = new Date()) {
  return db.transaction(async (tx) => {
    const [visit] = await tx
      .select({ slotId: appointments.slotId, status: appointments.status })
      .from(appointments)
      .where(eq(appointments.id, appointmentId));
    if (!visit || !['booked', 'confirmed'].includes(visit.status)) return false;
    const [slot] = await tx.select().from(slots).where(eq(slots.id, visit.slotId));
    if (!slot) return false;
    // To the second: the schedule's slots start on whole minutes, so the role's start stays unique.
    const startsAt = new Date(Math.floor(now.getTime() / 1000) * 1000 - 1000);
    const endsAt = new Date(startsAt.getTime() + (slot.endsAt.getTime() - slot.startsAt.getTime()));
    await tx.update(slots).set({ startsAt, endsAt, visitType: 'video' }).where(eq(slots.id, slot.id));
    await tx
      .update(appointments)
      .set({ startsAt, visitType: 'video' })
      .where(eq(appointments.id, appointmentId));
    return true;
  });
}
