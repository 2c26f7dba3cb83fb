import { problemResponses, ZPatientSearchQuery, ZPatientSearchResult, ZProblem } from '@talon/contracts';
import type { Principal } from '@talon/core/identity';
import type { PatientSearchResult } from '@talon/core/registry';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';

const toResult = (result: PatientSearchResult) => ({
  items: result.items.map(({ attachedOrganizationId, attachedOrganizationName, ...person }) => ({
    ...person,
    attachedOrganization: attachedOrganizationId
      ? { id: attachedOrganizationId, name: attachedOrganizationName ?? '' }
      : null,
  })),
  truncated: result.isTruncated,
});

/** The front desk and the call centre find a patient before booking for them (issue 4, item 9). */
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
          400: problemResponses[400],
          401: ZProblem.describe('Not logged in'),
          403: ZProblem.describe('Not registry staff'),
        },
      },
    },
    async (request) =>
      toResult(
        await registry.searchPatients(request.principal as Principal, {
          ...request.body,
          origin: originOf(request),
        }),
      ),
  );
};
