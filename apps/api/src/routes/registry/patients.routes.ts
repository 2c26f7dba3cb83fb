import {
  ZPatientSearchQuery,
  ZPatientSearchResult,
  ZProblem,
  ZQueue,
  ZQueueQuery,
  ZWalkInRegistered,
  ZWalkInRegistration,
} from '@talon/contracts';
import { zonedIso } from '@talon/core/booking';
import type { PatientSearchResult } from '@talon/core/registry';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { accessRefusals, principalOf } from '../route-preamble';

const toResult = (result: PatientSearchResult) => ({
  items: result.items.map(({ attachedOrganizationId, attachedOrganizationName, ...person }) => ({
    ...person,
    attachedOrganization: attachedOrganizationId
      ? { id: attachedOrganizationId, name: attachedOrganizationName ?? '' }
      : null,
  })),
  truncated: result.isTruncated,
});

/**
 * The front desk and the call centre find a patient before booking for them (issue 4, item 9) and register
 * a walk-in who has no account (issue 13).
 */
export const registryPatientsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { registry } = app.services;

  // A POST, so SNILS, policy numbers and phones travel in the body, never in URLs that proxies and browsers log.
  app.post(
    '/registry/patients/search',
    {
      config: { access: { roles: ['registrar', 'call_centre', 'clinic_admin'] } },
      schema: {
        tags: ['Registry'],
        summary: 'Find patients by SNILS, OMS policy, phone, or surname with birth date (audited)',
        description:
          'At least one identifying criterion; at most 20 results with masked SNILS. Registrars and call-centre ' +
          'operators find anyone by SNILS, policy or phone, but by surname and birth date only patients known ' +
          'to their clinics (attached there, or with a visit there). Clinic admins see only patients attached ' +
          'to their clinics. Every search is written to the audit log (`patient.search`).',
        body: ZPatientSearchQuery,
        response: {
          200: ZPatientSearchResult,
          ...accessRefusals('Not registry staff'),
        },
      },
    },
    async (request) =>
      toResult(
        await registry.searchPatients(principalOf(request), {
          ...request.body,
          origin: originOf(request),
        }),
      ),
  );

  app.post(
    '/registry/patients',
    {
      config: { access: { roles: ['registrar', 'call_centre'] } },
      schema: {
        tags: ['Registry'],
        summary: 'Register a walk-in patient without an account, phone or e-mail (audited)',
        description:
          'The front desk types the card from the documents: names, birth date, sex, SNILS (check digits) and ' +
          'passport (series and number), address optional. The card has no account, phone or e-mail; it is ' +
          "known to the registering clinic's desk at once (search by name, card, booking). The clinic is " +
          "`organizationId`, or the registrar's only clinic; it must be in the caller's registry scope. One " +
          'card per SNILS: a SNILS on file answers 409 `PATIENT_ALREADY_EXISTS` with `patientId` of that card. ' +
          'Written to the audit log (`patient.create`).',
        body: ZWalkInRegistration,
        response: {
          201: ZWalkInRegistered,
          ...accessRefusals("Not registry staff, or the clinic is outside the caller's scope"),
          409: ZProblem.describe(
            '`PATIENT_ALREADY_EXISTS`: the SNILS is on file; `patientId` names the card',
          ),
        },
      },
    },
    async (request, reply) => {
      const created = await registry.registerWalkIn(principalOf(request), {
        ...request.body,
        origin: originOf(request),
      });
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/registry/queue',
    {
      config: { access: { roles: ['registrar'] } },
      schema: {
        tags: ['Registry'],
        summary: "Today's queue of the registrar's clinic for the hall's board (ticket numbers and initials)",
        description:
          'Every visit of the clinic-local day that is booked, confirmed or checked in, by start time: ' +
          '`arrived` (checked in), `waiting` (before its start), `late` (its start has passed without a ' +
          'check-in). Only the ticket number and the initials leave the server (152-ФЗ): the board hangs in ' +
          'the hall. Not audited per read (it names nobody and opens no card; the board polls).',
        querystring: ZQueueQuery,
        response: {
          200: ZQueue,
          ...accessRefusals('Not a registrar, or not of this clinic'),
        },
      },
    },
    async (request, reply) => {
      const queue = await registry.readQueue(principalOf(request), request.query);
      reply.header('cache-control', 'no-store');
      return {
        organizationId: queue.organizationId,
        // The clinic's wall time with its offset (`…T10:30:00+03:00`), as the doctor's schedule answers.
        lines: queue.lines.map(({ timeZone, ...line }) => ({
          ...line,
          startsAt: zonedIso(line.startsAt, timeZone),
        })),
      };
    },
  );
};
