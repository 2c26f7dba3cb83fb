import {
  adminProblemResponses,
  problemResponses,
  ZClinicList,
  ZClinicOverview,
  ZClinicParams,
  ZClinicsQuery,
  ZProblem,
  ZStaffAccountParams,
  ZStaffBlockBody,
  ZStaffInvitation,
  ZStaffInvitationAcceptBody,
  ZStaffInvitationAccepted,
  ZStaffInvitationBody,
  ZStaffInvitationParams,
  ZStaffList,
  ZStaffQuery,
  ZStaffRolesBody,
  ZSupportOperatorBody,
  z,
} from '@talon/contracts';
import type { StaffMember } from '@talon/core/staff-accounts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { noStore, principalOf } from '../route-preamble';

const presentMember = (member: StaffMember) => ({
  ...member,
  lastLoginAt: member.lastLoginAt?.toISOString() ?? null,
  invitationExpiresAt: member.invitationExpiresAt?.toISOString() ?? null,
});

/**
 * Staff accounts (issue 13 item 3; docs/identity.md «Staff accounts»): a clinic admin invites, changes
 * roles, blocks and unblocks the staff of their clinics (a system admin of any). Other clinics' staff are
 * 404 with an `access.denied` entry; every change is audited.
 */
export const adminStaffAccountsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { staffAccounts } = app.services;
  // Staff contacts and clinic counts: kept by no cache.
  noStore(app);
  const tags = ['Admin'];
  const config = { access: { roles: ['system_admin', 'clinic_admin'] as const } };
  const errors = { ...adminProblemResponses, 404: problemResponses[404] };
  const selfErrors = { ...errors, 409: ZProblem.describe('STAFF_SELF_BLOCK or STAFF_SELF_DEMOTE') };

  app.get(
    '/admin/staff',
    {
      config,
      schema: {
        tags,
        summary:
          'The staff of the caller’s clinics: roles, status, second factor, last login; open invitations',
        querystring: ZStaffQuery,
        response: { 200: ZStaffList, ...errors },
      },
    },
    async (request) => ({
      items: (await staffAccounts.listStaff(principalOf(request), request.query)).map(presentMember),
    }),
  );

  app.get(
    '/admin/clinics',
    {
      config,
      schema: {
        tags,
        summary: 'Clinics with their counts: all for a system admin, a clinic admin’s own',
        description:
          'Region, address, practitioners, staff accounts (active, blocked, invited), attached patients and today’s visits (the clinic’s own day), by region and name; at most 200, narrowed by `query` and `region`.',
        querystring: ZClinicsQuery,
        response: { 200: ZClinicList, ...adminProblemResponses },
      },
    },
    async (request) => ({ items: await staffAccounts.listClinics(principalOf(request), request.query) }),
  );

  app.get(
    '/admin/clinics/:organizationId',
    {
      config,
      schema: {
        tags,
        summary: 'One clinic of the caller’s scope with its counts',
        description: 'Another clinic, or none, is 404 with an `access.denied` audit entry.',
        params: ZClinicParams,
        response: { 200: ZClinicOverview, ...errors },
      },
    },
    async (request) =>
      staffAccounts.getClinic(principalOf(request), {
        organizationId: request.params.organizationId,
        origin: originOf(request),
      }),
  );

  app.post(
    '/admin/staff/invitations',
    {
      config,
      schema: {
        tags,
        summary: 'Invite a staff member by e-mail or phone with roles at a clinic',
        description:
          'A one-time link valid 72 hours goes by e-mail or SMS (no medical data). Inviting the same contact to the same clinic again replaces the open invitation.',
        body: ZStaffInvitationBody,
        response: { 201: ZStaffInvitation, ...errors },
      },
    },
    async (request, reply) => {
      const invitation = await staffAccounts.inviteStaff(principalOf(request), {
        ...request.body,
        origin: originOf(request),
      });
      return reply.code(201).send({ ...invitation, expiresAt: invitation.expiresAt.toISOString() });
    },
  );

  app.post(
    '/staff-invitations/:token/accept',
    {
      config: {
        access: 'public' as const,
        rateLimit: { name: 'staff-invitation-accept', max: 20, windowSeconds: 3600 },
      },
      schema: {
        tags: ['Auth'],
        summary: 'Accept a staff invitation: set the password (or confirm an existing account’s)',
        description:
          'Creates the account with the invited roles, or adds them to the existing account with that contact. The invitee then logs in and enrols a second factor (`mfa_setup_required`). An unknown, used, replaced or expired link answers 410 `STAFF_INVITATION_INVALID_LINK`. At most 20 attempts an hour per address.',
        params: ZStaffInvitationParams,
        body: ZStaffInvitationAcceptBody,
        response: {
          200: ZStaffInvitationAccepted,
          400: problemResponses[400],
          401: ZProblem.describe('The existing account’s password is wrong'),
          410: ZProblem.describe('STAFF_INVITATION_INVALID_LINK'),
          429: ZProblem.describe('RATE_LIMITED'),
        },
      },
    },
    async (request) => {
      const accepted = await staffAccounts.acceptInvitation(null, {
        token: request.params.token,
        password: request.body.password,
        origin: originOf(request),
      });
      return { login: accepted.login };
    },
  );

  app.put(
    '/admin/staff/:accountId/roles',
    {
      config,
      schema: {
        tags,
        summary: 'Set the account’s roles at one of the caller’s clinics',
        params: ZStaffAccountParams,
        body: ZStaffRolesBody,
        response: { 204: z.null(), ...selfErrors },
      },
    },
    async (request, reply) => {
      await staffAccounts.setRoles(principalOf(request), {
        accountId: request.params.accountId,
        ...request.body,
        origin: originOf(request),
      });
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/admin/staff/:accountId/support-operator',
    {
      config: { access: { roles: ['system_admin'] as const } },
      schema: {
        tags,
        summary: 'Make a staff account a support operator, or take the role back (system admin)',
        params: ZStaffAccountParams,
        body: ZSupportOperatorBody,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await staffAccounts.setSupportOperator(principalOf(request), {
        accountId: request.params.accountId,
        isOperator: request.body.isOperator,
        origin: originOf(request),
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/admin/staff/:accountId/block',
    {
      config,
      schema: {
        tags,
        summary: 'Block a staff account: its sessions end at once and its logins are refused',
        params: ZStaffAccountParams,
        body: ZStaffBlockBody,
        response: { 204: z.null(), ...selfErrors },
      },
    },
    async (request, reply) => {
      await staffAccounts.block(principalOf(request), {
        accountId: request.params.accountId,
        reason: request.body.reason,
        origin: originOf(request),
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/admin/staff/:accountId/unblock',
    {
      config,
      schema: {
        tags,
        summary: 'Unblock a staff account',
        params: ZStaffAccountParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await staffAccounts.unblock(principalOf(request), {
        accountId: request.params.accountId,
        origin: originOf(request),
      });
      return reply.code(204).send(null);
    },
  );
};
