import {
  problemResponses,
  ZAmendEncounterRequest,
  ZEncounter,
  ZEncounterVersionList,
  ZIdParams,
  ZPrescriptionList,
  ZProblem,
  ZStartEncounterRequest,
  ZUpdateEncounterRequest,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { presentEncounter, presentPrescription } from '../patient/records.presenter';
import { noStoreHeaders, practitionerRefusals, principalOf } from '../route-preamble';

const errors = {
  ...practitionerRefusals,
  404: problemResponses[404].describe(
    'No such patient or record, or the patient is not in my care (rule 16): the answer is the same',
  ),
};

/**
 * The visit record a practitioner writes (issue 12, item 3; docs/doctor-cabinet.md «The visit record and
 * prescriptions»): start it (or resume the appointment's draft), save the draft, finish it, amend a finished
 * one. Only for a patient in the practitioner's care; every write audited; medical data never cached.
 */
export const encountersRoutes: FastifyPluginAsyncZod = async (app) => {
  const { records } = app.services;
  const tags = ['Visit record'];
  const config = { access: { roles: ['doctor', 'nurse'] as const } };

  app.post(
    '/encounters',
    {
      config,
      schema: {
        tags,
        summary: "Start a visit record (in-progress), or resume the appointment's record",
        description:
          'With `appointmentId` (the practitioner’s own appointment with the patient) the record is one per ' +
          'appointment: the first call creates it (201), later calls return it as it is (200).',
        body: ZStartEncounterRequest,
        response: { 200: ZEncounter, 201: ZEncounter, ...errors },
      },
    },
    async (request, reply) => {
      const { encounter, created } = await records.startEncounter(principalOf(request), {
        ...request.body,
        origin: originOf(request),
      });
      return reply
        .code(created ? 201 : 200)
        .headers(noStoreHeaders)
        .send(presentEncounter(encounter));
    },
  );

  app.put(
    '/encounters/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Save the draft of a visit record: its sections and diagnoses (autosave)',
        description:
          'Only while the record is in progress; a finished record is 409 `ENCOUNTER_FINISHED` — it changes ' +
          'only by an amendment. Diagnoses must be codes of the ICD-10 reference, at most one primary.',
        params: ZIdParams,
        body: ZUpdateEncounterRequest,
        response: {
          200: ZEncounter,
          ...errors,
          409: ZProblem.describe('ENCOUNTER_FINISHED: the record is finished; amend it instead'),
        },
      },
    },
    async (request, reply) => {
      const view = await records.updateEncounter(principalOf(request), {
        encounterId: request.params.id,
        sections: request.body.sections,
        diagnoses: request.body.diagnoses,
        origin: originOf(request),
      });
      return reply.headers(noStoreHeaders).send(presentEncounter(view));
    },
  );

  app.post(
    '/encounters/:id/finish',
    {
      config,
      schema: {
        tags,
        summary: 'Finish a visit record (in-progress → finished)',
        params: ZIdParams,
        response: {
          200: ZEncounter,
          ...errors,
          409: ZProblem.describe('ENCOUNTER_FINISHED: finished already'),
        },
      },
    },
    async (request, reply) => {
      const view = await records.finishEncounter(principalOf(request), {
        encounterId: request.params.id,
        origin: originOf(request),
      });
      return reply.headers(noStoreHeaders).send(presentEncounter(view));
    },
  );

  app.post(
    '/encounters/:id/amendments',
    {
      config,
      schema: {
        tags,
        summary: 'Amend a finished visit record; the earlier version is kept with the reason (rule 26)',
        params: ZIdParams,
        body: ZAmendEncounterRequest,
        response: {
          201: ZEncounter,
          ...errors,
          409: ZProblem.describe(
            'ENCOUNTER_NOT_FINISHED (save it with PUT), or ENCOUNTER_AMENDMENT_CONFLICT (amended meanwhile)',
          ),
        },
      },
    },
    async (request, reply) => {
      const view = await records.amendEncounter(principalOf(request), {
        encounterId: request.params.id,
        sections: request.body.sections,
        reason: request.body.reason,
        origin: originOf(request),
      });
      return reply.code(201).headers(noStoreHeaders).send(presentEncounter(view));
    },
  );

  app.get(
    '/encounters/:id/versions',
    {
      config,
      schema: {
        tags,
        summary: "A visit record's earlier versions, kept by its amendments (audited as a read)",
        params: ZIdParams,
        response: { 200: ZEncounterVersionList, ...errors },
      },
    },
    async (request, reply) => {
      const versions = await records.listEncounterVersions(principalOf(request), {
        encounterId: request.params.id,
        origin: originOf(request),
      });
      const items = versions.map(({ amendedAt, ...version }) => ({
        ...version,
        amendedAt: amendedAt.toISOString(),
      }));
      return reply.headers(noStoreHeaders).send({ items });
    },
  );

  app.get(
    '/encounters/:id/prescriptions',
    {
      config,
      schema: {
        tags,
        summary: 'The prescriptions written at this visit, drafts included (audited as a read)',
        params: ZIdParams,
        response: { 200: ZPrescriptionList, ...errors },
      },
    },
    async (request, reply) => {
      const items = await records.listEncounterPrescriptions(principalOf(request), {
        encounterId: request.params.id,
        origin: originOf(request),
      });
      return reply.headers(noStoreHeaders).send({ items: items.map(presentPrescription) });
    },
  );
};
