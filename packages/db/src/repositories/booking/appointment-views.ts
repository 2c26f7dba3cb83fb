import type { AppointmentListFilter, AppointmentStatus, AppointmentView } from '@talon/core/booking';
import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { queryRows } from '../../query-rows';

const toDate = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)));
const uuidList = (ids: readonly string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
const PRACTITIONER_NAME = sql`concat_ws(' ', pr.surname, pr.name, pr.patronymic)`;

type ViewRow = {
  id: string;
  patient_id: string;
  status: AppointmentStatus;
  code: string;
  ticket_number: string;
  channel: AppointmentView['channel'];
  visit_type: AppointmentView['visitType'];
  specialty_code: string;
  specialty_name: string;
  slot_id: string;
  starts_at: unknown;
  ends_at: unknown;
  time_zone: string;
  organization_id: string;
  organization_name: string;
  address: string;
  room: string | null;
  practitioner_id: string;
  practitioner_name: string;
  reason_encrypted: string | null;
  cancellation_reason_encrypted: string | null;
  rescheduled_to_id: string | null;
  created_at: unknown;
  review_rating: number | null;
  review_comment: string | null;
  review_created_at: unknown;
};

/** The appointment with its slot, clinic, room, practitioner, specialty and review, as one row. */
const VIEW_SELECT = sql`select a.id, a.patient_id, a.status, a.code, a.ticket_number, a.channel, a.visit_type,
    a.specialty_code, sp.name as specialty_name, s.id as slot_id, s.starts_at, s.ends_at, o.time_zone,
    o.id as organization_id, o.name as organization_name, o.address, l.room,
    pr.id as practitioner_id, ${PRACTITIONER_NAME} as practitioner_name,
    a.reason_encrypted, a.cancellation_reason_encrypted, a.rescheduled_to_id, a.created_at,
    rv.rating as review_rating, rv.comment as review_comment, rv.created_at as review_created_at
  from appointments a
  join slots s on s.id = a.slot_id
  join organizations o on o.id = a.organization_id
  join practitioners pr on pr.id = a.practitioner_id
  join specialties sp on sp.code = a.specialty_code
  left join locations l on l.id = s.location_id
  left join reviews rv on rv.appointment_id = a.id`;

/** The appointment read model: one appointment, or a patient's list, with what the API shows of it. */
export function createAppointmentViews(db: DbExecutor, cipher: FieldCipher) {
  const toView = (row: ViewRow): AppointmentView => ({
    id: row.id,
    patientId: row.patient_id,
    status: row.status,
    code: row.code,
    ticketNumber: row.ticket_number,
    channel: row.channel,
    visitType: row.visit_type,
    specialty: { code: row.specialty_code, name: row.specialty_name },
    slot: {
      id: row.slot_id,
      startsAt: toDate(row.starts_at),
      endsAt: toDate(row.ends_at),
      timeZone: row.time_zone,
    },
    organization: { id: row.organization_id, name: row.organization_name, address: row.address },
    room: row.room,
    practitioner: { id: row.practitioner_id, name: row.practitioner_name },
    reason: row.reason_encrypted ? cipher.decrypt(row.reason_encrypted) : null,
    cancellationReason: row.cancellation_reason_encrypted
      ? cipher.decrypt(row.cancellation_reason_encrypted)
      : null,
    rescheduledToId: row.rescheduled_to_id,
    createdAt: toDate(row.created_at),
    review:
      row.review_rating === null
        ? null
        : {
            rating: Number(row.review_rating),
            comment: row.review_comment,
            createdAt: toDate(row.review_created_at),
          },
  });

  return {
    async view(id: string): Promise<AppointmentView | null> {
      const [row] = await queryRows<ViewRow>(db, sql`${VIEW_SELECT} where a.id = ${id}`);
      return row ? toView(row) : null;
    },

    async list(filter: AppointmentListFilter): Promise<{ items: AppointmentView[]; total: number }> {
      if (!filter.patientIds.length) return { items: [], total: 0 };
      const where = sql.join(
        [
          sql`a.patient_id in (${uuidList(filter.patientIds)})`,
          filter.statuses
            ? sql`a.status in (${sql.join(
                filter.statuses.map((s) => sql`${s}`),
                sql`, `,
              )})`
            : undefined,
          filter.from ? sql`a.starts_at >= ${filter.from.toISOString()}::timestamptz` : undefined,
          filter.to ? sql`a.starts_at < ${filter.to.toISOString()}::timestamptz` : undefined,
          filter.practitionerId ? sql`a.practitioner_id = ${filter.practitionerId}::uuid` : undefined,
        ].filter((part) => part !== undefined),
        sql` and `,
      );
      const rows = await queryRows<ViewRow>(
        db,
        sql`${VIEW_SELECT} where ${where}
          order by s.starts_at desc, a.id limit ${filter.pageSize} offset ${(filter.page - 1) * filter.pageSize}`,
      );
      const [count] = await queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from appointments a where ${where}`,
      );
      return { items: rows.map(toView), total: Number(count?.n ?? 0) };
    },

    async patientNames(patientIds: readonly string[]): Promise<Map<string, string>> {
      if (!patientIds.length) return new Map();
      const rows = await queryRows<{ id: string; name: string }>(
        db,
        sql`select id, concat_ws(' ', surname, name, patronymic) as name
          from patients where id in (${uuidList(patientIds)})`,
      );
      return new Map(rows.map((row) => [row.id, row.name]));
    },
  };
}
