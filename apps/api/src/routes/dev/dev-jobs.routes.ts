import {
  problemResponses,
  ZAccreditationRemindersResult,
  ZAccreditationRemindersRun,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/**
 * Demo mode only: runs a worker job's use case now, as of a given instant — a moved clock, so people trying
 * the demo and the browser test `[DOCTOR][ACCREDITATION]` see the 14- and 3-day accreditation reminders
 * without waiting two weeks. The same use case as the worker's daily `qualifications.remind` run; the
 * reminders' dedupe keys keep each one once whatever instant is given. Registered by app.ts beside the
 * development sink; never in production.
 */
export const devJobsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/dev/jobs/accreditation-reminders',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Dev'],
        summary: 'Run the accreditation reminder sweep as of `at` (demo mode only)',
        body: ZAccreditationRemindersRun,
        response: { 200: ZAccreditationRemindersResult, 400: problemResponses[400] },
      },
    },
    async (request) =>
      app.services.qualifications.sweepReminders(
        null,
        request.body.at ? { at: new Date(request.body.at) } : {},
      ),
  );
};
