import { problemResponses, ZIdParams, ZListReviewsQuery, ZPractitionerReviewPage } from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** A practitioner's reviews for the public profile: anonymous, newest first. No login needed. */
export const reviewsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { reviews } = app.services;

  app.get(
    '/practitioners/:id/reviews',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Directory'],
        summary: "A practitioner's reviews, newest first (anonymous: no patient names)",
        params: ZIdParams,
        querystring: ZListReviewsQuery,
        response: { 200: ZPractitionerReviewPage, ...problemResponses },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const result = await reviews.listForPractitioner(null, {
        practitionerId: request.params.id,
        page,
        pageSize,
      });
      return {
        items: result.items.map((review) => ({
          id: review.id,
          rating: review.rating,
          comment: review.comment,
          createdAt: review.createdAt.toISOString(),
          specialty: review.specialty,
        })),
        total: result.total,
        page,
        pageSize,
      };
    },
  );
};
