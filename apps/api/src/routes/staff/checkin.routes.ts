import { problemResponses, ZAppointment, ZCheckInRequest, ZProblem } from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { presentAppointment } from '../patient/appointments.presenter';
import { accessRefusals, principalOf } from '../route-preamble';

/**
 * `POST /checkin`: the desk scans the ticket's QR code (or types its code, issue 13) and the visit becomes
 * `arrived` (issue 4, item 5).
 */
export const checkinRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/checkin',
    {
      config: { access: { roles: ['registrar', 'doctor', 'nurse'] as const } },
      schema: {
        tags: ['Appointments'],
        summary:
          "Check a patient in with the ticket's signed QR payload or its code (staff of the visit's clinic)",
        description:
          "The desk scans the QR code (`payload`) or, when the camera cannot read it, types the ticket's human " +
          "code (`code`, `TICKET_CODE_INVALID` when malformed). Only on the visit's local day " +
          '(`CHECK_IN_NOT_TODAY`); a visit of another clinic answers 404 like an unknown one.',
        body: ZCheckInRequest,
        response: {
          200: ZAppointment,
          ...accessRefusals('Not staff'),
          404: problemResponses[404],
          409: ZProblem.describe('Cancelled, moved or already checked in'),
        },
      },
    },
    async (request) =>
      presentAppointment(
        await app.services.booking.checkIn(principalOf(request), {
          payload: request.body.payload,
          code: request.body.code,
          origin: originOf(request),
        }),
      ),
  );
};
