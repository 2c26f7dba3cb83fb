import type { DbExecutor } from '../client';
import type { FieldCipher } from '../crypto/field-cipher';
import { createAttachmentRequestRepository } from '../repositories/attachment/attachment-requests.repository';

const DAY = 86_400_000;

/**
 * One attachment request to the demo staff's clinic, filed 30 days ago and still «На рассмотрении»: past its
 * 2 working days, so the clinic admin's queues (/admin/queues) always show an overdue item. From the last demo
 * patient account not attached there (the first ones are the ones the tours and tests use).
 */
export async function writeDemoAttachmentRequest(
  tx: DbExecutor,
  cipher: FieldCipher,
  holder: { patientId: string; accountId: string },
  organizationId: string,
  now: Date,
): Promise<number> {
  const created = await createAttachmentRequestRepository(tx, cipher).create({
    patientId: holder.patientId,
    accountId: holder.accountId,
    organizationId,
    district: null,
    reason: 'Поликлиника ближе к дому',
    moved: false,
    scanUploadId: null,
    at: new Date(now.getTime() - 30 * DAY),
  });
  return created ? 1 : 0;
}
