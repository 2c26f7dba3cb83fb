import { randomInt } from 'node:crypto';
import { type Database, muteSlotEventsInTransaction, schema } from '@talon/db';
import { eq } from 'drizzle-orm';
import { buildSlots } from './factories';

type AppointmentRow = typeof schema.appointments.$inferInsert;

/** The human-code alphabet of the schema's check (no 0/O, 1/I). */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const codePart = () =>
  Array.from({ length: 4 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

const cancellerOf = (status: AppointmentRow['status']) =>
  status === 'cancelled_by_clinic' ? 'clinic' : status === 'cancelled_by_patient' ? 'patient' : null;

/**
 * Inserts an appointment of `patientId` straight into the database, as the booking use case would leave
 * it: the slot (a new one when `slotId` is absent, shaped by `slotOptions`) marked booked, an active
 * appointment with a unique code and ticket number. For tests of what reads appointments (tickets, lists).
 */
export async function buildAppointment(
  db: Database,
  options: {
    patientId: string;
    slotId?: string;
    slotOptions?: Parameters<typeof buildSlots>[1];
    appointment?: Partial<AppointmentRow>;
  },
) {
  const slotId = options.slotId ?? (await buildSlots(db, { count: 1, ...options.slotOptions }))[0]!.id;
  const [slot] = await db.select().from(schema.slots).where(eq(schema.slots.id, slotId));
  if (!slot) throw new Error('no such slot');
  await db.update(schema.slots).set({ status: 'booked' }).where(eq(schema.slots.id, slotId));
  const [row] = await db
    .insert(schema.appointments)
    .values({
      slotId,
      patientId: options.patientId,
      organizationId: slot.organizationId,
      practitionerId: slot.practitionerId,
      specialtyCode: slot.specialtyCode,
      startsAt: slot.startsAt,
      visitType: slot.visitType,
      code: `${codePart()}-${codePart()}`,
      ticketNumber: `ТЕСТ-${slot.startsAt.toISOString().slice(0, 10).replaceAll('-', '')}-${randomInt(1e9)}`,
      channel: 'internet',
      bookedByKind: 'patient',
      // A cancelled visit names who cancelled (the schema's check): the patient, or the clinic.
      cancelledByKind: cancellerOf(options.appointment?.status),
      ...options.appointment,
    })
    .returning();
  return row!;
}

/** Sets facts of a patient that search and booking rules read (birth date, privileged category). */
export async function setPatientFacts(
  db: Database,
  patientId: string,
  facts: { birthDate?: string; privilegedCategory?: string | null },
) {
  await db.update(schema.patients).set(facts).where(eq(schema.patients.id, patientId));
}

/** Sets the booking policy of a clinic (horizon, minimum notice). */
export async function setBookingPolicy(
  db: Database,
  organizationId: string,
  policy: { bookingHorizonDays?: number; minNoticeMinutes?: number },
) {
  await db.update(schema.organizations).set(policy).where(eq(schema.organizations.id, organizationId));
}

/** Changes a slot's state directly (booked, blocked, or held by a patient until a moment). */
export async function setSlotState(
  db: Database,
  slotId: string,
  state: {
    status?: 'free' | 'booked' | 'blocked';
    heldByPatientId?: string | null;
    heldUntil?: Date | null;
  },
) {
  await db.update(schema.slots).set(state).where(eq(schema.slots.id, slotId));
}

/** The same without a slot event, as a bulk load writes: no open page and no shared page hears of it. */
export async function setSlotStateUnannounced(
  db: Database,
  slotId: string,
  state: Parameters<typeof setSlotState>[2],
) {
  await db.transaction(async (tx) => {
    await muteSlotEventsInTransaction(tx);
    await tx.update(schema.slots).set(state).where(eq(schema.slots.id, slotId));
  });
}
