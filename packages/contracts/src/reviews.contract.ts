import { pageOf, paginationQuery } from './pagination.contract';
import { z } from './zod';

/** Longest review comment, in characters. */
const COMMENT_MAX = 2000;

/** `POST /api/v1/appointments/{id}/review`: 1–5 stars and an optional comment, once per fulfilled visit. */
export const ZReviewRequest = z
  .object({
    rating: z
      .number({ message: 'Оценка — целое число от 1 до 5' })
      .int({ message: 'Оценка — целое число от 1 до 5' })
      .min(1, { message: 'Оценка — целое число от 1 до 5' })
      .max(5, { message: 'Оценка — целое число от 1 до 5' })
      .describe('Stars, 1 (bad) to 5 (excellent)'),
    comment: z
      .string({ message: 'Отзыв должен быть текстом' })
      .trim()
      .max(COMMENT_MAX, { message: `Отзыв — не длиннее ${COMMENT_MAX} символов` })
      // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
      .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, {
        message: 'Недопустимые символы в тексте',
      })
      .nullish()
      .describe(`Free text, trimmed, at most ${COMMENT_MAX} characters; empty means no comment`),
  })
  .meta({ id: 'ReviewRequest' });
export type TReviewRequest = z.infer<typeof ZReviewRequest>;

/** The review as its author gets it back. */
export const ZReview = z
  .object({
    id: z.uuid(),
    appointmentId: z.uuid(),
    rating: z.number().int().min(1).max(5),
    comment: z.string().nullable(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Review' });
export type TReview = z.infer<typeof ZReview>;

/** A review in a practitioner's public list: anonymous, with the specialty of the visit. */
export const ZPractitionerReview = z
  .object({
    id: z.uuid(),
    rating: z.number().int().min(1).max(5),
    comment: z.string().nullable(),
    createdAt: z.iso.datetime({ offset: true }),
    specialty: z.object({ code: z.string(), name: z.string() }),
  })
  .meta({ id: 'PractitionerReview' });
export type TPractitionerReview = z.infer<typeof ZPractitionerReview>;

export const ZPractitionerReviewPage = pageOf(ZPractitionerReview).meta({ id: 'PractitionerReviewPage' });
export type TPractitionerReviewPage = z.infer<typeof ZPractitionerReviewPage>;

export const ZListReviewsQuery = z.object({ ...paginationQuery });
