import { ZProblem, z } from '@talon/contracts';
import { isMigrated } from '@talon/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendProblem } from '../../plugins/problem-details/send-problem';

const ZStatus = z.object({ status: z.string() });

/** Liveness and readiness for orchestrators and load balancers. */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['System'];

  app.get('/health', { schema: { tags, summary: 'The process is up', response: { 200: ZStatus } } }, () => ({
    status: 'ok',
  }));

  app.get(
    '/ready',
    {
      schema: {
        tags,
        summary: 'The database answers and every migration is applied',
        response: { 200: ZStatus, 503: ZProblem },
      },
    },
    async (request, reply) => {
      try {
        await app.database.ping();
        if (await isMigrated(app.database)) return { status: 'ready' };
      } catch (error) {
        request.log.warn({ err: error }, 'readiness check failed');
      }
      return sendProblem(reply, request, {
        status: 503,
        code: 'NOT_READY',
        detail: 'Сервис запускается или база данных недоступна. Повторите попытку через минуту.',
      });
    },
  );
};
