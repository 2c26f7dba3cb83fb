import type { PatientAttachmentRepository } from '@talon/core/attachment';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { accounts, organizations, patientAttachments, patients } from '../../schema';

/**
 * The current attachment on the card (`patients.attached_*`) and its history (`patient_attachments`),
 * changed together in the caller's transaction.
 */
export function createPatientAttachmentRepository(db: DbExecutor): PatientAttachmentRepository {
  return {
    async lockCurrent(patientId) {
      const [row] = await db
        .select({
          organizationId: patients.attachedOrganizationId,
          district: patients.attachmentDistrict,
          since: patients.attachedSince,
        })
        .from(patients)
        .where(eq(patients.id, patientId))
        .for('update');
      return row ?? null;
    },
    async attach(input) {
      const [card] = await db
        .select({
          organizationId: patients.attachedOrganizationId,
          district: patients.attachmentDistrict,
          since: patients.attachedSince,
        })
        .from(patients)
        .where(eq(patients.id, input.patientId));
      const ended = await db
        .update(patientAttachments)
        .set({ to: input.day, updatedAt: input.at })
        .where(and(eq(patientAttachments.patientId, input.patientId), isNull(patientAttachments.to)))
        .returning({ id: patientAttachments.id });
      // An attachment from before this history (seeded, imported) gets its period when it ends.
      if (!ended.length && card?.organizationId) {
        const from = card.since && card.since <= input.day ? card.since : input.day;
        await db.insert(patientAttachments).values({
          patientId: input.patientId,
          organizationId: card.organizationId,
          district: card.district,
          from,
          to: input.day,
          createdAt: input.at,
          updatedAt: input.at,
        });
      }
      await db.insert(patientAttachments).values({
        patientId: input.patientId,
        organizationId: input.organizationId,
        district: input.district,
        from: input.day,
        requestId: input.requestId,
        createdByAccountId: input.byAccountId,
        createdAt: input.at,
        updatedAt: input.at,
      });
      await db
        .update(patients)
        .set({
          attachedOrganizationId: input.organizationId,
          attachmentDistrict: input.district,
          attachedSince: input.day,
          updatedAt: input.at,
        })
        .where(eq(patients.id, input.patientId));
    },
    async contactOf(patientId) {
      const [row] = await db
        .select({ email: patients.email, accountId: accounts.id })
        .from(patients)
        .leftJoin(accounts, eq(accounts.patientId, patients.id))
        .where(eq(patients.id, patientId))
        .limit(1);
      return row ? { accountId: row.accountId, email: row.email } : null;
    },
    async organizationName(organizationId) {
      const [row] = await db
        .select({ name: organizations.name })
        .from(organizations)
        .where(and(eq(organizations.id, organizationId), eq(organizations.isActive, true)));
      return row?.name ?? null;
    },
  };
}
