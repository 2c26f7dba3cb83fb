import {
  adminProblemResponses,
  problemResponses,
  ZProblem,
  ZSchedulePreview,
  ZSchedulePreviewRequest,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf } from '../route-preamble';
import { toNamedConflict } from './schedules.routes';

/**
 * The schedule editor's preview: the slots a template would generate over the booking horizon and the booked
 * visits it would leave outside, planned by the same functions as the save, with nothing written. Who may
 * preview is who may save: a clinic admin for the roles of their clinics (others are "not found"), a system
 * admin for any.
 */
export const schedulePreviewRoutes: FastifyPluginAsyncZod = async (app) => {
  const { scheduling } = app.services;
  app.post(
    '/admin/schedules/preview',
    {
      config: { access: { roles: ['clinic_admin', 'system_admin'] as const } },
      schema: {
        tags: ['Admin'],
        summary: 'Preview a template: slots per day and the conflicts it would cause (nothing is saved)',
        body: ZSchedulePreviewRequest,
        response: {
          200: ZSchedulePreview,
          404: problemResponses[404],
          409: ZProblem.describe('The hours overlap another template of the role'),
          ...adminProblemResponses,
        },
      },
    },
    async (request) => {
      const { practitionerRoleId, scheduleId, ...template } = request.body;
      const preview = await scheduling.previewSchedule(principalOf(request), {
        practitionerRoleId,
        scheduleId,
        template,
      });
      return {
        practitionerRoleId: preview.practitionerRoleId,
        timeZone: preview.timeZone,
        from: preview.from.toISOString(),
        to: preview.to.toISOString(),
        days: preview.days,
        slots: preview.slots.map((slot) => ({
          start: slot.startsAt.toISOString(),
          end: slot.endsAt.toISOString(),
          isPriority: slot.isPriority,
          channels: slot.channels,
        })),
        changes: preview.changes,
        conflicts: preview.conflicts.map(toNamedConflict),
      };
    },
  );
};
