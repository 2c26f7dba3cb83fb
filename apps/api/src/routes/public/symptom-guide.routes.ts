import {
  problemResponses,
  ZProblem,
  ZSymptomGuideAnswer,
  ZSymptomGuideOptions,
  ZSymptomGuideRequest,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/**
 * Per client address (or account): plenty for a person trying a few wordings, too few to use the guide (and
 * the language model behind it, when configured) as a free service.
 */
const rateLimit = { name: 'symptom-guide', max: 30, windowSeconds: 60 };

/**
 * «Не знаете, к какому врачу?» (issue 17 item 4; docs/symptom-guide.md): public, no login. What the patient
 * types is neither stored nor logged (the request log carries no bodies); the answer is `no-store`.
 */
export const symptomGuideRoutes: FastifyPluginAsyncZod = async (app) => {
  const { symptomGuide } = app.services;
  const tags = ['Symptom guide'];
  const config = { access: 'public' as const, rateLimit };
  const tooMany = ZProblem.describe('Too many requests from this address (RATE_LIMITED, Retry-After)');

  app.get(
    '/symptom-guide',
    {
      config,
      schema: {
        tags,
        summary: "The picker's body areas and symptoms, with the rule table's version and review",
        response: { 200: ZSymptomGuideOptions, 429: tooMany },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return symptomGuide.options(null);
    },
  );

  app.post(
    '/symptom-guide',
    {
      config,
      schema: {
        tags,
        summary:
          'Red flags that need an ambulance (103) first, then the specialties to book; never a diagnosis',
        body: ZSymptomGuideRequest,
        response: {
          200: ZSymptomGuideAnswer,
          400: problemResponses[400],
          422: ZProblem.describe('A picked symptom is not in the table (UNKNOWN_SYMPTOM)'),
          429: tooMany,
        },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const { text, bodyArea, symptoms, age } = request.body;
      return symptomGuide.guide(null, { text, bodyArea, symptoms, age });
    },
  );
};
