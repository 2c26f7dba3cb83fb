import { auditAppointment, authorizeAppointment, BookingErrorCode } from '../booking';
import type { Principal, RequestOrigin } from '../identity';
import { ReviewErrorCode } from '../reviews';
import { DomainError } from '../shared';
import {
  checkSurveyAnswers,
  isLowRating,
  isSurveyOpen,
  lowRatingTicketText,
  type SurveyAnswers,
} from './survey-rules';
import { SurveyErrorCode } from './surveys.errors';
import type { SurveysDeps } from './surveys.ports';
import type { Survey } from './surveys.types';

export interface SubmitSurveyInput extends SurveyAnswers {
  appointmentId: string;
  origin: RequestOrigin;
}

/**
 * The patient (or their representative, for a ward's visit) rates a fulfilled visit, once, within 30 days of
 * its start: the practitioner (the visit's review, written here unless it exists) and the clinic's waiting,
 * cleanliness and registry. The access check is the one of reading the appointment; staff who may read it,
 * like strangers, get "not found". A low rating (any aspect ≤ 2) opens a ticket for the clinic after the
 * survey commits (`deps.qualityTickets`).
 */
export async function submitSurvey(
  deps: SurveysDeps,
  principal: Principal,
  input: SubmitSurveyInput,
): Promise<Survey> {
  const { comment, practitionerComment } = checkSurveyAnswers(input);
  const record = await deps.booking.store.read((repos) => repos.booking.findAppointment(input.appointmentId));
  if (!record) throw new DomainError(BookingErrorCode.APPOINTMENT_NOT_FOUND);
  const { basis } = await authorizeAppointment(deps.booking, principal, record, 'read', input.origin);
  if (basis !== 'self' && basis !== 'representative') {
    throw new DomainError(BookingErrorCode.APPOINTMENT_NOT_FOUND);
  }
  if (record.status !== 'fulfilled') {
    throw new DomainError(SurveyErrorCode.SURVEY_NOT_ALLOWED, { params: { status: record.status } });
  }
  const now = deps.clock.now();
  if (!isSurveyOpen(record.startsAt, now)) throw new DomainError(SurveyErrorCode.SURVEY_CLOSED);

  const survey = await deps.store.transaction(async (repos) => {
    // The unique index decides between two requests at once; this answers a plain second attempt clearly.
    if (await repos.surveys.findForAppointment(record.id))
      throw new DomainError(SurveyErrorCode.SURVEY_EXISTS);
    let review = await repos.surveys.reviewOf(record.id);
    if (review && input.practitioner) throw new DomainError(ReviewErrorCode.REVIEW_EXISTS);
    if (!review) {
      if (!input.practitioner) {
        throw new DomainError(SurveyErrorCode.SURVEY_INVALID, { field: 'body.practitioner.rating' });
      }
      const written = await repos.reviews.insertReview({
        appointmentId: record.id,
        patientId: record.patientId,
        practitionerId: record.practitionerId,
        organizationId: record.organizationId,
        rating: input.practitioner.rating,
        comment: practitionerComment,
        at: now,
      });
      if (written === 'exists') throw new DomainError(ReviewErrorCode.REVIEW_EXISTS);
      review = { id: written.id, rating: written.rating };
    }
    const stored = await repos.surveys.insertSurvey({
      appointmentId: record.id,
      patientId: record.patientId,
      practitionerId: record.practitionerId,
      organizationId: record.organizationId,
      reviewId: review.id,
      ratings: input.ratings,
      comment,
      at: now,
    });
    if (stored === 'exists') throw new DomainError(SurveyErrorCode.SURVEY_EXISTS);
    await auditAppointment(repos, principal, 'appointment.survey', {
      appointmentId: record.id,
      patientId: record.patientId,
      basis,
      origin: input.origin,
      at: now,
      details: { surveyId: stored.id, reviewId: review.id, ...input.ratings, practitioner: review.rating },
    });
    return {
      id: stored.id,
      appointmentId: record.id,
      ratings: { ...input.ratings },
      comment,
      practitionerRating: review.rating,
      createdAt: stored.createdAt,
      answer: null,
    } satisfies Survey;
  });

  const all = { practitioner: survey.practitionerRating, ...survey.ratings };
  if (isLowRating(Object.values(all))) {
    await deps.qualityTickets.open({
      clinicId: record.organizationId,
      surveyId: survey.id,
      text: lowRatingTicketText(all, comment),
    });
  }
  return survey;
}
