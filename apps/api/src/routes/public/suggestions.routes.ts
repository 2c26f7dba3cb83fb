import { problemResponses, ZSuggestions, ZSuggestionsQuery } from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** A short public cache: the directory changes rarely, and the field asks on every keystroke. */
const CACHE_CONTROL = 'public, max-age=60';

/** `GET /search/suggestions`: specialties, doctors and clinics for the home search field (issue 6). */
export const suggestionsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/search/suggestions',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Directory'],
        summary: 'Up to 5 specialties, doctors and clinics whose names have words starting as typed',
        querystring: ZSuggestionsQuery,
        response: { 200: ZSuggestions, 400: problemResponses[400] },
      },
    },
    async (request, reply) => {
      const suggestions = await app.services.directory.suggest(null, {
        q: request.query.q,
        region: request.query.region,
      });
      reply.header('cache-control', CACHE_CONTROL);
      return suggestions;
    },
  );
};
