import { describe, expect, it } from 'vitest';
import { isDomainError } from '../shared';
import {
  checkSurveyAnswers,
  invitationWindow,
  isLowRating,
  isSurveyOpen,
  lowRatingTicketText,
  surveyOpenUntil,
} from './survey-rules';

const START = new Date('2026-12-01T07:00:00Z');
const ratings = { waiting: 4, cleanliness: 5, registry: 3 };

const fieldOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, field: error.options.field };
    throw error;
  }
  return null;
};

describe('the survey window', () => {
  it('closes 30 days after the visit’s start, inclusive (a visit fulfilled early is open at once)', () => {
    expect(surveyOpenUntil(START).toISOString()).toBe('2026-12-31T07:00:00.000Z');
    expect(isSurveyOpen(START, new Date('2026-12-01T06:45:00Z'))).toBe(true);
    expect(isSurveyOpen(START, START)).toBe(true);
    expect(isSurveyOpen(START, new Date('2026-12-31T07:00:00Z'))).toBe(true);
    expect(isSurveyOpen(START, new Date('2026-12-31T07:00:01Z'))).toBe(false);
  });

  it('invites for visits started between 3 days and 3 hours ago', () => {
    const now = new Date('2026-12-10T12:00:00Z');
    expect(invitationWindow(now)).toEqual({
      from: new Date('2026-12-07T12:00:00Z'),
      to: new Date('2026-12-10T09:00:00Z'),
    });
  });
});

describe('isLowRating', () => {
  it('is any aspect at 2 stars or below; a missing practitioner rating is not low', () => {
    expect(isLowRating([3, 4, 5, null])).toBe(false);
    expect(isLowRating([3, 2, 5, 5])).toBe(true);
    expect(isLowRating([1, 5, 5, 5])).toBe(true);
    expect(isLowRating([null, 3, 3, 3])).toBe(false);
  });
});

describe('checkSurveyAnswers', () => {
  it('trims the comments and makes blank ones none', () => {
    expect(
      checkSurveyAnswers({ ratings, comment: '  Долго ждали  ', practitioner: { rating: 5, comment: ' ' } }),
    ).toEqual({ comment: 'Долго ждали', practitionerComment: null });
  });

  it('names the field of a rating outside 1–5 or a comment too long', () => {
    expect(fieldOf(() => checkSurveyAnswers({ ratings: { ...ratings, registry: 0 } }))).toEqual({
      code: 'SURVEY_INVALID',
      field: 'body.registry',
    });
    expect(fieldOf(() => checkSurveyAnswers({ ratings, practitioner: { rating: 6 } }))?.field).toBe(
      'body.practitioner.rating',
    );
    expect(fieldOf(() => checkSurveyAnswers({ ratings, comment: 'а'.repeat(2001) }))?.field).toBe(
      'body.comment',
    );
    expect(fieldOf(() => checkSurveyAnswers({ ratings, comment: 'а'.repeat(2000) }))).toBeNull();
  });
});

describe('lowRatingTicketText', () => {
  it('lists the ratings and the comment, and skips a missing practitioner rating', () => {
    expect(lowRatingTicketText({ practitioner: 5, waiting: 1, cleanliness: 4, registry: 2 }, 'Очередь')).toBe(
      'Низкая оценка приёма: врач 5, ожидание 1, чистота 4, регистратура 2.\nКомментарий: Очередь',
    );
    expect(lowRatingTicketText({ practitioner: null, ...ratings }, null)).toBe(
      'Низкая оценка приёма: ожидание 4, чистота 5, регистратура 3.',
    );
  });
});
