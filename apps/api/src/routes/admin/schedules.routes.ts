import {
  adminProblemResponses,
  problemResponses,
  ZCreateSchedule,
  ZCreateScheduleException,
  ZIdParams,
  ZProblem,
  ZScheduleChange,
  ZScheduleExceptionChange,
  ZScheduleExceptionPage,
  ZScheduleExceptionsQuery,
  ZSchedulePage,
  ZScheduleRemoval,
  ZSchedulesQuery,
  ZUpdateSchedule,
} from '@talon/contracts';
import type { NamedConflict, RegenerationResult, Schedule, ScheduleException } from '@talon/core/scheduling';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { principalOf } from '../route-preamble';

const toSchedule = (s: Schedule) => ({
  ...s,
  createdAt: s.createdAt.toISOString(),
  updatedAt: s.updatedAt.toISOString(),
});

const toException = (e: ScheduleException) => ({
  id: e.id,
  practitionerRoleId: e.practitionerRoleId,
  kind: e.kind,
  startsAt: e.startsAt.toISOString(),
  endsAt: e.endsAt.toISOString(),
  reason: e.reason,
  createdAt: e.createdAt.toISOString(),
});

const toRegeneration = (r: RegenerationResult) => ({
  inserted: r.inserted,
  deleted: r.deleted,
  blocked: r.blocked,
  updated: r.updated,
  conflicts: r.conflicts.map((c) => ({
    slotId: c.slotId,
    start: c.startsAt.toISOString(),
    end: c.endsAt.toISOString(),
  })),
});

/** A conflict with its visit and patient, as the preview and the exceptions answer it. */
export const toNamedConflict = ({ startsAt, endsAt, ...conflict }: NamedConflict) => ({
  ...conflict,
  start: startsAt.toISOString(),
  end: endsAt.toISOString(),
});

/**
 * Weekly templates and exceptions (absence, vacation, sick day, extra hours) of practitioner roles. A clinic
 * admin manages the roles of their own clinics (others are "not found"), a system admin every role. Each
 * change regenerates the role's slots for the booking horizon in the same transaction and answers with what
 * changed, including booked slots left outside the new hours (conflicts, also recorded as
 * `schedule.conflict` in the audit log).
 */
export const adminSchedulesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { scheduling } = app.services;
  const tags = ['Admin'];
  const config = { access: { roles: ['clinic_admin', 'system_admin'] as const } };

  app.get(
    '/admin/schedules',
    {
      config,
      schema: {
        tags,
        summary: 'Weekly templates of practitioner roles, by role or clinic',
        querystring: ZSchedulesQuery,
        response: { 200: ZSchedulePage, ...adminProblemResponses },
      },
    },
    async (request) => {
      const q = request.query;
      const page = await scheduling.listSchedules(principalOf(request), {
        practitionerRoleId: q.practitionerRole,
        organizationId: q.organization,
        page: q.page,
        pageSize: q.pageSize,
      });
      return { ...page, items: page.items.map(toSchedule) };
    },
  );

  app.post(
    '/admin/schedules',
    {
      config,
      schema: {
        tags,
        summary: 'Create a weekly template and regenerate the role’s slots (audited)',
        body: ZCreateSchedule,
        response: {
          201: ZScheduleChange,
          404: problemResponses[404],
          409: ZProblem.describe('The hours overlap another template of the role'),
          ...adminProblemResponses,
        },
      },
    },
    async (request, reply) => {
      const { practitionerRoleId, ...template } = request.body;
      const change = await scheduling.createSchedule(principalOf(request), {
        origin: originOf(request),
        practitionerRoleId,
        template,
      });
      reply.code(201);
      return { schedule: toSchedule(change.schedule!), regeneration: toRegeneration(change.regeneration) };
    },
  );

  app.put(
    '/admin/schedules/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Replace a weekly template and regenerate the role’s slots (audited)',
        params: ZIdParams,
        body: ZUpdateSchedule,
        response: {
          200: ZScheduleChange,
          404: problemResponses[404],
          409: ZProblem.describe('The hours overlap another template of the role'),
          ...adminProblemResponses,
        },
      },
    },
    async (request) => {
      const change = await scheduling.updateSchedule(principalOf(request), {
        origin: originOf(request),
        scheduleId: request.params.id,
        template: request.body,
      });
      return { schedule: toSchedule(change.schedule!), regeneration: toRegeneration(change.regeneration) };
    },
  );

  app.delete(
    '/admin/schedules/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Delete a weekly template: its free slots go, booked ones stay and are reported (audited)',
        params: ZIdParams,
        response: { 200: ZScheduleRemoval, 404: problemResponses[404], ...adminProblemResponses },
      },
    },
    async (request) => {
      const change = await scheduling.deleteSchedule(principalOf(request), {
        origin: originOf(request),
        scheduleId: request.params.id,
      });
      return { regeneration: toRegeneration(change.regeneration) };
    },
  );

  app.get(
    '/admin/schedule-exceptions',
    {
      config,
      schema: {
        tags,
        summary: 'Absences and extra hours, by role, clinic and period',
        querystring: ZScheduleExceptionsQuery,
        response: { 200: ZScheduleExceptionPage, ...adminProblemResponses },
      },
    },
    async (request) => {
      const q = request.query;
      const page = await scheduling.listExceptions(principalOf(request), {
        practitionerRoleId: q.practitionerRole,
        organizationId: q.organization,
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? new Date(q.to) : undefined,
        page: q.page,
        pageSize: q.pageSize,
      });
      return { ...page, items: page.items.map(toException) };
    },
  );

  app.post(
    '/admin/schedule-exceptions',
    {
      config,
      schema: {
        tags,
        summary:
          'Record an absence, vacation, sick day or extra hours and regenerate the role’s slots (audited)',
        body: ZCreateScheduleException,
        response: {
          201: ZScheduleExceptionChange,
          404: problemResponses[404],
          409: ZProblem.describe('Extra hours for a role without a template'),
          ...adminProblemResponses,
        },
      },
    },
    async (request, reply) => {
      const { practitionerRoleId, ...body } = request.body;
      const change = await scheduling.createException(principalOf(request), {
        origin: originOf(request),
        practitionerRoleId,
        exception: {
          kind: body.kind,
          startsAt: new Date(body.startsAt),
          endsAt: new Date(body.endsAt),
          reason: body.reason,
        },
      });
      reply.code(201);
      return {
        exception: toException(change.exception),
        regeneration: toRegeneration(change.regeneration),
        conflicts: change.conflicts.map(toNamedConflict),
      };
    },
  );

  app.delete(
    '/admin/schedule-exceptions/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Remove an exception and regenerate the role’s slots (audited)',
        params: ZIdParams,
        response: { 200: ZScheduleExceptionChange, 404: problemResponses[404], ...adminProblemResponses },
      },
    },
    async (request) => {
      const change = await scheduling.deleteException(principalOf(request), {
        origin: originOf(request),
        exceptionId: request.params.id,
      });
      return {
        exception: toException(change.exception),
        regeneration: toRegeneration(change.regeneration),
        conflicts: change.conflicts.map(toNamedConflict),
      };
    },
  );
};
