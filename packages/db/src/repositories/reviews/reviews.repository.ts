import type { ReviewsRepository } from '@talon/core/reviews';
import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { appointments, practitioners, reviews, specialties } from '../../schema';
import { hasRow } from '../../sql';

/**
 * Reviews' SQL. A second review of one appointment is refused by the unique index `reviews_appointment_key`
 * (`on conflict do nothing`), never by a check before the insert; the practitioner's rating and count are
 * updated by the trigger of migration 0013 in the same transaction.
 */
export function createReviewsRepository(db: DbExecutor): ReviewsRepository {
  return {
    async insertReview(review) {
      const [row] = await db
        .insert(reviews)
        .values({
          appointmentId: review.appointmentId,
          patientId: review.patientId,
          practitionerId: review.practitionerId,
          organizationId: review.organizationId,
          rating: review.rating,
          comment: review.comment,
          createdAt: review.at,
          updatedAt: review.at,
        })
        .onConflictDoNothing({ target: reviews.appointmentId })
        .returning({
          id: reviews.id,
          appointmentId: reviews.appointmentId,
          rating: reviews.rating,
          comment: reviews.comment,
          createdAt: reviews.createdAt,
        });
      return row ?? 'exists';
    },

    practitionerExists: (practitionerId) =>
      hasRow(db, practitioners, and(eq(practitioners.id, practitionerId), eq(practitioners.isActive, true))),

    async listForPractitioner(practitionerId, { page, pageSize }) {
      const items = await db
        .select({
          id: reviews.id,
          rating: reviews.rating,
          comment: reviews.comment,
          createdAt: reviews.createdAt,
          specialty: { code: appointments.specialtyCode, name: specialties.name },
        })
        .from(reviews)
        .innerJoin(appointments, eq(appointments.id, reviews.appointmentId))
        .innerJoin(specialties, eq(specialties.code, appointments.specialtyCode))
        .where(eq(reviews.practitionerId, practitionerId))
        .orderBy(desc(reviews.createdAt), asc(reviews.id))
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      const [total] = await db
        .select({ n: count() })
        .from(reviews)
        .where(eq(reviews.practitionerId, practitionerId));
      return { items, total: total?.n ?? 0 };
    },
  };
}
