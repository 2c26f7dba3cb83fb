import {
  problemResponses,
  ZConditionList,
  ZConditionsQuery,
  ZCoverageList,
  ZDocumentsQuery,
  ZEncounterList,
  ZIdParams,
  ZImmunizationList,
  ZObservationList,
  ZObservationsQuery,
  ZObservationTrend,
  ZObservationTrendQuery,
  ZPrescriptionList,
  ZPrescriptionsQuery,
  ZProblem,
  ZRecordDocumentList,
  ZRecordPeriodQuery,
  ZRecordQuery,
  ZRecordSummary,
  z,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { noStoreHeaders, principalOf } from '../route-preamble';
import {
  presentCondition,
  presentCoverage,
  presentDocument,
  presentEncounter,
  presentImmunization,
  presentObservation,
  presentPrescription,
  presentSummary,
  presentTrend,
} from './records.presenter';

const errors = {
  400: problemResponses[400],
  401: ZProblem.describe('Not logged in'),
  404: problemResponses[404].describe(
    'No such person, or no right to read their medical data (rule 16): the answer is the same',
  ),
};

const dateOf = (value: string | undefined) => (value ? new Date(value) : undefined);

/**
 * The medical record of the patient and their wards (issue 11, item 2). Any signed-in caller may ask; the
 * access policy's `medical` purpose lets the owner, their representatives with medical access and staff with
 * a care relation (or emergency access) through and answers everyone else "not found" — registrars, clinic
 * admins and booking-consent proxies included. Every read is audited. `patientId` defaults to the caller.
 */
export const recordsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { records } = app.services;
  const tags = ['Medical record'];
  const config = { access: 'authenticated' as const };

  app.get(
    '/records/summary',
    {
      config,
      schema: {
        tags,
        summary: 'Policy status, active diagnoses, latest results out of range, next visit, counts',
        querystring: ZRecordQuery,
        response: { 200: ZRecordSummary, ...errors },
      },
    },
    async (request, reply) => {
      reply.headers(noStoreHeaders);
      return presentSummary(
        await records.summary(principalOf(request), { ...request.query, origin: originOf(request) }),
      );
    },
  );

  app.get(
    '/records/encounters',
    {
      config,
      schema: {
        tags,
        summary: 'Visit records with their diagnoses, newest first',
        querystring: ZRecordPeriodQuery,
        response: { 200: ZEncounterList, ...errors },
      },
    },
    async (request, reply) => {
      reply.headers(noStoreHeaders);
      const { patientId, from, to } = request.query;
      const items = await records.listEncounters(principalOf(request), {
        patientId,
        from: dateOf(from),
        to: dateOf(to),
        origin: originOf(request),
      });
      return { items: items.map(presentEncounter) };
    },
  );

  app.get(
    '/records/conditions',
    {
      config,
      schema: {
        tags,
        summary: 'Diagnoses (ICD-10 code and Russian name), newest first',
        querystring: ZConditionsQuery,
        response: { 200: ZConditionList, ...errors },
      },
    },
    async (request, reply) => {
      reply.headers(noStoreHeaders);
      const items = await records.listConditions(principalOf(request), {
        patientId: request.query.patientId,
        activeOnly: request.query.status === 'active',
        origin: originOf(request),
      });
      return { items: items.map(presentCondition) };
    },
  );

  app.get(
    '/records/observations',
    {
      config,
      schema: {
        tags,
        summary: 'Laboratory results with reference range and interpretation, newest first',
        querystring: ZObservationsQuery,
        response: { 200: ZObservationList, ...errors },
      },
    },
    async (request, reply) => {
      reply.headers(noStoreHeaders);
      const { patientId, code, from, to } = request.query;
      const items = await records.listObservations(principalOf(request), {
        patientId,
        code,
        from: dateOf(from),
        to: dateOf(to),
        origin: originOf(request),
      });
      return { items: items.map(presentObservation) };
    },
  );

  app.get(
    '/records/observations/trend',
    {
      config,
      schema: {
        tags,
        summary: 'The series of one analyte over time, oldest first',
        querystring: ZObservationTrendQuery,
        response: { 200: ZObservationTrend, ...errors },
      },
    },
    async (request, reply) => {
      reply.headers(noStoreHeaders);
      return presentTrend(
        await records.observationTrend(principalOf(request), { ...request.query, origin: originOf(request) }),
      );
    },
  );

  app.get(
    '/records/documents',
    {
      config,
      schema: {
        tags,
        summary: 'Documents (discharge summaries, extracts, certificates, protocols), newest first',
        querystring: ZDocumentsQuery,
        response: { 200: ZRecordDocumentList, ...errors },
      },
    },
    async (request, reply) => {
      reply.headers(noStoreHeaders);
      const { patientId, type, from, to } = request.query;
      const items = await records.listDocuments(principalOf(request), {
        patientId,
        type,
        from: dateOf(from),
        to: dateOf(to),
        origin: originOf(request),
      });
      return { items: items.map(presentDocument) };
    },
  );

  app.get(
    '/records/documents/:id/file',
    {
      config,
      schema: {
        tags,
        summary: "The document's PDF (application/pdf)",
        params: ZIdParams,
        response: { 200: z.string().describe('application/pdf'), ...errors },
      },
    },
    async (request, reply) => {
      const file = await records.documentFile(principalOf(request), {
        documentId: request.params.id,
        origin: originOf(request),
      });
      reply
        .headers(noStoreHeaders)
        .type(file.contentType)
        .header('content-disposition', `inline; filename="talon-document-${file.id}.pdf"`)
        .header('x-content-sha256', file.sha256);
      // A Buffer goes out as it is: the serializer runs on objects only.
      return reply.send(Buffer.from(file.bytes) as unknown as string);
    },
  );

  app.get(
    '/records/prescriptions',
    {
      config,
      schema: {
        tags,
        summary: 'Prescriptions (signed, sent, dispensed, cancelled, expired), newest first',
        querystring: ZPrescriptionsQuery,
        response: { 200: ZPrescriptionList, ...errors },
      },
    },
    async (request, reply) => {
      reply.headers(noStoreHeaders);
      const items = await records.listPrescriptions(principalOf(request), {
        ...request.query,
        origin: originOf(request),
      });
      return { items: items.map(presentPrescription) };
    },
  );

  app.get(
    '/records/immunizations',
    {
      config,
      schema: {
        tags,
        summary: 'Vaccinations, newest first',
        querystring: ZRecordQuery,
        response: { 200: ZImmunizationList, ...errors },
      },
    },
    async (request, reply) => {
      reply.headers(noStoreHeaders);
      const items = await records.listImmunizations(principalOf(request), {
        ...request.query,
        origin: originOf(request),
      });
      return { items: items.map(presentImmunization) };
    },
  );

  app.get(
    '/records/coverage',
    {
      config,
      schema: {
        tags,
        summary: 'The OMS policies (ЕНП masked, insurer, status, period), the active one first',
        querystring: ZRecordQuery,
        response: { 200: ZCoverageList, ...errors },
      },
    },
    async (request, reply) => {
      reply.headers(noStoreHeaders);
      const items = await records.listCoverage(principalOf(request), {
        ...request.query,
        origin: originOf(request),
      });
      return { items: items.map(presentCoverage) };
    },
  );
};
