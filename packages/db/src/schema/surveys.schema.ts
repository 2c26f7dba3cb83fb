import { SURVEY_ANSWER_VISIBILITIES } from '@talon/vocabulary';
import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, smallint, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { appointments } from './booking.schema';
import { entityColumns, inList, optionalUuidRef, timestamptz, uuidRef } from './columns';
import { accounts } from './identity.schema';
import { organizations } from './organizations.schema';
import { patients } from './patients.schema';
import { practitioners } from './practitioners.schema';
import { REVIEW_COMMENT_MAX_LENGTH, reviews } from './reviews.schema';

/** Longest answer of the clinic to a survey, in characters. */
const SURVEY_ANSWER_MAX_LENGTH = 2000;

const rating = (name: string) => smallint(name).notNull();

/**
 * A patient's survey of a fulfilled visit (issue 17 item 3; docs/surveys.md): the clinic's service — waiting,
 * cleanliness, registry, 1–5 each — and a comment; the practitioner's rating is the visit's review
 * (`review_id`, the `reviews` row). At most one per appointment (`visit_surveys_appointment_key`), even for two
 * requests at once. `needs_answer` marks a low rating the clinic should answer (set by the quality-ticket
 * port until the support desk takes it over); the answer, once, is `public` (the patient sees it) or
 * `private` (the clinic's note). The comment is never published, but it is about the service, not health:
 * plain text, like reviews.
 */
export const visitSurveys = pgTable(
  'visit_surveys',
  {
    ...entityColumns,
    appointmentId: uuidRef('appointment_id', () => appointments.id, 'cascade'),
    patientId: uuidRef('patient_id', () => patients.id, 'cascade'),
    organizationId: uuidRef('organization_id', () => organizations.id, 'restrict'),
    practitionerId: uuidRef('practitioner_id', () => practitioners.id, 'restrict'),
    reviewId: optionalUuidRef('review_id', () => reviews.id),
    waiting: rating('waiting'),
    cleanliness: rating('cleanliness'),
    registry: rating('registry'),
    comment: text('comment'),
    needsAnswer: boolean('needs_answer').notNull().default(false),
    answer: text('answer'),
    answerVisibility: text('answer_visibility', { enum: SURVEY_ANSWER_VISIBILITIES }),
    answeredAt: timestamptz('answered_at'),
    answeredByAccountId: optionalUuidRef('answered_by_account_id', () => accounts.id),
  },
  (t) => [
    check(
      'visit_surveys_ratings',
      sql`${t.waiting} between 1 and 5 and ${t.cleanliness} between 1 and 5 and ${t.registry} between 1 and 5`,
    ),
    check(
      'visit_surveys_comment',
      sql`char_length(${t.comment}) <= ${sql.raw(String(REVIEW_COMMENT_MAX_LENGTH))}`,
    ),
    check(
      'visit_surveys_answer',
      sql`(${t.answer} is null) = (${t.answerVisibility} is null) and (${t.answer} is null) = (${t.answeredAt} is null)
        and char_length(${t.answer}) <= ${sql.raw(String(SURVEY_ANSWER_MAX_LENGTH))}`,
    ),
    check(
      'visit_surveys_answer_visibility',
      sql`${t.answerVisibility} in (${inList(SURVEY_ANSWER_VISIBILITIES)})`,
    ),
    uniqueIndex('visit_surveys_appointment_key').on(t.appointmentId),
    // The clinic admin's analytics: a clinic's surveys of a period.
    index('visit_surveys_organization_idx').on(t.organizationId, t.createdAt),
    index('visit_surveys_patient_idx').on(t.patientId),
  ],
);
