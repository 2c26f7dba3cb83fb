import type { ReminderCandidate, ReminderKind, RemindersRepository } from '@talon/core/notifications';
import { sql } from 'drizzle-orm';
import type { Database } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { queryRows } from '../../sql/query-rows';
import { createOutboxRepository } from '../outbox.repository';
import { toPreferences } from './preferences.repository';
import { PREFERENCE_COLUMNS, type PreferenceRow, RECIPIENT_ACCOUNT } from './recipient-sql';

type CandidateRow = PreferenceRow & {
  id: string;
  starts_at: unknown;
  code: string;
  clinic_name: string;
  address: string | null;
  time_zone: string;
  room: string | null;
  specialty_name: string;
  account_id: string | null;
  phone: string | null;
  email: string | null;
};

const toDate = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)));

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
    async findUnplanned(kind: ReminderKind, from: Date, to: Date, limit: number) {
      const rows = await queryRows<CandidateRow>(
        db,
        sql`select a.id, a.starts_at, a.code, o.name as clinic_name, o.address, o.time_zone, l.room,
              sp.name as specialty_name, ra.id as account_id, coalesce(ra.phone, p.phone) as phone,
              coalesce(ra.email, p.email) as email, ${PREFERENCE_COLUMNS}
            from appointments a
            join patients p on p.id = a.patient_id
            join organizations o on o.id = a.organization_id
            join specialties sp on sp.code = a.specialty_code
            join slots s on s.id = a.slot_id
            left join locations l on l.id = s.location_id
            ${RECIPIENT_ACCOUNT}
           where a.status in ('booked', 'confirmed')
             and a.starts_at > ${from.toISOString()}::timestamptz and a.starts_at <= ${to.toISOString()}::timestamptz
             and not exists (select 1 from appointment_reminders r where r.appointment_id = a.id and r.kind = ${kind})
           order by a.starts_at, a.id
           limit ${limit}`,
      );
      return rows.map(
        (row): ReminderCandidate => ({
          appointmentId: row.id,
          startsAt: toDate(row.starts_at),
          code: row.code,
          clinicName: row.clinic_name,
          clinicAddress: row.address,
          clinicTimeZone: row.time_zone,
          room: row.room,
          specialtyName: row.specialty_name,
          recipient: {
            accountId: row.account_id,
            phone: row.phone,
            email: row.email,
            preferences: toPreferences(row),
          },
        }),
      );
    },

    async planBatch(kind, reminders) {
      return db.transaction(async (tx) => {
        const outbox = createOutboxRepository(tx, cipher);
        let planned = 0;
        for (const reminder of reminders) {
          const claimed = await queryRows(
            tx,
            sql`insert into appointment_reminders (appointment_id, kind, due_at)
                values (${reminder.appointmentId}, ${kind}, ${reminder.dueAt?.toISOString() ?? null}::timestamptz)
                on conflict do nothing returning appointment_id`,
          );
          // Planned meanwhile by another run: its outbox row (same dedupe key) is the one.
          if (!claimed.length) continue;
          planned++;
          if (!reminder.message) continue;
          const { id } = await outbox.enqueue(reminder.message);
          await tx.execute(
            sql`update appointment_reminders set outbox_id = ${id}
                 where appointment_id = ${reminder.appointmentId} and kind = ${kind}`,
          );
        }
        return planned;
      });
    },

    async isVisitUpcoming(appointmentId, now) {
      const rows = await queryRows(
        db,
        sql`select 1 from appointments where id = ${appointmentId}
              and status in ('booked', 'confirmed') and starts_at > ${now.toISOString()}::timestamptz`,
      );
      return rows.length > 0;
    },

    async dropClaimed(outboxId, reason, now) {
      await db.execute(
        sql`update notification_outbox set status = 'cancelled', last_error = ${reason.slice(0, 200)},
              updated_at = ${now.toISOString()}::timestamptz
            where id = ${outboxId} and status = 'sending'`,
      );
    },
  };
}
