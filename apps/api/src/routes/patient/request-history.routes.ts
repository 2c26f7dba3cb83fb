import { ZRequestHistoryExportQuery, ZRequestHistoryPage, ZRequestHistoryQuery, z } from '@talon/contracts';
import { REQUEST_HISTORY_EXPORT_MAX, type RequestHistoryQuery } from '@talon/core/request-history';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { renderCsv } from '../../documents/csv';
import { renderRequestHistoryPdf } from '../../documents/request-history.pdf';
import { accessRefusals, noStore, principalOf } from '../route-preamble';
import { toRequestHistoryItem } from './data-changes.presenter';

const errors = accessRefusals('Not a patient account');

const LIMIT_NOTE = `The newest ${REQUEST_HISTORY_EXPORT_MAX} requests at most.`;

const queryOf = (query: {
  type?: RequestHistoryQuery['types'];
  status?: string;
  from?: string;
  to?: string;
  cursor?: string;
}): RequestHistoryQuery => ({
  types: query.type,
  status: query.status,
  from: query.from,
  to: query.to,
  cursor: query.cursor,
});

/**
 * «История обращений» (issue 11 item 7): every request of the patient — appointments, data changes,
 * data-subject requests — newest first, filtered on the server; CSV (UTF-8 with BOM, `;`) and PDF.
 */
export const requestHistoryRoutes: FastifyPluginAsyncZod = async (app) => {
  const { requestHistory } = app.services;
  const tags = ['My data'];
  const config = { access: { roles: ['patient'] as const } };
  noStore(app);

  app.get(
    '/me/request-history',
    {
      config,
      schema: {
        tags,
        summary: 'My requests of every type, newest first; `nextCursor` for the next page',
        querystring: ZRequestHistoryQuery,
        response: { 200: ZRequestHistoryPage, ...errors },
      },
    },
    async (request) => {
      const page = await requestHistory.listMyRequestHistory(principalOf(request), queryOf(request.query));
      return { items: page.items.map(toRequestHistoryItem), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/me/request-history.csv',
    {
      config,
      schema: {
        tags,
        summary: 'My requests as CSV for Excel: UTF-8 with BOM, `;`-separated',
        description: `Same filters as GET /api/v1/me/request-history. ${LIMIT_NOTE}`,
        querystring: ZRequestHistoryExportQuery,
        response: { 200: z.string().describe('text/csv; charset=utf-8'), ...errors },
      },
    },
    async (request, reply) => {
      const data = await requestHistory.exportMyRequestHistory(principalOf(request), queryOf(request.query));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="talon-requests.csv"')
        .send(renderCsv(data.columns, data.rows));
    },
  );

  app.get(
    '/me/request-history.pdf',
    {
      config,
      schema: {
        tags,
        summary: 'My requests as an A4 PDF table (application/pdf)',
        description: `Same filters as GET /api/v1/me/request-history. ${LIMIT_NOTE}`,
        querystring: ZRequestHistoryExportQuery,
        response: { 200: z.string().describe('application/pdf'), ...errors },
      },
    },
    async (request, reply) => {
      const data = await requestHistory.exportMyRequestHistory(principalOf(request), queryOf(request.query));
      const pdf: unknown = await renderRequestHistoryPdf(data);
      reply
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="talon-requests.pdf"');
      // A Buffer goes out as it is: the serializer runs on objects only.
      return reply.send(pdf as string);
    },
  );
};
