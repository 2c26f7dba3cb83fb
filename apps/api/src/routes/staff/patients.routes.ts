import {
  problemResponses,
  ZEmergencyAccessGrant,
  ZEmergencyAccessRequest,
  ZIdParams,
  ZPatientCard,
} from '@talon/contracts';
import type { PatientCard } from '@talon/core/access';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { callerRefusals, principalOf } from '../route-preamble';

const maskSnils = (snils: string) => `***-***-${snils.slice(6, 9)} ${snils.slice(9)}`;
const maskOms = (oms: string) => `${'*'.repeat(Math.max(0, oms.length - 4))}${oms.slice(-4)}`;

export const toPatientCard = (card: PatientCard) => ({
  ...card,
  snils: card.snils ? maskSnils(card.snils) : null,
  oms: card.oms ? maskOms(card.oms) : null,
});

const errors = {
  ...callerRefusals('Role not allowed or CSRF token missing'),
  404: problemResponses[404].describe('No such person, or no right to see them (the answer is the same)'),
};

/** A person's card for anyone the access policy allows; emergency access for practitioners. */
export const patientsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { access } = app.services;
  const tags = ['Patients'];

  app.get(
    '/patients/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: "A person's card (self, ward, patient in care, registry); every read is audited",
        params: ZIdParams,
        response: { 200: ZPatientCard, 400: problemResponses[400], ...errors },
      },
    },
    async (request) => {
      const { card, basis } = await access.readPatientCard(principalOf(request), {
        patientId: request.params.id,
        origin: originOf(request),
      });
      return { ...toPatientCard(card), accessBasis: basis };
    },
  );

  app.post(
    '/patients/:id/emergency-access',
    {
      config: { access: { roles: ['doctor', 'nurse'] } },
      schema: {
        tags,
        summary: 'Break the glass: open a record outside any care relation for an hour, with a reason',
        description: 'Audited and listed in the emergency-access report.',
        params: ZIdParams,
        body: ZEmergencyAccessRequest,
        response: { 201: ZEmergencyAccessGrant, 400: problemResponses[400], ...errors },
      },
    },
    async (request, reply) => {
      const grant = await access.grantEmergencyAccess(principalOf(request), {
        patientId: request.params.id,
        reason: request.body.reason,
        origin: originOf(request),
      });
      return reply.code(201).send({ expiresAt: grant.expiresAt.toISOString() });
    },
  );
};
