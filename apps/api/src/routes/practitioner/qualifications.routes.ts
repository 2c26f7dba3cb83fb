import {
  adminProblemResponses,
  problemResponses,
  ZExpiringQualificationList,
  ZExpiringQualificationsQuery,
  ZIdParams,
  ZProblem,
  ZQualification,
  ZQualificationChangeList,
  ZQualificationInput,
  ZQualificationList,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessRefusals, principalOf } from '../route-preamble';
import {
  presentExpiringQualification,
  presentQualification,
  presentQualificationChange,
} from './qualifications.presenter';

const staffErrors = accessRefusals('Not a doctor or nurse, or CSRF token missing');

/**
 * A practitioner's qualification documents (issue 12 item 7; docs/qualifications.md): their own list with the
 * days left, create and change (journaled; an overlapping period is 409), the journal; the clinic admin's
 * list of accreditations expiring soon.
 */
export const qualificationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { qualifications } = app.services;
  const practitioner = { roles: ['doctor', 'nurse'] as const };
  const writeErrors = {
    ...staffErrors,
    409: ZProblem.describe('QUALIFICATION_PERIOD_OVERLAP or QUALIFICATION_STATUS_CONFLICT'),
  };

  app.get(
    '/me/qualifications',
    {
      config: { access: practitioner },
      schema: {
        tags: ['Practitioner'],
        summary: 'One’s own qualification documents with the days left of each',
        response: { 200: ZQualificationList, ...staffErrors },
      },
    },
    async (request) => ({
      items: (await qualifications.listOwn(principalOf(request))).map(presentQualification),
    }),
  );

  app.post(
    '/me/qualifications',
    {
      config: { access: practitioner },
      schema: {
        tags: ['Practitioner'],
        summary: 'Add a qualification document (an accreditation near its end gets its reminder at once)',
        body: ZQualificationInput,
        response: { 201: ZQualification, ...writeErrors },
      },
    },
    async (request, reply) => {
      const created = await qualifications.create(principalOf(request), request.body);
      return reply.code(201).send(presentQualification(created));
    },
  );

  app.put(
    '/me/qualifications/:id',
    {
      config: { access: practitioner },
      schema: {
        tags: ['Practitioner'],
        summary: 'Change one’s own document (a moved date replans its reminders)',
        params: ZIdParams,
        body: ZQualificationInput,
        response: {
          200: ZQualification,
          ...writeErrors,
          404: problemResponses[404].describe('No such document of one’s own'),
        },
      },
    },
    async (request) =>
      presentQualification(
        await qualifications.update(principalOf(request), {
          ...request.body,
          id: request.params.id,
        }),
      ),
  );

  app.get(
    '/me/qualifications/changes',
    {
      config: { access: practitioner },
      schema: {
        tags: ['Practitioner'],
        summary: 'The change journal of one’s own documents, newest first',
        response: { 200: ZQualificationChangeList, ...staffErrors },
      },
    },
    async (request) => ({
      items: (await qualifications.listChanges(principalOf(request))).map(presentQualificationChange),
    }),
  );

  app.get(
    '/admin/qualifications/expiring',
    {
      config: { access: { roles: ['clinic_admin', 'system_admin'] as const } },
      schema: {
        tags: ['Admin'],
        summary: 'Accreditations of the clinic’s practitioners expiring within `days` days',
        querystring: ZExpiringQualificationsQuery,
        response: { 200: ZExpiringQualificationList, ...adminProblemResponses },
      },
    },
    async (request) => ({
      items: (await qualifications.listExpiring(principalOf(request), request.query)).map(
        presentExpiringQualification,
      ),
    }),
  );
};
