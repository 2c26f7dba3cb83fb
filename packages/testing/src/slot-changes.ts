import { type DbExecutor, schema } from '@talon/db';
import { eq } from 'drizzle-orm';

/**
 * Direct writes to a slot, as any writer (booking, a clinic, a manual fix) might make them: the live
 * availability tests check that the database itself announces each change, whoever made it.
 */
export async function setSlotStatus(db: DbExecutor, slotId: string, status: 'free' | 'booked' | 'blocked') {
  await db.update(schema.slots).set({ status }).where(eq(schema.slots.id, slotId));
}

/** Puts a hold on a slot (`until` null releases it) without touching the status. */
export async function setSlotHold(
  db: DbExecutor,
  slotId: string,
  hold: { patientId: string; until: Date } | null,
) {
  await db
    .update(schema.slots)
    .set({ heldByPatientId: hold?.patientId ?? null, heldUntil: hold?.until ?? null })
    .where(eq(schema.slots.id, slotId));
}

export async function deleteSlot(db: DbExecutor, slotId: string) {
  await db.delete(schema.slots).where(eq(schema.slots.id, slotId));
}
