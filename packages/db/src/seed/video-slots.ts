import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { accountRoles, accounts, appointments, practitionerRoles, slots } from '../schema';
import { DEMO_DOCTOR_EMAIL } from './doctor-day';

const VISIT_MINUTES = 15;
/** Free video slots at a quarter and three quarters past each of these hours (UTC; 12:15–17:45 in Moscow). */
const HOURS_UTC = [9, 10, 11, 12, 13, 14];
const DAYS_AHEAD = 7;

/**
 * The demo doctor's video consultations (issue 17 item 1): at every demo start, free `video` slots for the
 * next week at :15 and :45, so a patient finds «Видеоприём» in search and the doctor can offer one for a
 * follow-up. A free slot the schedule already has at that time becomes a video slot; a taken one stays.
 */
export async function ensureDemoVideoSlots(db: Database, now: Date = new Date()): Promise<number> {
  const [doctor] = await db
    .select({ practitionerId: accounts.practitionerId, organizationId: accountRoles.organizationId })
    .from(accounts)
    .innerJoin(accountRoles, and(eq(accountRoles.accountId, accounts.id), eq(accountRoles.role, 'doctor')))
    .where(and(eq(accounts.email, DEMO_DOCTOR_EMAIL), isNotNull(accounts.practitionerId)))
    .limit(1);
  if (!doctor?.practitionerId || !doctor.organizationId) return 0;
  const [role] = await db
    .select()
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
  if (!role) return 0;
  const { regionCode } = (await db.query.organizations.findFirst({
    where: (o, { eq: is }) => is(o.id, role.organizationId),
  }))!;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const starts: Date[] = [];
  for (let day = 0; day <= DAYS_AHEAD; day += 1) {
    for (const hour of HOURS_UTC) {
      for (const minute of [15, 45]) {
        const start = new Date(today + day * 86_400_000 + (hour * 60 + minute) * 60_000);
        if (start > now) starts.push(start);
      }
    }
  }
  if (starts.length === 0) return 0;
  const written = await db
    .insert(slots)
    .values(
      starts.map((startsAt) => ({
        practitionerRoleId: role.id,
        organizationId: role.organizationId,
        practitionerId: role.practitionerId,
        regionCode,
        specialtyCode: role.specialtyCode,
        locationId: role.locationId,
        startsAt,
        endsAt: new Date(startsAt.getTime() + VISIT_MINUTES * 60_000),
        visitType: 'video' as const,
        channels: ['internet', 'registry', 'call_centre', 'doctor'],
      })),
    )
    // Where the schedule already has a slot at that time, a free one becomes a video slot.
    .onConflictDoUpdate({
      target: [slots.practitionerRoleId, slots.startsAt],
      set: { visitType: 'video' },
      setWhere: sql`${slots.status} = 'free' and ${slots.visitType} <> 'video'`,
    })
    .returning({ id: slots.id });
  return written.length;
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
