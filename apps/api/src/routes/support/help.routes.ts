import {
  problemResponses,
  ZHelpArticle,
  ZHelpArticleList,
  ZHelpArticleSlug,
  ZHelpSearchQuery,
  ZSaveHelpArticle,
  ZSupportAvailability,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf, supportDeskRefusals } from '../route-preamble';
import { toHelpArticle } from './support.presenter';

/**
 * «Помощь», the knowledge base (issue 17 item 2): public, so a person who cannot sign in reads it too;
 * written in Markdown by the system admin or the support operators.
 */
export const helpRoutes: FastifyPluginAsyncZod = async (app) => {
  const { support } = app.services;
  const tags = ['Help'];

  app.get(
    '/help/articles',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Knowledge-base articles matching the words (Russian full-text search), best first',
        querystring: ZHelpSearchQuery,
        response: { 200: ZHelpArticleList, 400: problemResponses[400] },
      },
    },
    async (request) => ({
      items: (await support.searchHelpArticles(null, { query: request.query.q })).map(toHelpArticle),
    }),
  );

  app.get(
    '/help/articles/:slug',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'One knowledge-base article',
        params: ZHelpArticleSlug,
        response: { 200: ZHelpArticle, ...problemResponses },
      },
    },
    async (request) => toHelpArticle(await support.getHelpArticle(null, { slug: request.params.slug })),
  );

  app.put(
    '/help/articles/:slug',
    {
      config: { access: { roles: ['system_admin', 'support'] as const } },
      schema: {
        tags,
        summary: 'Write or rewrite a knowledge-base article (Markdown)',
        params: ZHelpArticleSlug,
        body: ZSaveHelpArticle,
        response: { 200: ZHelpArticle, ...supportDeskRefusals },
      },
    },
    async (request) =>
      toHelpArticle(
        await support.saveHelpArticle(principalOf(request), { ...request.body, slug: request.params.slug }),
      ),
  );

  app.get(
    '/help/availability',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Whether support operators answer the live chat now, and if not, when they will',
        response: { 200: ZSupportAvailability },
      },
    },
    async () => {
      const availability = await support.getSupportAvailability(null);
      return { open: availability.open, opensAt: availability.opensAt?.toISOString() ?? null };
    },
  );
};
