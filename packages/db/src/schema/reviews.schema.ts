import { sql } from 'drizzle-orm';
import { check, index, pgTable, smallint, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { appointments } from './booking.schema';
import { entityColumns, uuidRef } from './columns';
import { organizations } from './organizations.schema';
import { patients } from './patients.schema';
import { practitioners } from './practitioners.schema';

/** Longest review comment, in characters. */
export const REVIEW_COMMENT_MAX_LENGTH = 2000;

/**
 * A patient's review (rating 1–5 and an optional comment) of a fulfilled appointment. At most one per
 * appointment: the unique index makes a second review impossible even for two requests at once. A trigger
 * (migration 0013) keeps `practitioners.rating` and `reviews_count` equal to the mean and count of these rows
 * in the same transaction as the insert. The comment is published, anonymously, on the practitioner's
 * profile, so it is stored as plain text: rule 18 encrypts what stays private (identifiers, medical text).
 */
export const reviews = pgTable(
  'reviews',
  {
    ...entityColumns,
    appointmentId: uuidRef('appointment_id', () => appointments.id, 'cascade'),
    patientId: uuidRef('patient_id', () => patients.id, 'cascade'),
    practitionerId: uuidRef('practitioner_id', () => practitioners.id, 'restrict'),
    organizationId: uuidRef('organization_id', () => organizations.id, 'restrict'),
    rating: smallint('rating').notNull(),
    comment: text('comment'),
  },
  (t) => [
    check('reviews_rating', sql`${t.rating} between 1 and 5`),
    check('reviews_comment', sql`char_length(${t.comment}) <= ${sql.raw(String(REVIEW_COMMENT_MAX_LENGTH))}`),
    uniqueIndex('reviews_appointment_key').on(t.appointmentId),
    // The public list of a practitioner's reviews, newest first.
    index('reviews_practitioner_idx').on(t.practitionerId, t.createdAt),
    index('reviews_patient_idx').on(t.patientId),
  ],
);
