import type { AppointmentRecipientsPort } from '@talon/core/notifications';
import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { queryRows } from '../../sql';
import { RECIPIENT_ACCOUNT, RECIPIENT_COLUMNS, type RecipientRow, toRecipient } from './recipient-sql';

/**
 * Who hears about a patient's visits, read in the booking transaction: the patient's account (or their
 * representative's, for a ward) with its contacts and preferences; the patient card's contacts otherwise.
 */
export function createRecipientsRepository(db: DbExecutor): AppointmentRecipientsPort {
  return {
    async forPatient(patientId, bookedByAccountId) {
      const [row] = await queryRows<RecipientRow>(
        db,
        sql`select ${RECIPIENT_COLUMNS}
            from (select ${patientId}::uuid as patient_id, ${bookedByAccountId}::uuid as booked_by_account_id) a
            join patients p on p.id = a.patient_id
            ${RECIPIENT_ACCOUNT}`,
      );
      if (!row) return { accountId: null, phone: null, email: null, preferences: null };
      return toRecipient(row);
    },
  };
}
