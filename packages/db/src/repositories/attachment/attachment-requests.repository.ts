import { randomUUID } from 'node:crypto';
import type { AttachmentRequest, AttachmentRequestRepository, AttachmentScope } from '@talon/core/attachment';
import { localDate } from '@talon/core/shared';
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import { organizations, attachmentRequests as t } from '../../schema';

/** Attachment requests (issue 13 item 2); the reason and the registry's comment are encrypted at rest. */
export function createAttachmentRequestRepository(
  db: DbExecutor,
  cipher: FieldCipher,
): AttachmentRequestRepository {
  const select = () =>
    db
      .select({ row: t, organizationName: organizations.name })
      .from(t)
      .innerJoin(organizations, eq(organizations.id, t.organizationId));
  type Selected = Awaited<ReturnType<typeof select>>[number];
  const toRequest = ({ row, organizationName }: Selected): AttachmentRequest => ({
    id: row.id,
    number: row.number,
    patientId: row.patientId,
    accountId: row.accountId,
    organizationId: row.organizationId,
    organizationName,
    district: row.district,
    reason: cipher.decrypt(row.reasonEncrypted, aadFor(t.reasonEncrypted, row.id)),
    moved: row.moved,
    scanUploadId: row.scanUploadId,
    status: row.status,
    comment: row.commentEncrypted
      ? cipher.decrypt(row.commentEncrypted, aadFor(t.commentEncrypted, row.id))
      : null,
    decidedByAccountId: row.decidedByAccountId,
    decidedAt: row.decidedAt,
    createdAt: row.createdAt,
  });
  const inScope = (scope: AttachmentScope): SQL | undefined => {
    if (scope.kind === 'all') return undefined;
    if (!scope.organizationIds.length) return sql`false`;
    return inArray(t.organizationId, [...scope.organizationIds]);
  };

  return {
    async create(request) {
      // The id is made here: the ciphertext is bound to it (docs/domain.md rule 18).
      const id = randomUUID();
      const year = localDate(request.at, 'Europe/Moscow').slice(0, 4);
      const inserted = await db
        .insert(t)
        .values({
          id,
          number: sql`${`ПРК-${year}-`} || lpad(nextval('attachment_request_number_seq')::text, 6, '0')`,
          patientId: request.patientId,
          accountId: request.accountId,
          organizationId: request.organizationId,
          district: request.district,
          reasonEncrypted: cipher.encrypt(request.reason, aadFor(t.reasonEncrypted, id)),
          moved: request.moved,
          createdAt: request.at,
          updatedAt: request.at,
        })
        // Only the one-open-request index can conflict (the id and number are fresh).
        .onConflictDoNothing()
        .returning({ id: t.id });
      if (!inserted.length) return null;
      const [row] = await select().where(eq(t.id, id));
      return toRequest(row!);
    },
    async setScan(id, uploadId) {
      await db.update(t).set({ scanUploadId: uploadId }).where(eq(t.id, id));
    },
    async listForPatient(patientId) {
      const rows = await select().where(eq(t.patientId, patientId)).orderBy(desc(t.createdAt), desc(t.id));
      return rows.map(toRequest);
    },
    async findInScope(id, scope) {
      const [row] = await select().where(and(eq(t.id, id), inScope(scope)));
      return row ? toRequest(row) : null;
    },
    async search(filter) {
      const rows = await select()
        .where(and(inScope(filter.scope), filter.status ? eq(t.status, filter.status) : undefined))
        .orderBy(asc(t.createdAt), asc(t.id))
        .limit(filter.limit);
      return rows.map(toRequest);
    },
    async decide(id, change) {
      const rows = await db
        .update(t)
        .set({
          status: change.to,
          decidedAt: change.at,
          decidedByAccountId: change.decidedByAccountId,
          commentEncrypted: change.comment
            ? cipher.encrypt(change.comment, aadFor(t.commentEncrypted, id))
            : null,
          updatedAt: change.at,
        })
        .where(and(eq(t.id, id), eq(t.status, 'submitted')))
        .returning({ id: t.id });
      return rows.length === 1;
    },
  };
}
