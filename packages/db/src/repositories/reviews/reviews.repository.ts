import type { PractitionerReview, Review, ReviewsRepository } from '@talon/core/reviews';
import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { queryRows } from '../../query-rows';

const toDate = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)));

type ReviewRow = {
  id: string;
  appointment_id: string;
  rating: number;
  comment: string | null;
  created_at: unknown;
};

type PractitionerReviewRow = {
  id: string;
  rating: number;
  comment: string | null;
  created_at: unknown;
  specialty_code: string;
  specialty_name: string;
};

/**
 * Reviews' SQL. A second review of one appointment is refused by the unique index `reviews_appointment_key`
 * (`on conflict do nothing`), never by a check before the insert; the practitioner's rating and count are
 * updated by the trigger of migration 0013 in the same transaction.
 */
export function createReviewsRepository(db: DbExecutor): ReviewsRepository {
  return {
    async insertReview(review): Promise<Review | 'exists'> {
      const at = review.at.toISOString();
      const [row] = await queryRows<ReviewRow>(
        db,
        sql`insert into reviews
            (appointment_id, patient_id, practitioner_id, organization_id, rating, comment, created_at, updated_at)
          values (${review.appointmentId}, ${review.patientId}, ${review.practitionerId},
            ${review.organizationId}, ${review.rating}, ${review.comment}, ${at}::timestamptz, ${at}::timestamptz)
          on conflict (appointment_id) do nothing
          returning id, appointment_id, rating, comment, created_at`,
      );
      if (!row) return 'exists';
      return {
        id: row.id,
        appointmentId: row.appointment_id,
        rating: Number(row.rating),
        comment: row.comment,
        createdAt: toDate(row.created_at),
      };
    },

    async practitionerExists(practitionerId) {
      const [row] = await queryRows<{ id: string }>(
        db,
        sql`select id from practitioners where id = ${practitionerId} and is_active`,
      );
      return row !== undefined;
    },

    async listForPractitioner(practitionerId, { page, pageSize }) {
      const rows = await queryRows<PractitionerReviewRow>(
        db,
        sql`select rv.id, rv.rating, rv.comment, rv.created_at, a.specialty_code, sp.name as specialty_name
          from reviews rv
          join appointments a on a.id = rv.appointment_id
          join specialties sp on sp.code = a.specialty_code
          where rv.practitioner_id = ${practitionerId}
          order by rv.created_at desc, rv.id
          limit ${pageSize} offset ${(page - 1) * pageSize}`,
      );
      const [count] = await queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from reviews where practitioner_id = ${practitionerId}`,
      );
      const items: PractitionerReview[] = rows.map((row) => ({
        id: row.id,
        rating: Number(row.rating),
        comment: row.comment,
        createdAt: toDate(row.created_at),
        specialty: { code: row.specialty_code, name: row.specialty_name },
      }));
      return { items, total: Number(count?.n ?? 0) };
    },
  };
}
