import { SURVEY_SERVICE_ASPECTS } from '@talon/vocabulary';
import { isValidRating, normalizeReviewComment, REVIEW_COMMENT_MAX_LENGTH } from '../reviews';
import { DomainError } from '../shared';
import { SurveyErrorCode } from './surveys.errors';
import type { ServiceRatings } from './surveys.types';

/** A visit's survey is taken once it is fulfilled, until 30 days after its start (docs/domain.md rule 31). */
export const SURVEY_WINDOW_DAYS = 30;
/** The invitation e-mail goes out 3 hours after the visit's start: the visit is over and still fresh. */
const SURVEY_INVITATION_DELAY_HOURS = 3;
/**
 * The invitation sweep looks back 3 days: a worker paused for a weekend still invites, and a first run on an
 * installation with years of visits does not write to every past patient.
 */
const SURVEY_INVITATION_LOOKBACK_DAYS = 3;
/** A rating at or below this (any aspect) is low: the clinic gets a ticket and should answer. */
const LOW_RATING_MAX = 2;
/** Longest text of the clinic's answer, in characters. */
export const SURVEY_ANSWER_MAX_LENGTH = 2000;

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** The last moment the visit's survey is taken. */
export function surveyOpenUntil(startsAt: Date): Date {
  return new Date(startsAt.getTime() + SURVEY_WINDOW_DAYS * DAY_MS);
}

/**
 * Whether a visit that starts at `startsAt` may still be surveyed at `now`. The opening is the status
 * `fulfilled` (checked apart): a practitioner may mark a visit fulfilled before its booked time is over.
 */
export function isSurveyOpen(startsAt: Date, now: Date): boolean {
  return now.getTime() <= surveyOpenUntil(startsAt).getTime();
}

/** The visits' starts the invitation sweep at `now` looks at: [now − 3 days, now − 3 hours]. */
export function invitationWindow(now: Date): { from: Date; to: Date } {
  return {
    from: new Date(now.getTime() - SURVEY_INVITATION_LOOKBACK_DAYS * DAY_MS),
    to: new Date(now.getTime() - SURVEY_INVITATION_DELAY_HOURS * HOUR_MS),
  };
}

/** Any rating at or below `LOW_RATING_MAX` (a missing practitioner rating is not low). */
export function isLowRating(ratings: readonly (number | null)[]): boolean {
  return ratings.some((rating) => rating !== null && rating <= LOW_RATING_MAX);
}

/** What a survey's form sends, before checks. */
export interface SurveyAnswers {
  practitioner?: { rating: number; comment?: string | null } | null;
  ratings: ServiceRatings;
  comment?: string | null;
}

/**
 * Checks the ratings (whole stars 1–5) and the comments (at most 2000 characters), and returns the comments
 * as stored (trimmed, none when blank). The request schema refuses most of these first.
 */
export function checkSurveyAnswers(answers: SurveyAnswers): {
  comment: string | null;
  practitionerComment: string | null;
} {
  const invalid = (field: string) => new DomainError(SurveyErrorCode.SURVEY_INVALID, { field });
  for (const aspect of SURVEY_SERVICE_ASPECTS) {
    if (!isValidRating(answers.ratings[aspect])) throw invalid(`body.${aspect}`);
  }
  if (answers.practitioner && !isValidRating(answers.practitioner.rating)) {
    throw invalid('body.practitioner.rating');
  }
  const comment = normalizeReviewComment(answers.comment);
  if (comment !== null && comment.length > REVIEW_COMMENT_MAX_LENGTH) throw invalid('body.comment');
  const practitionerComment = normalizeReviewComment(answers.practitioner?.comment);
  if (practitionerComment !== null && practitionerComment.length > REVIEW_COMMENT_MAX_LENGTH) {
    throw invalid('body.practitioner.comment');
  }
  return { comment, practitionerComment };
}

const ASPECT_LABELS = {
  practitioner: 'врач',
  waiting: 'ожидание',
  cleanliness: 'чистота',
  registry: 'регистратура',
};

/** The ticket's text of a low rating: the ratings and the comment, never the patient (docs/surveys.md). */
export function lowRatingTicketText(
  ratings: ServiceRatings & { practitioner: number | null },
  comment: string | null,
): string {
  const parts = (['practitioner', ...SURVEY_SERVICE_ASPECTS] as const)
    .filter((aspect) => ratings[aspect] !== null)
    .map((aspect) => `${ASPECT_LABELS[aspect]} ${ratings[aspect]}`);
  const head = `Низкая оценка приёма: ${parts.join(', ')}.`;
  return comment ? `${head}\nКомментарий: ${comment}` : head;
}
