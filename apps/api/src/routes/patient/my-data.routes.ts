import {
  problemResponses,
  ZConsent,
  ZExportQuery,
  ZIdParams,
  ZPasswordConfirmRequest,
  ZPatientProfile,
  ZPersonalDataExport,
  ZProblem,
  ZRevokeConsentResponse,
  z,
} from '@talon/contracts';
import { localDate } from '@talon/core/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { renderPersonalDataPdf } from '../../documents/personal-data.pdf';
import { originOf } from '../../plugins/auth/auth.plugin';
import { callerRefusals, principalOf } from '../route-preamble';
import { toConsent, toDataRequest, toExport, toProfile } from './privacy.presenters';

const errors = {
  ...callerRefusals('Not a patient account, or CSRF token missing'),
  404: problemResponses[404],
};

/** The calendar date in Moscow, for file names. */
const moscowDate = (iso: string) => localDate(new Date(iso), 'Europe/Moscow');

/**
 * The logged-in person's own data (docs/domain.md rule 19): card, consents, "download all my data". Every route
 * takes the person from the session (`principal.patientId`), never from the request.
 */
export const myDataRoutes: FastifyPluginAsyncZod = async (app) => {
  const { privacy, identity } = app.services;
  const tags = ['My data'];
  // Patients only: a staff account has no "my data" here (a staff member who is also a patient holds both roles).
  const config = { access: { roles: ['patient'] as const } };

  app.get(
    '/me/profile',
    {
      config,
      schema: {
        tags,
        summary: 'My patient card, SNILS and OMS masked (audited)',
        response: { 200: ZPatientProfile, ...errors },
      },
    },
    async (request, reply) => {
      const card = await privacy.getMyProfile(principalOf(request), {
        origin: originOf(request),
        reveal: false,
      });
      reply.header('cache-control', 'no-store');
      return toProfile(card);
    },
  );

  app.post(
    '/me/profile/reveal',
    {
      config,
      schema: {
        tags,
        summary: 'My patient card with SNILS and OMS in full: asks for the password again (audited)',
        description:
          'A wrong password answers 400 `PASSWORD_MISMATCH` and counts as a failed login of the account (the same lockout applies).',
        body: ZPasswordConfirmRequest,
        response: {
          200: ZPatientProfile,
          400: problemResponses[400],
          429: ZProblem.describe('Too many wrong passwords'),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const origin = originOf(request);
      // The full numbers are worth a second proof that the person at the screen holds the account.
      await identity.confirmPassword(principal, { password: request.body.password, origin });
      const card = await privacy.getMyProfile(principal, { origin, reveal: true });
      reply.header('cache-control', 'no-store');
      return toProfile(card);
    },
  );

  app.get(
    '/me/consents',
    {
      config,
      schema: {
        tags,
        summary: 'My consents, newest first, revoked ones included',
        response: { 200: z.object({ items: z.array(ZConsent) }), ...errors },
      },
    },
    async (request) => ({
      items: (await privacy.listMyConsents(principalOf(request))).map(toConsent),
    }),
  );

  app.post(
    '/me/consents/:id/revoke',
    {
      config,
      schema: {
        tags,
        summary:
          'Withdraw a consent; withdrawing the personal-data consent opens a deletion request (30 days)',
        params: ZIdParams,
        response: { 200: ZRevokeConsentResponse, 409: ZProblem.describe('Already revoked'), ...errors },
      },
    },
    async (request) => {
      const result = await privacy.revokeMyConsent(principalOf(request), {
        consentId: request.params.id,
        origin: originOf(request),
      });
      return {
        consent: toConsent(result.consent),
        deletionRequest: result.deletionRequest ? toDataRequest(result.deletionRequest) : null,
      };
    },
  );

  app.get(
    '/me/export',
    {
      config,
      schema: {
        tags,
        summary: 'Download all my data: JSON (`format=json`) or PDF (`format=pdf`, application/pdf)',
        querystring: ZExportQuery,
        response: { 200: ZPersonalDataExport, ...errors },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const data = toExport(
        await privacy.exportMyData(principalOf(request), { format, origin: originOf(request) }),
      );
      const fileName = `talon-data-${moscowDate(data.generatedAt)}.${format}`;
      reply
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="${fileName}"`);
      if (format === 'pdf') {
        // A Buffer goes out as it is: Fastify runs the response serializer (and its schema) on objects only.
        const pdf: unknown = await renderPersonalDataPdf(data);
        return reply.type('application/pdf').send(pdf as typeof data);
      }
      return data;
    },
  );
};
