import { SURVEY_ANSWER_VISIBILITIES, SURVEY_ASPECTS } from '@talon/vocabulary';
import { ZReviewRequest } from './reviews.contract';
import { z } from './zod';

/** Surveys after a visit (issue 17 item 3; docs/surveys.md): the patient's survey and the clinic's analytics. */

const ZInstant = z.iso.datetime({ offset: true });
const COMMENT_MAX = 2000;
const RATING_MESSAGE = 'Оценка — целое число от 1 до 5';

const ZRating = z
  .number({ message: RATING_MESSAGE })
  .int({ message: RATING_MESSAGE })
  .min(1, { message: RATING_MESSAGE })
  .max(5, { message: RATING_MESSAGE })
  .describe('Stars, 1 (bad) to 5 (excellent)');

const ZFreeText = (max: number, what: string) =>
  z
    .string({ message: `${what} должен быть текстом` })
    .trim()
    .max(max, { message: `${what} — не длиннее ${max} символов` })
    // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
    .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, {
      message: 'Недопустимые символы в тексте',
    });

/** `POST /api/v1/appointments/{id}/survey`: once per fulfilled visit, within 30 days of its start. */
export const ZSurveyRequest = z
  .object({
    practitioner: ZReviewRequest.nullish().describe(
      'The practitioner’s rating and comment: the visit’s review. Required unless the visit already has one (`hasReview` of the pending list); sending it then is `REVIEW_EXISTS`',
    ),
    waiting: ZRating.describe('Waiting: on time, the queue at the door'),
    cleanliness: ZRating.describe('Cleanliness of the clinic'),
    registry: ZRating.describe('The registry (front desk) and the call centre'),
    comment: ZFreeText(COMMENT_MAX, 'Комментарий')
      .nullish()
      .describe(`About the clinic’s service, at most ${COMMENT_MAX} characters; never published`),
  })
  .meta({ id: 'SurveyRequest' });
export type TSurveyRequest = z.infer<typeof ZSurveyRequest>;

const ZAnswer = z
  .object({
    text: z.string(),
    visibility: z.enum(SURVEY_ANSWER_VISIBILITIES),
    answeredAt: ZInstant,
  })
  .meta({ id: 'SurveyAnswer' });

/** The survey as its author sees it; `answer` only when the clinic made it public. */
export const ZSurvey = z
  .object({
    id: z.uuid(),
    appointmentId: z.uuid(),
    practitionerRating: z.number().int().min(1).max(5).nullable(),
    waiting: z.number().int().min(1).max(5),
    cleanliness: z.number().int().min(1).max(5),
    registry: z.number().int().min(1).max(5),
    comment: z.string().nullable(),
    createdAt: ZInstant,
    answer: ZAnswer.nullable().describe('The clinic’s public answer'),
  })
  .meta({ id: 'Survey' });
export type TSurvey = z.infer<typeof ZSurvey>;

/** A fulfilled visit waiting for its survey. */
export const ZPendingSurvey = z
  .object({
    appointmentId: z.uuid(),
    patientId: z.uuid().describe('The visit’s patient: the caller or a ward'),
    start: ZInstant.describe('The visit’s start, in the clinic’s zone'),
    practitionerName: z.string(),
    specialtyName: z.string(),
    organizationName: z.string(),
    hasReview: z
      .boolean()
      .describe('The practitioner is already rated: the form asks only the clinic’s service'),
    openUntil: ZInstant.describe('The survey is taken until then (30 days from the start)'),
  })
  .meta({ id: 'PendingSurvey' });

export const ZPendingSurveyList = z
  .object({ items: z.array(ZPendingSurvey) })
  .meta({ id: 'PendingSurveyList' });
export type TPendingSurveyList = z.infer<typeof ZPendingSurveyList>;

const ZIsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('Clinic-local date `YYYY-MM-DD`');

/** `GET /api/v1/admin/analytics/surveys`: the period (default the last 30 days, at most 92) and the clinic. */
export const ZSurveyReportQuery = z.object({
  from: ZIsoDate.optional().describe(
    'First day the surveys were written (clinic-local); default 29 days before `to`',
  ),
  to: ZIsoDate.optional().describe('Last day, inclusive; default today'),
  organization: z.uuid().optional().describe('One clinic; without it all of the caller’s clinics'),
});

const ZRatingOrNull = z.number().int().min(1).max(5).nullable();

export const ZSurveyComment = z
  .object({
    id: z.uuid().describe('The survey, for `POST /admin/surveys/{id}/answer`'),
    organizationId: z.uuid(),
    organizationName: z.string(),
    practitionerName: z.string(),
    specialtyName: z.string(),
    createdAt: ZInstant,
    ratings: z.object({
      practitioner: ZRatingOrNull,
      waiting: z.number().int(),
      cleanliness: z.number().int(),
      registry: z.number().int(),
    }),
    comment: z.string().nullable(),
    needsAnswer: z.boolean().describe('A low rating (any aspect ≤ 2): the clinic should answer'),
    answer: ZAnswer.nullable(),
  })
  .meta({ id: 'SurveyComment' });

export const ZSurveyReport = z
  .object({
    from: z.string(),
    to: z.string(),
    surveys: z.number().int().describe('Surveys written in the period'),
    aspects: z.array(
      z.object({
        aspect: z.enum(SURVEY_ASPECTS),
        count: z.number().int(),
        average: z.number().nullable().describe('Mean, two decimals; null without ratings'),
        distribution: z.array(z.number().int()).length(5).describe('Ratings of 1, 2, 3, 4 and 5 stars'),
      }),
    ),
    comments: z
      .array(ZSurveyComment)
      .describe(
        'Surveys with a comment or a low rating: unanswered low ratings first, then newest; at most 200',
      ),
  })
  .meta({ id: 'SurveyReport' });
export type TSurveyReport = z.infer<typeof ZSurveyReport>;

/** `POST /api/v1/admin/surveys/{id}/answer`: once; `public` shows it to the patient. */
export const ZSurveyAnswerRequest = z
  .object({
    text: ZFreeText(COMMENT_MAX, 'Ответ').min(1, { message: 'Напишите ответ' }),
    visibility: z
      .enum(SURVEY_ANSWER_VISIBILITIES, { message: 'Выберите, кому виден ответ' })
      .describe('`public`: the patient sees it on the visit’s page; `private`: the clinic’s note only'),
  })
  .meta({ id: 'SurveyAnswerRequest' });
export type TSurveyAnswerRequest = z.infer<typeof ZSurveyAnswerRequest>;

export const ZSurveyAnswerResult = z
  .object({
    surveyId: z.uuid(),
    text: z.string(),
    visibility: z.enum(SURVEY_ANSWER_VISIBILITIES),
    answeredAt: ZInstant,
  })
  .meta({ id: 'SurveyAnswerResult' });
