import { problemResponses, ZExportAppointmentsQuery, z } from '@talon/contracts';
import { EXPORT_MAX_ROWS } from '@talon/core/booking';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { renderAppointmentsPdf } from '../../documents/appointments.pdf';
import { renderCsv } from '../../documents/csv';
import { originOf } from '../../plugins/auth/auth.plugin';
import { accessRefusals, principalOf } from '../route-preamble';
import { appointmentFilters } from './appointment-filters';

const errors = {
  ...accessRefusals('Not allowed (role, CSRF)'),
  404: problemResponses[404],
};

const LIMIT_NOTE = `The newest ${EXPORT_MAX_ROWS} visits at most; \`X-Total-Count\` tells how many matched in all.`;

/**
 * The appointment history as a file (the list's filters and access, without pages): CSV for spreadsheets
 * and an A4 PDF table. Static paths, so `/appointments/export.csv` never reaches `/appointments/:id`.
 */
export const appointmentExportsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { booking } = app.services;
  const tags = ['Appointments'];
  const config = { access: { roles: ['patient', 'registrar', 'call_centre'] as const } };

  app.get(
    '/appointments/export.csv',
    {
      config,
      schema: {
        tags,
        summary: 'My appointments (and my wards’) as CSV for Excel: UTF-8 with BOM, `;`-separated',
        description: `Same filters as GET /api/v1/appointments. ${LIMIT_NOTE}`,
        querystring: ZExportAppointmentsQuery,
        response: { 200: z.string().describe('text/csv; charset=utf-8'), ...errors },
      },
    },
    async (request, reply) => {
      const data = await booking.export(
        principalOf(request),
        appointmentFilters(request.query, originOf(request)),
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="talon-appointments.csv"')
        .header('x-total-count', String(data.total))
        .send(renderCsv(data.columns, data.rows));
    },
  );

  app.get(
    '/appointments/export.pdf',
    {
      config,
      schema: {
        tags,
        summary: 'My appointments (and my wards’) as an A4 PDF table (application/pdf)',
        description: `Same filters as GET /api/v1/appointments. ${LIMIT_NOTE}`,
        querystring: ZExportAppointmentsQuery,
        response: { 200: z.string().describe('application/pdf'), ...errors },
      },
    },
    async (request, reply) => {
      const data = await booking.export(
        principalOf(request),
        appointmentFilters(request.query, originOf(request)),
      );
      const pdf: unknown = await renderAppointmentsPdf(data);
      reply
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="talon-appointments.pdf"')
        .header('x-total-count', String(data.total));
      // A Buffer goes out as it is: the serializer runs on objects only.
      return reply.send(pdf as string);
    },
  );
};
