import {
  problemResponses,
  ZAppointment,
  ZAppointmentOutcomeRequest,
  ZIdParams,
  ZPractitionerPatientQuery,
  ZPractitionerPatientSearch,
  ZPractitionerSchedule,
  ZPractitionerScheduleQuery,
  ZProblem,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { presentAppointment } from '../patient/appointments.presenter';
import { clinicPractitionerRefusals, noStoreHeaders, principalOf } from '../route-preamble';
import { presentScheduleItem } from './practice.presenter';

/**
 * The practitioner's own day in the doctor's cabinet (issue 12 items 2 and 3): the schedule, a visit's
 * outcome, and the search of patients in care. Answers hold medical data: never cached.
 */
export const practiceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { practice, booking } = app.services;
  const tags = ['Practitioner'];
  const roles = { roles: ['doctor', 'nurse'] as const };

  app.get(
    '/practitioner/appointments',
    {
      config: { access: roles },
      schema: {
        tags,
        summary: "The signed-in practitioner's visits on a clinic-local day or its week (every clinic)",
        description:
          'Patient name and age, reason, status, check-in; times in the clinic’s zone. Each patient shown is audited (`record.read`).',
        querystring: ZPractitionerScheduleQuery,
        response: { 200: ZPractitionerSchedule, ...clinicPractitionerRefusals },
      },
    },
    async (request, reply) => {
      const items = await practice.listSchedule(principalOf(request), {
        ...request.query,
        origin: originOf(request),
      });
      reply.headers(noStoreHeaders);
      return { date: request.query.date, view: request.query.view, items: items.map(presentScheduleItem) };
    },
  );

  app.post(
    '/practitioner/appointments/:id/outcome',
    {
      config: { access: roles },
      schema: {
        tags,
        summary: 'Mark one’s own visit fulfilled or a no-show, once it has started (audited)',
        params: ZIdParams,
        body: ZAppointmentOutcomeRequest,
        response: {
          200: ZAppointment,
          ...clinicPractitionerRefusals,
          404: problemResponses[404].describe('No such visit, or another practitioner’s (the same answer)'),
          409: ZProblem.describe('Not started yet (`VISIT_NOT_STARTED`) or its status does not allow it'),
        },
      },
    },
    async (request, reply) => {
      const appointment = await booking.markOutcome(principalOf(request), {
        appointmentId: request.params.id,
        outcome: request.body.outcome,
        origin: originOf(request),
        requireStarted: true,
      });
      reply.headers(noStoreHeaders);
      return presentAppointment(appointment);
    },
  );

  app.get(
    '/practitioner/patients',
    {
      config: { access: roles },
      schema: {
        tags,
        summary: 'Search the patients in one’s care by surname, birth date or SNILS (audited)',
        description:
          'Only patients attached to a clinic where the practitioner works or with a visit with them there; an exact SNILS also finds anyone else, marked `isInCare: false` (emergency access opens their card).',
        querystring: ZPractitionerPatientQuery,
        response: { 200: ZPractitionerPatientSearch, ...clinicPractitionerRefusals },
      },
    },
    async (request, reply) => {
      const result = await practice.searchPatients(principalOf(request), {
        q: request.query.q,
        origin: originOf(request),
      });
      reply.headers(noStoreHeaders);
      return { items: result.items, truncated: result.isTruncated };
    },
  );
};
