import type { AppointmentLinksRepository } from '@talon/core/notifications';
import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { queryRows } from '../../sql/query-rows';

/** Signed appointment links: the visit they point at and their single use (`appointment_link_uses`). */
export function createAppointmentLinksRepository(db: DbExecutor): AppointmentLinksRepository & {
  /** The account a link acts as: its patient record and whether it may act at all (active). */
  accountFacts(accountId: string): Promise<{ patientId: string | null; isActive: boolean } | null>;
} {
  return {
    async findVisit(appointmentId) {
      const [row] = await queryRows<{
        id: string;
        code: string;
        status: string;
        starts_at: unknown;
        time_zone: string;
        name: string;
      }>(
        db,
        sql`select a.id, a.code, a.status, a.starts_at, o.time_zone, o.name
              from appointments a join organizations o on o.id = a.organization_id
             where a.id = ${appointmentId}`,
      );
      if (!row) return null;
      return {
        id: row.id,
        code: row.code,
        status: row.status,
        startsAt: row.starts_at instanceof Date ? row.starts_at : new Date(String(row.starts_at)),
        timeZone: row.time_zone,
        clinicName: row.name,
      };
    },

    async isUsed(tokenId) {
      const rows = await queryRows(db, sql`select 1 from appointment_link_uses where token_id = ${tokenId}`);
      return rows.length > 0;
    },

    async recordUse(tokenId, appointmentId, action, at) {
      const rows = await queryRows(
        db,
        sql`insert into appointment_link_uses (token_id, appointment_id, action, used_at)
            values (${tokenId}, ${appointmentId}, ${action}, ${at.toISOString()}::timestamptz)
            on conflict do nothing returning token_id`,
      );
      return rows.length === 1;
    },

    async forgetUse(tokenId) {
      await db.execute(sql`delete from appointment_link_uses where token_id = ${tokenId}`);
    },

    async accountFacts(accountId) {
      const [row] = await queryRows<{ patient_id: string | null; status: string }>(
        db,
        sql`select patient_id, status from accounts where id = ${accountId}`,
      );
      return row ? { patientId: row.patient_id, isActive: row.status === 'active' } : null;
    },
  };
}
