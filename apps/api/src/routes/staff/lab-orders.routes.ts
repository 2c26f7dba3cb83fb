import {
  problemResponses,
  ZCreateLabOrderRequest,
  ZEnterLabResultsRequest,
  ZIdParams,
  ZLabOrder,
  ZLabOrderList,
  ZLabOrdersQuery,
  ZLabReport,
  ZProblem,
  ZRecordQuery,
  ZReportIdParams,
  ZResultsToReview,
  ZResultsToReviewQuery,
  ZReviewedResult,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { noStore, practitionerRefusals, principalOf } from '../route-preamble';
import { presentLabOrder, presentLabReport, presentResultToReview } from './lab-orders.presenter';

const errors = {
  ...practitionerRefusals,
  404: problemResponses[404].describe(
    'No such visit, order or report, or the patient is not in my care (rule 16): the answer is the same',
  ),
};
const notActive = ZProblem.describe('LAB_ORDER_NOT_ACTIVE: the order is completed or revoked already');

/**
 * Laboratory orders (issue 12 item 3; docs/doctor-cabinet.md «Laboratory orders»): the doctor orders from a
 * visit, a nurse of the clinic enters the results (stored by `recordLabReport`, which completes the order),
 * and the doctor reviews them (item 1). Only for patients in care; every write and read audited; never cached.
 */
export const labOrdersRoutes: FastifyPluginAsyncZod = async (app) => {
  const { records } = app.services;
  const tags = ['Laboratory orders'];
  const config = { access: { roles: ['doctor', 'nurse'] as const } };
  noStore(app);

  app.post(
    '/encounters/:id/lab-orders',
    {
      config,
      schema: {
        tags,
        summary: 'Order laboratory tests from a visit (an active ServiceRequest of the visit’s clinic)',
        params: ZIdParams,
        body: ZCreateLabOrderRequest,
        response: { 201: ZLabOrder, ...errors },
      },
    },
    async (request, reply) => {
      const order = await records.orderLabTests(principalOf(request), {
        encounterId: request.params.id,
        ...request.body,
        origin: originOf(request),
      });
      return reply.code(201).send(presentLabOrder(order));
    },
  );

  app.get(
    '/encounters/:id/lab-orders',
    {
      config,
      schema: {
        tags,
        summary: 'The laboratory orders of a visit, newest first',
        params: ZIdParams,
        response: { 200: ZLabOrderList, ...errors },
      },
    },
    async (request) => {
      const items = await records.listEncounterLabOrders(principalOf(request), {
        encounterId: request.params.id,
        origin: originOf(request),
      });
      return { items: items.map(presentLabOrder) };
    },
  );

  app.get(
    '/practitioner/lab-orders',
    {
      config,
      schema: {
        tags,
        summary: 'The laboratory orders of my clinics (the nurses’ «Анализы к выполнению»): urgent first',
        querystring: ZLabOrdersQuery,
        response: { 200: ZLabOrderList, ...errors },
      },
    },
    async (request) => {
      const status = request.query.status === 'all' ? null : request.query.status;
      const items = await records.listClinicLabOrders(principalOf(request), {
        ...(status === undefined ? {} : { status }),
        origin: originOf(request),
      });
      return { items: items.map(presentLabOrder) };
    },
  );

  app.get(
    '/lab-orders/:id',
    {
      config,
      schema: {
        tags,
        summary: 'One laboratory order of my clinic, with the analytes its result form asks for',
        params: ZIdParams,
        response: { 200: ZLabOrder, ...errors },
      },
    },
    async (request) =>
      presentLabOrder(
        await records.getLabOrder(principalOf(request), {
          orderId: request.params.id,
          origin: originOf(request),
        }),
      ),
  );

  app.post(
    '/lab-orders/:id/revoke',
    {
      config,
      schema: {
        tags,
        summary: 'Withdraw an active order (its requester only)',
        params: ZIdParams,
        response: { 200: ZLabOrder, ...errors, 409: notActive },
      },
    },
    async (request) =>
      presentLabOrder(
        await records.revokeLabOrder(principalOf(request), {
          orderId: request.params.id,
          origin: originOf(request),
        }),
      ),
  );

  app.post(
    '/lab-orders/:id/results',
    {
      config,
      schema: {
        tags,
        summary: 'Enter the results of an active order: stored as its DiagnosticReport, the order completed',
        description:
          'Interpreted against the range for the patient’s sex and age (or the range given), the patient ' +
          'alerted of results out of range and the orderer of critical ones, as for a laboratory’s report.',
        params: ZIdParams,
        body: ZEnterLabResultsRequest,
        response: { 201: ZLabReport, ...errors, 409: notActive },
      },
    },
    async (request, reply) => {
      const { effectiveAt, ...body } = request.body;
      const report = await records.enterLabResults(principalOf(request), {
        orderId: request.params.id,
        ...body,
        ...(effectiveAt ? { effectiveAt: new Date(effectiveAt) } : {}),
        origin: originOf(request),
      });
      return reply.code(201).send(presentLabReport(report));
    },
  );

  app.get(
    '/practitioner/results-to-review',
    {
      config,
      schema: {
        tags,
        summary: 'Results of my orders I have not reviewed: critical first, then out of range (one page)',
        querystring: ZResultsToReviewQuery,
        response: { 200: ZResultsToReview, ...errors },
      },
    },
    async (request) => {
      const { limit, offset } = request.query;
      const page = await records.listResultsToReview(principalOf(request), {
        limit,
        offset,
        origin: originOf(request),
      });
      const items = page.items.map(presentResultToReview);
      return { items, count: page.total, total: page.total, limit, offset };
    },
  );

  app.post(
    '/practitioner/results/:reportId/review',
    {
      config,
      schema: {
        tags,
        summary: '«Просмотрено»: mark a result of my order reviewed (again: no change)',
        params: ZReportIdParams,
        response: { 200: ZReviewedResult, ...errors },
      },
    },
    async (request) => {
      const reviewed = await records.reviewResult(principalOf(request), {
        reportId: request.params.reportId,
        origin: originOf(request),
      });
      return { reportId: reviewed.reportId, reviewedAt: reviewed.reviewedAt.toISOString() };
    },
  );

  app.get(
    '/records/lab-orders',
    {
      config: { access: 'authenticated' as const },
      schema: {
        tags: ['Medical record'],
        summary: '«Назначенные анализы»: the patient’s laboratory orders, newest first',
        querystring: ZRecordQuery,
        response: { 200: ZLabOrderList, 401: ZProblem.describe('Not logged in'), 404: errors[404] },
      },
    },
    async (request) => {
      const items = await records.listPatientLabOrders(principalOf(request), {
        ...request.query,
        origin: originOf(request),
      });
      return { items: items.map(presentLabOrder) };
    },
  );
};
