import type { QueueRepository } from '@talon/core/registry';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { appointments, organizations, patients } from '../../schema';

/** Today's visits of a clinic for the hall's board, in the clinic's own day. */
export function createQueueRepository(db: DbExecutor): QueueRepository {
  return {
    async today(organizationId, now) {
      const localDay = (instant: unknown) =>
        sql`((${instant})::timestamptz at time zone ${organizations.timeZone})::date`;
      const rows = await db
        .select({
          id: appointments.id,
          status: appointments.status,
          startsAt: appointments.startsAt,
          ticketNumber: appointments.ticketNumber,
          surname: patients.surname,
          name: patients.name,
          patronymic: patients.patronymic,
          timeZone: organizations.timeZone,
        })
        .from(appointments)
        .innerJoin(organizations, eq(organizations.id, appointments.organizationId))
        .innerJoin(patients, eq(patients.id, appointments.patientId))
        .where(
          and(
            eq(appointments.organizationId, organizationId),
            inArray(appointments.status, ['booked', 'confirmed', 'arrived']),
            sql`${localDay(appointments.startsAt)} = ${localDay(now.toISOString())}`,
          ),
        )
        .orderBy(asc(appointments.startsAt));
      return rows.map((row) => ({ ...row, status: row.status as 'booked' | 'confirmed' | 'arrived' }));
    },
  };
}
