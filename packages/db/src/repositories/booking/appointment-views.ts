import type { AppointmentListFilter, AppointmentView } from '@talon/core/booking';
import { and, asc, count, desc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import {
  appointments,
  locations,
  organizations,
  patients,
  practitioners,
  reviews,
  slots,
  specialties,
} from '../../schema';
import { fullNameOf } from '../../sql';
import { organizationInScope } from '../access/registry-scope-sql';

/** The appointment with its slot, clinic, room, practitioner, specialty and review, as one row. */
const viewColumns = {
  id: appointments.id,
  patientId: appointments.patientId,
  status: appointments.status,
  code: appointments.code,
  ticketNumber: appointments.ticketNumber,
  channel: appointments.channel,
  visitType: appointments.visitType,
  specialty: { code: appointments.specialtyCode, name: specialties.name },
  slot: { id: slots.id, startsAt: slots.startsAt, endsAt: slots.endsAt, timeZone: organizations.timeZone },
  organization: { id: organizations.id, name: organizations.name, address: organizations.address },
  room: locations.room,
  practitioner: { id: practitioners.id, name: fullNameOf(practitioners) },
  reasonEncrypted: appointments.reasonEncrypted,
  cancellationReasonEncrypted: appointments.cancellationReasonEncrypted,
  rescheduledToId: appointments.rescheduledToId,
  createdAt: appointments.createdAt,
  reviewRating: reviews.rating,
  reviewComment: reviews.comment,
  reviewCreatedAt: reviews.createdAt,
};

/** The appointment read model: one appointment, or a patient's list, with what the API shows of it. */
export function createAppointmentViews(db: DbExecutor, cipher: FieldCipher) {
  const selectViews = (where: SQL | undefined) =>
    db
      .select(viewColumns)
      .from(appointments)
      .innerJoin(slots, eq(slots.id, appointments.slotId))
      .innerJoin(organizations, eq(organizations.id, appointments.organizationId))
      .innerJoin(practitioners, eq(practitioners.id, appointments.practitionerId))
      .innerJoin(specialties, eq(specialties.code, appointments.specialtyCode))
      .leftJoin(locations, eq(locations.id, slots.locationId))
      .leftJoin(reviews, eq(reviews.appointmentId, appointments.id))
      .where(where);

  type ViewRow = Awaited<ReturnType<typeof selectViews>>[number];

  const toView = ({
    reasonEncrypted,
    cancellationReasonEncrypted,
    reviewRating,
    reviewComment,
    reviewCreatedAt,
    ...row
  }: ViewRow): AppointmentView => ({
    ...row,
    reason: reasonEncrypted
      ? cipher.decrypt(reasonEncrypted, aadFor(appointments.reasonEncrypted, row.id))
      : null,
    cancellationReason: cancellationReasonEncrypted
      ? cipher.decrypt(cancellationReasonEncrypted, aadFor(appointments.cancellationReasonEncrypted, row.id))
      : null,
    review:
      reviewRating === null || reviewCreatedAt === null
        ? null
        : { rating: reviewRating, comment: reviewComment, createdAt: reviewCreatedAt },
  });

  return {
    async view(id: string): Promise<AppointmentView | null> {
      const [row] = await selectViews(eq(appointments.id, id));
      return row ? toView(row) : null;
    },

    async list(filter: AppointmentListFilter): Promise<{ items: AppointmentView[]; total: number }> {
      if (!filter.patientIds.length) return { items: [], total: 0 };
      const where = and(
        inArray(appointments.patientId, [...filter.patientIds]),
        filter.statuses ? inArray(appointments.status, [...filter.statuses]) : undefined,
        filter.from ? gte(appointments.startsAt, filter.from) : undefined,
        filter.to ? lt(appointments.startsAt, filter.to) : undefined,
        filter.practitionerId ? eq(appointments.practitionerId, filter.practitionerId) : undefined,
        filter.organizationScope
          ? organizationInScope(filter.organizationScope, sql`${appointments.organizationId}`)
          : undefined,
      );
      const rows = await selectViews(where)
        .orderBy(desc(slots.startsAt), asc(appointments.id))
        .limit(filter.pageSize)
        .offset((filter.page - 1) * filter.pageSize);
      const [total] = await db.select({ n: count() }).from(appointments).where(where);
      return { items: rows.map(toView), total: total?.n ?? 0 };
    },

    async patientNames(patientIds: readonly string[]): Promise<Map<string, string>> {
      if (!patientIds.length) return new Map();
      const rows = await db
        .select({ id: patients.id, name: fullNameOf(patients) })
        .from(patients)
        .where(inArray(patients.id, [...patientIds]));
      return new Map(rows.map((row) => [row.id, row.name]));
    },
  };
}
