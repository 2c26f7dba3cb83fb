import type { StaffApplicationsRepository, StaffApplicationView } from '@talon/core/staff-applications';
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import { organizations, practitioners, staffApplicationCounters, staffApplications as t } from '../../schema';
import { fullNameOf } from '../../sql';
import { accountEmail } from '../identity/account-email';

/** Staff applications (issue 12 item 9); the form's values and a rejection's reason are encrypted at rest. */
export function createStaffApplicationsRepository(
  db: DbExecutor,
  cipher: FieldCipher,
): StaffApplicationsRepository {
  const select = () =>
    db
      .select({
        row: t,
        organizationName: organizations.name,
        practitionerName: fullNameOf(practitioners),
      })
      .from(t)
      .innerJoin(organizations, eq(organizations.id, t.organizationId))
      .innerJoin(practitioners, eq(practitioners.id, t.practitionerId));
  type Selected = Awaited<ReturnType<typeof select>>[number];
  const toView = ({ row, organizationName, practitionerName }: Selected): StaffApplicationView => ({
    id: row.id,
    number: row.number,
    type: row.type,
    status: row.status,
    fields: JSON.parse(cipher.decrypt(row.fieldsEncrypted, aadFor(t.fieldsEncrypted, row.id))),
    attachmentIds: row.attachmentIds,
    accountId: row.accountId,
    practitioner: { id: row.practitionerId, fullName: practitionerName },
    organization: { id: row.organizationId, name: organizationName },
    rejectionReason: row.rejectionReasonEncrypted
      ? cipher.decrypt(row.rejectionReasonEncrypted, aadFor(t.rejectionReasonEncrypted, row.id))
      : null,
    reviewedAt: row.reviewedAt,
    decidedAt: row.decidedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });
  const inClinics = (ids: readonly string[] | null): SQL | undefined => {
    if (ids === null) return undefined;
    return ids.length ? inArray(t.organizationId, [...ids]) : sql`false`;
  };

  return {
    async nextNumber(organizationId, year) {
      const [row] = await db
        .insert(staffApplicationCounters)
        .values({ organizationId, year, lastValue: 1 })
        .onConflictDoUpdate({
          target: [staffApplicationCounters.organizationId, staffApplicationCounters.year],
          set: { lastValue: sql`${staffApplicationCounters.lastValue} + 1` },
        })
        .returning({ value: staffApplicationCounters.lastValue });
      return row!.value;
    },

    async create(application) {
      await db.insert(t).values({
        id: application.id,
        number: application.number,
        organizationId: application.organizationId,
        practitionerId: application.practitionerId,
        accountId: application.accountId,
        type: application.type,
        fieldsEncrypted: cipher.encrypt(
          JSON.stringify(application.fields),
          aadFor(t.fieldsEncrypted, application.id),
        ),
        attachmentIds: [...application.attachmentIds],
        createdAt: application.at,
        updatedAt: application.at,
      });
      const [row] = await select().where(eq(t.id, application.id));
      return toView(row!);
    },

    async find(id) {
      const [row] = await select().where(eq(t.id, id));
      return row ? toView(row) : null;
    },

    async listOwn(accountId) {
      const rows = await select()
        .where(eq(t.accountId, accountId))
        .orderBy(desc(t.createdAt), desc(t.number));
      return rows.map(toView);
    },

    async listForClinics(ids, status) {
      const rows = await select()
        .where(and(inClinics(ids), status ? eq(t.status, status) : undefined))
        .orderBy(asc(t.createdAt), asc(t.number));
      return rows.map(toView);
    },

    async setStatus(id, change) {
      const decided = change.to === 'approved' || change.to === 'rejected';
      const rows = await db
        .update(t)
        .set({
          status: change.to,
          updatedAt: change.at,
          ...(change.to === 'in_review'
            ? { reviewedAt: change.at, reviewedByAccountId: change.byAccountId }
            : {}),
          ...(decided ? { decidedAt: change.at, decidedByAccountId: change.byAccountId } : {}),
          ...(change.rejectionReason
            ? {
                rejectionReasonEncrypted: cipher.encrypt(
                  change.rejectionReason,
                  aadFor(t.rejectionReasonEncrypted, id),
                ),
              }
            : {}),
        })
        .where(and(eq(t.id, id), eq(t.status, change.from)))
        .returning({ id: t.id });
      return rows.length === 1;
    },

    emailOf: (accountId) => accountEmail(db, accountId),
  };
}
