import {
  adminProblemResponses,
  ZAuditEventPage,
  ZAuditSearchQuery,
  ZAuditVerification,
  ZEmergencyAccessRecord,
  ZEmergencyReportQuery,
  z,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { principalOf } from '../route-preamble';

/** The audit log, its chain's check and the emergency-access report for administrators. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const { audit, access } = app.services;
  const tags = ['Admin'];

  app.get(
    '/admin/audit-events',
    {
      config: { access: { roles: ['system_admin', 'clinic_admin'] } },
      schema: {
        tags,
        summary:
          'Search the audit log by person, actor, action and period (the search itself is logged); a clinic ' +
          'admin sees the entries of their clinics’ staff',
        querystring: ZAuditSearchQuery,
        response: { 200: ZAuditEventPage, ...adminProblemResponses },
      },
    },
    async (request) => {
      const q = request.query;
      const page = await audit.search(principalOf(request), {
        personId: q.person,
        actorAccountId: q.actor,
        action: q.action,
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? new Date(q.to) : undefined,
        page: q.page,
        pageSize: q.pageSize,
        origin: originOf(request),
      });
      return {
        ...page,
        items: page.items.map((e) => ({ ...e, occurredAt: e.occurredAt.toISOString() })),
      };
    },
  );

  app.post(
    '/admin/audit/verify',
    {
      config: { access: { roles: ['system_admin'] } },
      schema: {
        tags,
        summary: 'Check the whole audit chain, as `npm run audit:verify` does (the check is logged)',
        response: { 200: ZAuditVerification, ...adminProblemResponses },
      },
    },
    async (request) => audit.verify(principalOf(request), { origin: originOf(request) }),
  );

  app.get(
    '/admin/emergency-accesses',
    {
      config: { access: { roles: ['system_admin', 'clinic_admin'] } },
      schema: {
        tags,
        summary: 'Emergency ("break the glass") accesses in a period',
        querystring: ZEmergencyReportQuery,
        response: { 200: z.object({ items: z.array(ZEmergencyAccessRecord) }), ...adminProblemResponses },
      },
    },
    async (request) => {
      const items = await access.reportEmergencyAccesses(principalOf(request), {
        from: new Date(request.query.from),
        to: new Date(request.query.to),
        origin: originOf(request),
      });
      return {
        items: items.map((r) => ({
          ...r,
          createdAt: r.createdAt.toISOString(),
          expiresAt: r.expiresAt.toISOString(),
        })),
      };
    },
  );
};
