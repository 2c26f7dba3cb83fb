import { problemResponses, ZIdParams, ZProblem, z } from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { renderTicketPdf } from '../../documents/ticket.pdf';
import { renderTicketQrSvg } from '../../documents/ticket-qr.svg';
import { originOf } from '../../plugins/auth/auth.plugin';
import { principalOf } from '../route-preamble';

const errors = {
  401: ZProblem.describe('Not logged in'),
  404: problemResponses[404],
  409: ZProblem.describe('The appointment was cancelled or moved: the ticket is no longer valid'),
};

/**
 * The QR image may be kept by the browser (and the service worker, for offline tickets) for a day: the
 * payload of an appointment never changes, and the desk checks the visit's status when it is scanned.
 */
const QR_CACHE_CONTROL = 'private, max-age=86400';

/**
 * The ticket of an appointment (issue 4, item 6; docs/domain.md rule 20) as a one-page PDF and as a calendar event.
 * Any logged-in caller may ask; the access policy lets the patient, their representative and the registry
 * through, and answers everyone else "not found".
 */
export const ticketsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { tickets } = app.services;
  const tags = ['Appointments'];
  const config = { access: 'authenticated' as const };

  app.get(
    '/appointments/:id/ticket.pdf',
    {
      config,
      schema: {
        tags,
        summary: 'The ticket as a one-page A6 PDF with a signed QR code (application/pdf)',
        params: ZIdParams,
        response: { 200: z.string().describe('application/pdf'), ...errors },
      },
    },
    async (request, reply) => {
      const ticket = await tickets.get(principalOf(request), {
        appointmentId: request.params.id,
        origin: originOf(request),
      });
      const pdf: unknown = await renderTicketPdf(ticket);
      reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="talon-ticket-${ticket.code}.pdf"`);
      // A Buffer goes out as it is: the serializer runs on objects only.
      return reply.send(pdf as string);
    },
  );

  app.get(
    '/appointments/:id/ticket-qr.svg',
    {
      config,
      schema: {
        tags,
        summary: "The ticket's signed QR code as an SVG image (image/svg+xml), the same payload as the PDF's",
        params: ZIdParams,
        response: { 200: z.string().describe('image/svg+xml'), ...errors },
      },
    },
    async (request, reply) => {
      const ticket = await tickets.get(principalOf(request), {
        appointmentId: request.params.id,
        origin: originOf(request),
      });
      return reply
        .type('image/svg+xml; charset=utf-8')
        .header('cache-control', QR_CACHE_CONTROL)
        .send(await renderTicketQrSvg(ticket.qrPayload, ticket.code));
    },
  );

  app.get(
    '/appointments/:id/ticket.ics',
    {
      config,
      schema: {
        tags,
        summary: 'The ticket as a calendar event (text/calendar) with a reminder 2 hours before',
        params: ZIdParams,
        response: { 200: z.string().describe('text/calendar'), ...errors },
      },
    },
    async (request, reply) => {
      const { ticket, ics } = await tickets.event(principalOf(request), {
        appointmentId: request.params.id,
        origin: originOf(request),
      });
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="talon-${ticket.code}.ics"`)
        .send(ics);
    },
  );
};
