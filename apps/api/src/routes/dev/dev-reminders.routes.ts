import type { Config } from '@talon/config';
import { problemResponses, z } from '@talon/contracts';
import { deriveAppointmentLinkKey, sendReminderEmailNow } from '@talon/core/notifications';
import type { Clock } from '@talon/core/shared';
import { createFieldCipher, createRemindersRepository } from '@talon/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

interface DevRemindersOptions {
  config: Pick<Config, 'reminders' | 'secrets'>;
  clock: Clock;
}

/**
 * Demo mode only: sends one visit's 3-day reminder email now — the sweep's own message with its signed
 * confirm/change/cancel links — so people trying the demo and the browser test `[PATIENT][REMINDER-LINK]`
 * can open a link without waiting 72 hours before a visit. Registered by app.ts beside the development
 * sink; never in production.
 */
export const devRemindersRoutes: FastifyPluginAsyncZod<DevRemindersOptions> = async (app, options) => {
  const { config, clock } = options;
  const deps = {
    reminders: createRemindersRepository(app.database.db, createFieldCipher(config.secrets)),
    clock,
    offsets: config.reminders,
    lookaheadMinutes: config.reminders.sweepMinutes * 2,
    batchSize: 1,
    maxBatches: 1,
    links: {
      key: deriveAppointmentLinkKey(config.secrets.lookupKey),
      baseUrl: config.reminders.publicUrl,
    },
  };

  app.post(
    '/api/v1/dev/appointments/:id/reminder-email',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Dev'],
        summary: 'Send a visit’s 3-day reminder email now, with its signed links (demo mode only)',
        params: z.object({ id: z.uuid() }),
        response: {
          200: z.object({
            queued: z
              .boolean()
              .describe('False when the visit is not upcoming, already had its email, or has no address'),
          }),
          400: problemResponses[400],
        },
      },
    },
    async (request) => ({ queued: await sendReminderEmailNow(deps, request.params.id) }),
  );
};
