import type { AppointmentLinksRepository } from '@talon/core/notifications';
import { eq } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { accounts, appointmentLinkUses, appointments, organizations } from '../../schema';
import { hasRow } from '../../sql';

/** Signed appointment links: the visit they point at and their single use (`appointment_link_uses`). */
export function createAppointmentLinksRepository(db: DbExecutor): AppointmentLinksRepository & {
  /** The account a link acts as: its patient record and whether it may act at all (active). */
  accountFacts(accountId: string): Promise<{ patientId: string | null; isActive: boolean } | null>;
} {
  return {
    async findVisit(appointmentId) {
      const [row] = await db
        .select({
          id: appointments.id,
          code: appointments.code,
          status: appointments.status,
          startsAt: appointments.startsAt,
          timeZone: organizations.timeZone,
          clinicName: organizations.name,
        })
        .from(appointments)
        .innerJoin(organizations, eq(organizations.id, appointments.organizationId))
        .where(eq(appointments.id, appointmentId));
      return row ?? null;
    },

    isUsed: (tokenId) => hasRow(db, appointmentLinkUses, eq(appointmentLinkUses.tokenId, tokenId)),

    async recordUse(tokenId, appointmentId, action, at) {
      const rows = await db
        .insert(appointmentLinkUses)
        .values({ tokenId, appointmentId, action, usedAt: at })
        .onConflictDoNothing()
        .returning({ tokenId: appointmentLinkUses.tokenId });
      return rows.length === 1;
    },

    async forgetUse(tokenId) {
      await db.delete(appointmentLinkUses).where(eq(appointmentLinkUses.tokenId, tokenId));
    },

    async accountFacts(accountId) {
      const [row] = await db
        .select({ patientId: accounts.patientId, status: accounts.status })
        .from(accounts)
        .where(eq(accounts.id, accountId));
      return row ? { patientId: row.patientId, isActive: row.status === 'active' } : null;
    },
  };
}
