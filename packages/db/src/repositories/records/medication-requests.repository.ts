import type { MedicationRequestsRepository, MedicationRequestView } from '@talon/core/records';
import { and, asc, desc, eq, inArray, like, lt, type SQL, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { NOTIFICATION_EVENTS_CHANNEL } from '../../live/notification-events';
import { accounts, medicationRequests, organizations, practitioners } from '../../schema';
import { fullNameOf } from '../../sql';
import { openOptional, sealOptional } from './record-cipher';

const slot = (column: string, rowId: string) => ({ table: 'medication_requests', column, rowId });

/** The column that records the time of a move to each status. */
const TIME_COLUMN = {
  signed: 'signedAt',
  sent: 'sentAt',
  dispensed: 'dispensedAt',
  cancelled: 'cancelledAt',
} as const;

/** Prescriptions (MedicationRequest): moves by conditional UPDATE from the statuses the workflow allows. */
export function createMedicationRequestsRepository(
  db: DbExecutor,
  cipher: FieldCipher,
): MedicationRequestsRepository {
  async function select(
    where: SQL | undefined,
    limit: number,
    order: 'newest' | 'oldest-valid' = 'newest',
  ): Promise<MedicationRequestView[]> {
    const rows = await db
      .select({
        request: medicationRequests,
        practitionerName: fullNameOf(practitioners),
        organizationName: organizations.name,
      })
      .from(medicationRequests)
      .innerJoin(practitioners, eq(practitioners.id, medicationRequests.practitionerId))
      .innerJoin(organizations, eq(organizations.id, medicationRequests.organizationId))
      .where(where)
      .orderBy(
        ...(order === 'newest'
          ? [desc(medicationRequests.createdAt), desc(medicationRequests.id)]
          : [asc(medicationRequests.validUntil), asc(medicationRequests.id)]),
      )
      .limit(limit);
    return rows.map(({ request: r, practitionerName, organizationName }) => ({
      id: r.id,
      number: r.number,
      patientId: r.patientId,
      encounterId: r.encounterId,
      practitioner: { id: r.practitionerId, name: practitionerName },
      organization: { id: r.organizationId, name: organizationName },
      medicine: { id: r.medicineId, name: r.medicineName, form: r.form, strength: r.strength },
      dosageText: openOptional(cipher, r.dosageTextEncrypted, slot('dosage_text_encrypted', r.id)),
      quantity: r.quantity,
      validUntil: r.validUntil,
      status: r.status,
      signedAt: r.signedAt,
      sentAt: r.sentAt,
      dispensedAt: r.dispensedAt,
      cancelledAt: r.cancelledAt,
      createdAt: r.createdAt,
    }));
  }

  return {
    async create(request) {
      await db.insert(medicationRequests).values({
        id: request.id,
        number: request.number,
        patientId: request.patientId,
        encounterId: request.encounterId,
        practitionerId: request.practitionerId,
        organizationId: request.organizationId,
        medicineId: request.medicineId,
        medicineName: request.medicineName,
        form: request.form,
        strength: request.strength,
        dosageTextEncrypted: sealOptional(
          cipher,
          request.dosageText,
          slot('dosage_text_encrypted', request.id),
        ),
        quantity: request.quantity,
        validUntil: request.validUntil,
        status: request.status,
        createdAt: request.at,
        updatedAt: request.at,
      });
      return request.id;
    },

    async find(id) {
      const [found] = await select(eq(medicationRequests.id, id), 1);
      return found ?? null;
    },

    list: (filter) =>
      select(
        and(
          eq(medicationRequests.patientId, filter.patientId),
          filter.statuses ? inArray(medicationRequests.status, [...filter.statuses]) : undefined,
          filter.encounterId ? eq(medicationRequests.encounterId, filter.encounterId) : undefined,
        ),
        filter.limit,
      ),

    async attachDocument(id, documentId, at) {
      await db
        .update(medicationRequests)
        .set({ documentId, updatedAt: at })
        .where(eq(medicationRequests.id, id));
    },

    async setPharmacyReference(id, reference, at) {
      await db
        .update(medicationRequests)
        .set({ pharmacyReference: reference, updatedAt: at })
        .where(eq(medicationRequests.id, id));
    },

    // The partial index `medication_requests_open_idx` (valid_until where signed or sent) serves this.
    dueToExpire: (today, limit) =>
      select(
        and(inArray(medicationRequests.status, ['signed', 'sent']), lt(medicationRequests.validUntil, today)),
        limit,
        'oldest-valid',
      ),

    listSentTo: (prefix, limit) =>
      select(
        and(
          eq(medicationRequests.status, 'sent'),
          like(medicationRequests.pharmacyReference, `${prefix.replace(/[%_\\]/g, '')}%`),
        ),
        limit,
      ),

    async transition(input) {
      if (input.from.length === 0) return false;
      const timeColumn = input.to in TIME_COLUMN ? TIME_COLUMN[input.to as keyof typeof TIME_COLUMN] : null;
      const rows = await db
        .update(medicationRequests)
        .set({
          status: input.to,
          updatedAt: input.at,
          ...(timeColumn ? { [timeColumn]: input.at } : {}),
          ...(input.to === 'cancelled'
            ? {
                cancelReasonEncrypted: sealOptional(
                  cipher,
                  input.reason ?? null,
                  slot('cancel_reason_encrypted', input.id),
                ),
              }
            : {}),
        })
        .where(and(eq(medicationRequests.id, input.id), inArray(medicationRequests.status, [...input.from])))
        .returning({ id: medicationRequests.id });
      if (rows.length !== 1) return false;
      await announceStatus(db, input.id);
      return true;
    },
  };
}

/**
 * Announces a prescription's move live (issue 12 item 4, «the practitioner sees the status change live»):
 * `prescription.status` on the accounts' event channel to the author's account and the patient's, sent at
 * commit (NOTIFY is transactional, so a move rolled back announces nothing). Ids and the status only.
 */
async function announceStatus(db: DbExecutor, prescriptionId: string): Promise<void> {
  await db.execute(sql`
    select pg_notify(${NOTIFICATION_EVENTS_CHANNEL}, json_build_object(
      'kind', 'prescription.status', 'accountId', ${accounts.id},
      'prescriptionId', ${medicationRequests.id}, 'status', ${medicationRequests.status})::text)
    from ${medicationRequests}
    join ${accounts} on ${accounts.practitionerId} = ${medicationRequests.practitionerId}
      or ${accounts.patientId} = ${medicationRequests.patientId}
    where ${medicationRequests.id} = ${prescriptionId}`);
}
