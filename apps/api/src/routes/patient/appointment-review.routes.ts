import { problemResponses, ZIdParams, ZProblem, ZReview, ZReviewRequest } from '@talon/contracts';
import type { Review } from '@talon/core/reviews';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { accessRefusals, principalOf } from '../route-preamble';

const presentReview = (review: Review) => ({
  id: review.id,
  appointmentId: review.appointmentId,
  rating: review.rating,
  comment: review.comment,
  createdAt: review.createdAt.toISOString(),
});

/** The patient's review of a fulfilled visit (docs/domain.md §2 Review): 1–5 stars and a comment, once. */
export const appointmentReviewRoutes: FastifyPluginAsyncZod = async (app) => {
  const { reviews } = app.services;

  app.post(
    '/appointments/:id/review',
    {
      config: { access: { roles: ['patient'] as const } },
      schema: {
        tags: ['Appointments'],
        summary: 'Review a fulfilled visit (mine or a ward’s): rating 1–5 and an optional comment, once',
        description:
          'Updates the practitioner’s rating (the mean of reviews) and count in the same transaction. ' +
          '`REVIEW_NOT_ALLOWED` when the visit is not `fulfilled`, `REVIEW_EXISTS` when already reviewed.',
        params: ZIdParams,
        body: ZReviewRequest,
        response: {
          201: ZReview,
          ...accessRefusals('Not allowed (role, CSRF)'),
          404: problemResponses[404],
          409: ZProblem.describe('REVIEW_NOT_ALLOWED (the visit is not fulfilled) or REVIEW_EXISTS'),
        },
      },
    },
    async (request, reply) => {
      const review = await reviews.review(principalOf(request), {
        appointmentId: request.params.id,
        rating: request.body.rating,
        comment: request.body.comment,
        origin: originOf(request),
      });
      return reply.code(201).send(presentReview(review));
    },
  );
};
