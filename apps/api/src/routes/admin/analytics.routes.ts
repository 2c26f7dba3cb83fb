import {
  adminProblemResponses,
  problemResponses,
  ZLoadQuery,
  ZLoadReport,
  ZWaitsQuery,
  ZWaitsReport,
  z,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { renderCsv } from '../../documents/csv';
import { principalOf } from '../route-preamble';
import { toSpecialtyWait } from './analytics.presenter';

const errors = { ...adminProblemResponses, 404: problemResponses[404] };

/**
 * Clinic analytics (issue 13 item 4; docs/analytics.md): aggregates only, no patient in them. A clinic admin
 * sees their clinics, a system admin any; another clinic named in `organization` is 404.
 */
export const adminAnalyticsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { analytics } = app.services;
  const tags = ['Admin'];
  const config = { access: { roles: ['system_admin', 'clinic_admin'] as const } };

  app.get(
    '/admin/analytics/waits',
    {
      config,
      schema: {
        tags,
        summary: 'Days to the third next free slot per clinic and specialty against the legal norm',
        description:
          'Primary care (therapist, paediatrician, GP) within 24 hours; other specialists within 14 working days of the production calendar. Violations first, one page at a time (`limit`, default 100; `offset`).',
        querystring: ZWaitsQuery,
        response: { 200: ZWaitsReport, ...errors },
      },
    },
    async (request) => {
      const report = await analytics.waits(principalOf(request), request.query);
      return {
        generatedAt: report.generatedAt.toISOString(),
        items: report.items.map(toSpecialtyWait),
        total: report.total,
      };
    },
  );

  app.get(
    '/admin/analytics/load',
    {
      config,
      schema: {
        tags,
        summary:
          'Slots offered, booked, outcomes and channels of a period: totals, per day and per practitioner',
        querystring: ZLoadQuery,
        response: { 200: ZLoadReport, ...errors },
      },
    },
    async (request) => analytics.load(principalOf(request), request.query),
  );

  app.get(
    '/admin/analytics/load.csv',
    {
      config,
      schema: {
        tags,
        summary:
          'The load as CSV for Excel (UTF-8 with BOM, `;`): one line per day × clinic × specialty × practitioner',
        querystring: ZLoadQuery,
        response: { 200: z.string().describe('text/csv; charset=utf-8'), ...errors },
      },
    },
    async (request, reply) => {
      const table = await analytics.exportLoad(principalOf(request), request.query);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="talon-analytics-load.csv"')
        .send(renderCsv(table.columns, table.rows));
    },
  );
};
