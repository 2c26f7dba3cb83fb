import {
  problemResponses,
  ZAppointment,
  ZAppointmentPage,
  ZBookAppointmentRequest,
  ZCancelAppointmentRequest,
  ZIdempotencyKeyHeader,
  ZIdParams,
  ZListAppointmentsQuery,
  ZProblem,
  ZRescheduleAppointmentRequest,
  ZSlotTakenProblem,
  ZWaitingRoomProblem,
  z,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { withIdempotencyClaim } from '../../plugins/idempotency/idempotency.plugin';
import { accessRefusals, principalOf, rateLimited } from '../route-preamble';
import { appointmentFilters } from './appointment-filters';
import { presentAppointment } from './appointments.presenter';

const errors = {
  ...accessRefusals('Not allowed (role, CSRF, online booking suspended, consent missing)'),
  404: problemResponses[404],
  409: ZSlotTakenProblem.describe('Refused by a booking rule; SLOT_TAKEN carries `alternatives`'),
  422: ZProblem.describe('Idempotency-Key reused with another request'),
};

/**
 * Appointments (issue 4, items 3 and 5): book, list, read, cancel, reschedule, confirm; the practitioner's
 * outcome of a visit (`/fulfil`, `/noshow`). Booking requires `Idempotency-Key` (plugins/idempotency).
 */
export const appointmentsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { booking } = app.services;
  const tags = ['Appointments'];
  const bookers = { access: { roles: ['patient', 'registrar', 'call_centre'] as const } };
  // A doctor or nurse books a follow-up for a patient in care (channel `doctor`, issue 12), as the desk does.
  const followUpBookers = {
    access: { roles: ['patient', 'registrar', 'call_centre', 'doctor', 'nurse'] as const },
  };

  app.post(
    '/appointments',
    {
      config: {
        ...followUpBookers,
        idempotency: true,
        rateLimit: 'booking',
        waitingRoom: true,
        completesBooking: true,
      },
      schema: {
        tags,
        summary:
          'Book a slot (for me, a ward, an adult who consented; any patient for the registry; a patient in care for a doctor or nurse, channel `doctor`)',
        headers: ZIdempotencyKeyHeader,
        body: ZBookAppointmentRequest,
        response: { 201: ZAppointment, ...errors, ...rateLimited, 503: ZWaitingRoomProblem },
      },
    },
    async (request, reply) =>
      withIdempotencyClaim(request, reply, async (claim) => {
        const view = await booking.book(principalOf(request), {
          ...request.body,
          origin: originOf(request),
          beforeWrite: claim,
        });
        return reply.code(201).send(presentAppointment(view));
      }),
  );

  app.get(
    '/appointments',
    {
      config: bookers,
      schema: {
        tags,
        summary: "My appointments and my wards' (or one patient's), newest visit first",
        querystring: ZListAppointmentsQuery,
        response: { 200: ZAppointmentPage, ...errors },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const result = await booking.list(principalOf(request), {
        ...appointmentFilters(request.query, originOf(request)),
        page,
        pageSize,
      });
      return { items: result.items.map(presentAppointment), total: result.total, page, pageSize };
    },
  );

  app.get(
    '/appointments/:id',
    {
      config: { access: { roles: ['patient', 'registrar', 'call_centre', 'doctor', 'nurse'] as const } },
      schema: {
        tags,
        summary: 'One appointment (another patient’s is "not found")',
        params: ZIdParams,
        response: { 200: ZAppointment, ...errors },
      },
    },
    async (request) =>
      presentAppointment(
        await booking.get(principalOf(request), {
          appointmentId: request.params.id,
          origin: originOf(request),
        }),
      ),
  );

  app.post(
    '/appointments/:id/cancel',
    {
      config: { ...bookers, rateLimit: 'booking' },
      schema: {
        tags,
        summary: 'Cancel; a reason is required inside the cancellation window (24 h)',
        params: ZIdParams,
        body: ZCancelAppointmentRequest.nullish(),
        response: { 200: ZAppointment, ...errors, ...rateLimited },
      },
    },
    async (request) =>
      presentAppointment(
        await booking.cancel(principalOf(request), {
          appointmentId: request.params.id,
          reason: request.body?.reason,
          origin: originOf(request),
        }),
      ),
  );

  app.post(
    '/appointments/:id/reschedule',
    {
      config: { ...bookers, rateLimit: 'booking' },
      schema: {
        tags,
        summary:
          'Move to another slot of the same specialty within 30 days, atomically; answers the new appointment',
        params: ZIdParams,
        body: ZRescheduleAppointmentRequest,
        response: { 200: ZAppointment, ...errors, ...rateLimited },
      },
    },
    async (request) =>
      presentAppointment(
        await booking.reschedule(principalOf(request), {
          appointmentId: request.params.id,
          slotId: request.body.slotId,
          origin: originOf(request),
        }),
      ),
  );

  app.post(
    '/appointments/:id/confirm',
    {
      config: { access: { roles: ['patient'] as const } },
      schema: {
        tags,
        summary: 'Confirm I will come: booked → confirmed',
        params: ZIdParams,
        response: { 200: ZAppointment, ...errors },
      },
    },
    async (request) =>
      presentAppointment(
        await booking.confirm(principalOf(request), {
          appointmentId: request.params.id,
          origin: originOf(request),
        }),
      ),
  );

  for (const outcome of ['fulfilled', 'noshow'] as const) {
    app.post(
      outcome === 'fulfilled' ? '/appointments/:id/fulfil' : '/appointments/:id/noshow',
      {
        config: { access: { roles: ['doctor', 'nurse'] as const } },
        schema: {
          tags,
          summary:
            outcome === 'fulfilled'
              ? 'The practitioner of the visit marks it fulfilled'
              : 'The practitioner of the visit marks a no-show (after its start; counts for rule 3a)',
          params: ZIdParams,
          body: z.object({}).nullish(),
          response: { 200: ZAppointment, ...errors },
        },
      },
      async (request) =>
        presentAppointment(
          await booking.markOutcome(principalOf(request), {
            appointmentId: request.params.id,
            outcome,
            origin: originOf(request),
          }),
        ),
    );
  }
};
