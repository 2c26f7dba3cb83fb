import { queryOptions } from '@tanstack/react-query';
import { type ApiRequestBody, type ApiSchema, api, dataOf } from '../../shared/api-client';

export type TStaffMember = ApiSchema<'StaffMember'>;
export type TStaffInvitationBody = ApiRequestBody<'/api/v1/admin/staff/invitations', 'post'>;
export type StaffFilter = {
  status?: 'active' | 'blocked' | 'invited';
  role?: TStaffMember['roles'][number];
  organization?: string;
};

export const STAFF_ROLES = ['doctor', 'nurse', 'registrar', 'clinic_admin'] as const;

export const staffQueries = {
  list: (filter: StaffFilter) =>
    queryOptions({
      queryKey: ['admin-staff', filter],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/admin/staff', { params: { query: filter }, signal })),
    }),
};

const account = (accountId: string) => ({ params: { path: { accountId } } });

export const staffApi = {
  invite: (body: TStaffInvitationBody) => dataOf(api.POST('/api/v1/admin/staff/invitations', { body })),
  setRoles: (accountId: string, organizationId: string, roles: string[]) =>
    dataOf(
      api.PUT('/api/v1/admin/staff/{accountId}/roles', {
        ...account(accountId),
        body: { organizationId, roles },
      }),
    ),
  /** The support operator's role, held for no clinic; a system admin's change only (docs/support.md). */
  setSupportOperator: (accountId: string, isOperator: boolean) =>
    dataOf(
      api.PUT('/api/v1/admin/staff/{accountId}/support-operator', {
        ...account(accountId),
        body: { isOperator },
      }),
    ),
  block: (accountId: string, reason: string) =>
    dataOf(api.POST('/api/v1/admin/staff/{accountId}/block', { ...account(accountId), body: { reason } })),
  unblock: (accountId: string) =>
    dataOf(api.POST('/api/v1/admin/staff/{accountId}/unblock', account(accountId))),
  accept: (token: string, password: string) =>
    dataOf(
      api.POST('/api/v1/staff-invitations/{token}/accept', {
        params: { path: { token } },
        body: { password },
      }),
    ),
};
