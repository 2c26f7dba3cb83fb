import {
  problemResponses,
  ZCancelPrescriptionRequest,
  ZCreatePrescriptionRequest,
  ZIdParams,
  ZPrescription,
  ZProblem,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { presentPrescription } from '../patient/records.presenter';
import { accessRefusals, noStoreHeaders, principalOf } from '../route-preamble';

const errors = {
  ...accessRefusals('Not a practitioner, not the prescriber, or CSRF token missing'),
  404: problemResponses[404].describe(
    'No such patient or prescription, or the patient is not in my care (rule 16): the answer is the same',
  ),
};
const conflict = ZProblem.describe(
  'PRESCRIPTION_STATUS_CONFLICT: the workflow does not allow this move from the current status',
);

/**
 * E-prescriptions (issue 12, item 4; docs/doctor-cabinet.md «The visit record and prescriptions»): written
 * as a draft, signed (a PAdES-signed PDF of form 107-1/у with the practitioner's certificate), sent to the
 * pharmacy system, cancelled with a reason. Dispensing comes from the pharmacy; expiry from the worker.
 */
export const prescriptionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { records } = app.services;
  const tags = ['Prescriptions'];
  const config = { access: { roles: ['doctor', 'nurse'] as const } };

  app.post(
    '/prescriptions',
    {
      config,
      schema: {
        tags,
        summary:
          'Write a prescription (draft): a medicine of the reference, its form and dose, dosage, quantity',
        body: ZCreatePrescriptionRequest,
        response: { 201: ZPrescription, ...errors },
      },
    },
    async (request, reply) => {
      const view = await records.createPrescription(principalOf(request), {
        ...request.body,
        origin: originOf(request),
      });
      return reply.code(201).headers(noStoreHeaders).send(presentPrescription(view));
    },
  );

  const move = (
    path: 'sign' | 'send',
    summary: string,
    run: typeof records.signPrescription | typeof records.sendPrescription,
  ) =>
    app.post(
      `/prescriptions/:id/${path}`,
      {
        config,
        schema: {
          tags,
          summary,
          params: ZIdParams,
          response: { 200: ZPrescription, ...errors, 409: conflict },
        },
      },
      async (request, reply) => {
        const view = await run(principalOf(request), {
          prescriptionId: request.params.id,
          origin: originOf(request),
        });
        return reply.headers(noStoreHeaders).send(presentPrescription(view));
      },
    );
  move(
    'sign',
    "Sign a draft prescription with the practitioner's certificate (draft → signed); the PDF is stored as a document",
    records.signPrescription,
  );
  move(
    'send',
    'Send a signed prescription to the pharmacy system (signed → sent); the patient is told',
    records.sendPrescription,
  );

  app.post(
    '/prescriptions/:id/cancel',
    {
      config,
      schema: {
        tags,
        summary: 'Cancel a prescription not yet dispensed, with a reason',
        params: ZIdParams,
        body: ZCancelPrescriptionRequest,
        response: { 200: ZPrescription, ...errors, 409: conflict },
      },
    },
    async (request, reply) => {
      const view = await records.changePrescriptionStatus(principalOf(request), {
        prescriptionId: request.params.id,
        status: 'cancelled',
        reason: request.body.reason,
        origin: originOf(request),
      });
      return reply.headers(noStoreHeaders).send(presentPrescription(view));
    },
  );
};
