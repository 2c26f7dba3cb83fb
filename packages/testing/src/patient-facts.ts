import { type Database, schema } from '@talon/db';
import { asc, eq } from 'drizzle-orm';

/** Attaches a patient to a clinic (прикрепление), as the registry would. */
export async function attachPatient(
  db: Database,
  patientId: string,
  attachment: { organizationId: string; district?: string | null; since?: string | null },
) {
  await db
    .update(schema.patients)
    .set({
      attachedOrganizationId: attachment.organizationId,
      attachmentDistrict: attachment.district ?? null,
      attachedSince: attachment.since ?? null,
    })
    .where(eq(schema.patients.id, patientId));
}

/** The stored row of a data-subject request, to check what is at rest (the details encrypted). */
export async function readDataRequestRow(db: Database, id: string) {
  const [row] = await db.select().from(schema.dataRequests).where(eq(schema.dataRequests.id, id));
  return row ?? null;
}

/** The stored row of a data-change request, to check what is at rest (value, reason, comment encrypted). */
export async function readDataChangeRow(db: Database, id: string) {
  const [row] = await db.select().from(schema.dataChangeRequests).where(eq(schema.dataChangeRequests.id, id));
  return row ?? null;
}

/** Moves a data-change request's deadline (to make it overdue). */
export async function setDataChangeDueAt(db: Database, id: string, dueAt: Date) {
  await db.update(schema.dataChangeRequests).set({ dueAt }).where(eq(schema.dataChangeRequests.id, id));
}

/** Audit entries about a person, oldest first. */
export async function auditEntriesAbout(db: Database, patientId: string) {
  return db
    .select()
    .from(schema.auditEvents)
    .where(eq(schema.auditEvents.subjectPatientId, patientId))
    .orderBy(schema.auditEvents.seq);
}

/** The clinic a practitioner works at (their first role). */
export async function practitionerOrganizationId(db: Database, practitionerId: string): Promise<string> {
  const [role] = await db
    .select({ organizationId: schema.practitionerRoles.organizationId })
    .from(schema.practitionerRoles)
    .where(eq(schema.practitionerRoles.practitionerId, practitionerId));
  if (!role) throw new Error('practitioner has no role');
  return role.organizationId;
}

/** A patient's attachment history (`patient_attachments`), oldest first. */
export function attachmentHistoryOf(db: Database, patientId: string) {
  return db
    .select()
    .from(schema.patientAttachments)
    .where(eq(schema.patientAttachments.patientId, patientId))
    .orderBy(asc(schema.patientAttachments.from), asc(schema.patientAttachments.createdAt));
}
