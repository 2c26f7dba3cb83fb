import type {
  LabOrderAnalyte,
  LabOrderItemView,
  LabOrdersRepository,
  LabOrderView,
  ObservationCodeSystem,
} from '@talon/core/records';
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { findAnalyte, findLabPanel } from '../../reference/clinical';
import {
  diagnosticReports,
  labOrderItems,
  labOrders,
  organizations,
  patients,
  practitioners,
} from '../../schema';
import { fullNameOf } from '../../sql';
import { openOptional, sealOptional } from './record-cipher';

const noteSlot = (rowId: string) => ({ table: 'lab_orders', column: 'note_encrypted', rowId });

const analyteOf = (code: string): LabOrderAnalyte => {
  const analyte = findAnalyte(code);
  return {
    code,
    name: analyte?.name ?? code,
    unit: analyte?.unit ?? null,
    unitDisplay: analyte?.unitDisplay ?? null,
  };
};

/** A line with the analytes a result form asks for: a panel's from the reference, or the analyte itself. */
const itemView = (row: typeof labOrderItems.$inferSelect): LabOrderItemView => ({
  code: row.code,
  kind: row.kind,
  name: row.name,
  analytes:
    row.kind === 'panel' ? (findLabPanel(row.code)?.analytes ?? []).map(analyteOf) : [analyteOf(row.code)],
});

/** Laboratory orders (ServiceRequest) with their lines; the note sealed. */
export function createLabOrdersRepository(db: DbExecutor, cipher: FieldCipher): LabOrdersRepository {
  async function select(where: SQL | undefined, orderBy: SQL[], limit: number): Promise<LabOrderView[]> {
    const rows = await db
      .select({
        order: labOrders,
        patientName: fullNameOf(patients),
        birthDate: patients.birthDate,
        organizationName: organizations.name,
        requesterName: fullNameOf(practitioners),
        reportId: diagnosticReports.id,
      })
      .from(labOrders)
      .innerJoin(patients, eq(patients.id, labOrders.patientId))
      .innerJoin(organizations, eq(organizations.id, labOrders.organizationId))
      .innerJoin(practitioners, eq(practitioners.id, labOrders.requesterPractitionerId))
      .leftJoin(diagnosticReports, eq(diagnosticReports.basedOnOrderId, labOrders.id))
      .where(where)
      .orderBy(...orderBy)
      .limit(limit);
    if (rows.length === 0) return [];
    const items = await db
      .select()
      .from(labOrderItems)
      .where(
        inArray(
          labOrderItems.orderId,
          rows.map((row) => row.order.id),
        ),
      )
      .orderBy(asc(labOrderItems.orderId), asc(labOrderItems.position));
    return rows.map(({ order: o, ...row }) => ({
      id: o.id,
      number: o.number,
      patient: { id: o.patientId, fullName: row.patientName, birthDate: row.birthDate },
      encounterId: o.encounterId,
      organization: { id: o.organizationId, name: row.organizationName },
      requester: { id: o.requesterPractitionerId, name: row.requesterName },
      priority: o.priority,
      note: openOptional(cipher, o.noteEncrypted, noteSlot(o.id)),
      status: o.status,
      items: items.filter((item) => item.orderId === o.id).map(itemView),
      createdAt: o.createdAt,
      completedAt: o.completedAt,
      revokedAt: o.revokedAt,
      reportId: row.reportId,
    }));
  }

  const move = async (id: string, set: Partial<typeof labOrders.$inferInsert>) => {
    const moved = await db
      .update(labOrders)
      .set(set)
      .where(and(eq(labOrders.id, id), eq(labOrders.status, 'active')))
      .returning({ id: labOrders.id });
    return moved.length === 1;
  };

  return {
    async create(order) {
      await db.insert(labOrders).values({
        id: order.id,
        number: order.number,
        patientId: order.patientId,
        encounterId: order.encounterId,
        organizationId: order.organizationId,
        requesterPractitionerId: order.requesterPractitionerId,
        priority: order.priority,
        noteEncrypted: sealOptional(cipher, order.note, noteSlot(order.id)),
        status: 'active',
        createdByAccountId: order.createdByAccountId,
        createdAt: order.at,
      });
      await db.insert(labOrderItems).values(
        order.items.map((item, position) => ({
          orderId: order.id,
          position,
          code: item.code,
          kind: item.kind,
          codeSystem:
            item.kind === 'analyte'
              ? ((findAnalyte(item.code)?.system ?? null) as ObservationCodeSystem | null)
              : null,
          name: item.name,
        })),
      );
    },

    async find(id) {
      const [order] = await select(eq(labOrders.id, id), [], 1);
      return order ?? null;
    },

    listForClinics: (filter) =>
      select(
        and(
          inArray(labOrders.organizationId, [...filter.organizationIds]),
          filter.status ? eq(labOrders.status, filter.status) : undefined,
        ),
        // Urgent orders first, then the one waiting longest.
        [sql`${labOrders.priority} = 'urgent' desc`, asc(labOrders.createdAt), asc(labOrders.id)],
        filter.limit,
      ),

    listForPatient: (filter) =>
      select(
        and(
          eq(labOrders.patientId, filter.patientId),
          filter.encounterId ? eq(labOrders.encounterId, filter.encounterId) : undefined,
        ),
        [desc(labOrders.createdAt), asc(labOrders.id)],
        filter.limit,
      ),

    complete: (id, at) => move(id, { status: 'completed', completedAt: at }),

    revoke: (id, byAccountId, at) =>
      move(id, { status: 'revoked', revokedAt: at, revokedByAccountId: byAccountId }),
  };
}
