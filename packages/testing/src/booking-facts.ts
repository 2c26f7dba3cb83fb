import { type Database, schema } from '@talon/db';
import { and, eq, inArray, sql } from 'drizzle-orm';

/** Booking facts read back from the database by the booking tests (SQL stays in this package). */

const ACTIVE = ['booked', 'confirmed', 'arrived'] as const;

/** Active (booked, confirmed, arrived) appointments in these slots. */
export function activeAppointmentsIn(db: Database, slotIds: string[]) {
  return db
    .select()
    .from(schema.appointments)
    .where(
      and(inArray(schema.appointments.slotId, slotIds), inArray(schema.appointments.status, [...ACTIVE])),
    );
}

/** Appointment rows by id, by slot or by patient. */
export function appointmentRows(
  db: Database,
  filter: { ids?: string[]; slotId?: string; patientId?: string },
) {
  return db
    .select()
    .from(schema.appointments)
    .where(
      and(
        filter.ids ? inArray(schema.appointments.id, filter.ids.length ? filter.ids : ['']) : undefined,
        filter.slotId ? eq(schema.appointments.slotId, filter.slotId) : undefined,
        filter.patientId ? eq(schema.appointments.patientId, filter.patientId) : undefined,
      ),
    );
}

/** `{ slotId: status }` of these slots. */
export async function slotStatuses(db: Database, slotIds: string[]) {
  const rows = await db
    .select({ id: schema.slots.id, status: schema.slots.status })
    .from(schema.slots)
    .where(inArray(schema.slots.id, slotIds));
  return Object.fromEntries(rows.map((row) => [row.id, row.status]));
}

export async function slotRow(db: Database, slotId: string) {
  const [row] = await db.select().from(schema.slots).where(eq(schema.slots.id, slotId));
  return row ?? null;
}

export async function referralRow(db: Database, referralId: string) {
  const [row] = await db.select().from(schema.referrals).where(eq(schema.referrals.id, referralId));
  return row ?? null;
}

/** Changes a referral's state directly (cancelled, expired) for tests of what can still be used. */
export async function setReferralState(
  db: Database,
  referralId: string,
  state: { cancelledAt?: Date | null; validUntil?: string },
): Promise<void> {
  await db.update(schema.referrals).set(state).where(eq(schema.referrals.id, referralId));
}

/** A patient's referrals, as stored. */
export function referralRowsOf(db: Database, patientId: string) {
  return db.select().from(schema.referrals).where(eq(schema.referrals.patientId, patientId));
}

export async function patientRow(db: Database, patientId: string) {
  const [row] = await db.select().from(schema.patients).where(eq(schema.patients.id, patientId));
  return row ?? null;
}

/** Outbox rows written with a template (their dedupe keys name the appointment). */
export function outboxRowsOf(db: Database, template: string) {
  return db.select().from(schema.notificationOutbox).where(eq(schema.notificationOutbox.template, template));
}

/**
 * Makes the database refuse to turn an appointment `rescheduled`: the second half of a reschedule fails
 * after the first half ran. Returns the function that removes the failure.
 */
export async function injectRescheduleFailure(db: Database): Promise<() => Promise<void>> {
  await db.execute(sql`create function fail_reschedule() returns trigger language plpgsql as $$
    begin raise exception 'injected failure'; end $$`);
  await db.execute(sql`create trigger fail_reschedule before update on appointments for each row
    when (new.status = 'rescheduled') execute function fail_reschedule()`);
  return async () => {
    await db.execute(sql`drop trigger fail_reschedule on appointments`);
    await db.execute(sql`drop function fail_reschedule()`);
  };
}

/**
 * Puts an `Idempotency-Key` back to `in_flight`, claimed at `claimedAt`, with no stored answer: what a process
 * killed after its commit and before it stored the answer leaves behind.
 */
export async function leaveIdempotencyKeyInFlight(db: Database, key: string, claimedAt: Date): Promise<void> {
  await db.execute(
    sql`update idempotency_keys set state = 'in_flight', response_status = null, response_encrypted = null,
        created_at = ${claimedAt.toISOString()}::timestamptz where key = ${key}`,
  );
}
