import type { ReminderCandidate, ReminderKind, RemindersRepository } from '@talon/core/notifications';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import {
  appointmentReminders,
  appointments,
  type locations,
  notificationOutbox,
  type organizations,
  type specialties,
} from '../../schema';
import type { Nullable, RawRow, Renamed } from '../../sql';
import { hasRow, instant, queryRows, toDate } from '../../sql';
import { createOutboxRepository } from '../outbox.repository';
import { RECIPIENT_ACCOUNT, RECIPIENT_COLUMNS, type RecipientRow, toRecipient } from './recipient-sql';

type CandidateRow = Pick<RawRow<typeof appointments>, 'id' | 'starts_at' | 'code' | 'visit_type'> &
  Renamed<RawRow<typeof organizations>, { name: 'clinic_name' }> &
  Pick<RawRow<typeof organizations>, 'address' | 'time_zone'> &
  Nullable<Pick<RawRow<typeof locations>, 'room'>> &
  Renamed<RawRow<typeof specialties>, { name: 'specialty_name' }> &
  RecipientRow;

const toCandidate = (row: CandidateRow): ReminderCandidate => ({
  appointmentId: row.id,
  startsAt: toDate(row.starts_at),
  code: row.code,
  clinicName: row.clinic_name,
  clinicAddress: row.address,
  clinicTimeZone: row.time_zone,
  room: row.room,
  specialtyName: row.specialty_name,
  visitType: row.visit_type,
  recipient: toRecipient(row),
});

/**
 * The reminder sweep's SQL. Candidates come from the partial index `appointments_upcoming_idx` (start time
 * of booked and confirmed visits) minus the ledger `appointment_reminders`; planning writes the ledger and
 * the outbox row in one transaction per batch.
 */
export function createRemindersRepository(
  db: Database,
  cipher: Pick<FieldCipher, 'encrypt' | 'decrypt'>,
): RemindersRepository & {
  /** A claimed reminder whose visit is no longer upcoming: sending → cancelled, never sent. */
  dropClaimed(outboxId: string, reason: string, now: Date): Promise<void>;
} {
  return {
    async findUnplanned(kind: ReminderKind, from: Date, to: Date, limit: number, appointmentId?: string) {
      const rows = await queryRows<CandidateRow>(
        db,
        sql`select a.id, a.starts_at, a.code, a.visit_type, o.name as clinic_name, o.address, o.time_zone, l.room,
              sp.name as specialty_name, ${RECIPIENT_COLUMNS}
            from appointments a
            join patients p on p.id = a.patient_id
            join organizations o on o.id = a.organization_id
            join specialties sp on sp.code = a.specialty_code
            join slots s on s.id = a.slot_id
            left join locations l on l.id = s.location_id
            ${RECIPIENT_ACCOUNT}
           where a.status in ('booked', 'confirmed')
             and a.starts_at > ${instant(from)} and a.starts_at <= ${instant(to)}
             and not exists (select 1 from appointment_reminders r where r.appointment_id = a.id and r.kind = ${kind})
             ${appointmentId ? sql`and a.id = ${appointmentId}` : sql``}
           order by a.starts_at, a.id
           limit ${limit}`,
      );
      return rows.map(toCandidate);
    },

    async planBatch(kind, reminders) {
      return db.transaction(async (tx) => {
        const outbox = createOutboxRepository(tx, cipher);
        let planned = 0;
        for (const reminder of reminders) {
          const claimed = await tx
            .insert(appointmentReminders)
            .values({ appointmentId: reminder.appointmentId, kind, dueAt: reminder.dueAt ?? null })
            .onConflictDoNothing()
            .returning({ appointmentId: appointmentReminders.appointmentId });
          // Planned meanwhile by another run: its outbox row (same dedupe key) is the one.
          if (!claimed.length) continue;
          planned++;
          if (!reminder.message) continue;
          const { id } = await outbox.enqueue(reminder.message);
          await tx
            .update(appointmentReminders)
            .set({ outboxId: id })
            .where(
              and(
                eq(appointmentReminders.appointmentId, reminder.appointmentId),
                eq(appointmentReminders.kind, kind),
              ),
            );
        }
        return planned;
      });
    },

    isVisitUpcoming: (appointmentId, now) =>
      hasRow(
        db,
        appointments,
        and(
          eq(appointments.id, appointmentId),
          inArray(appointments.status, ['booked', 'confirmed']),
          gt(appointments.startsAt, now),
        ),
      ),

    async dropClaimed(outboxId, reason, now) {
      await db
        .update(notificationOutbox)
        .set({ status: 'cancelled', lastError: reason.slice(0, 200), updatedAt: now })
        .where(and(eq(notificationOutbox.id, outboxId), eq(notificationOutbox.status, 'sending')));
    },
  };
}
