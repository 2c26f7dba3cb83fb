import {
  problemResponses,
  ZIdParams,
  ZJoinWaitlistRequest,
  ZProblem,
  ZWaitlistEntry,
  ZWaitlistEntryList,
  z,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { callerRefusals, principalOf } from '../route-preamble';
import { presentWaitlistEntry } from './waitlist.presenter';

const tags = ['Waitlist'];
const errors = callerRefusals('Not allowed');

/**
 * The waitlist (лист ожидания, issue 4 item 7): join, list (with any open offer), leave. Offers themselves
 * are made by cancellations, reschedules and the `waitlist.sweep` job; docs/booking.md, "Waitlist".
 */
export const waitlistRoutes: FastifyPluginAsyncZod = async (app) => {
  const access = { roles: ['patient'] as const };

  app.post(
    '/waitlist',
    {
      config: { access },
      schema: {
        tags,
        summary:
          'Join the waitlist of a specialty (optionally of a practitioner or clinic) for a window of days',
        body: ZJoinWaitlistRequest,
        response: {
          201: ZWaitlistEntry,
          400: problemResponses[400],
          ...errors,
          409: ZProblem.describe('Already waiting for this, or too many entries'),
          422: ZProblem.describe('Window in the past or too long; practitioner or clinic not found'),
        },
      },
    },
    async (request, reply) => {
      const entry = await app.services.waitlist.join(principalOf(request), {
        ...request.body,
        origin: originOf(request),
      });
      return reply.code(201).send(presentWaitlistEntry(entry));
    },
  );

  app.get(
    '/waitlist',
    {
      config: { access },
      schema: {
        tags,
        summary: "The caller's and their wards' waitlist entries, each with its open offer",
        response: { 200: ZWaitlistEntryList, 400: problemResponses[400], ...errors },
      },
    },
    async (request) => {
      const entries = await app.services.waitlist.list(principalOf(request), {
        origin: originOf(request),
      });
      return { items: entries.map(presentWaitlistEntry) };
    },
  );

  app.delete(
    '/waitlist/:id',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Leave the waitlist (an open offer passes to the next patient)',
        params: ZIdParams,
        response: { 204: z.null(), 400: problemResponses[400], ...errors, 404: problemResponses[404] },
      },
    },
    async (request, reply) => {
      await app.services.waitlist.leave(principalOf(request), { entryId: request.params.id });
      return reply.code(204).send(null);
    },
  );
};
