import { queryOptions } from '@tanstack/react-query';
import { type ApiQuery, type ApiSchema, api, dataOf } from '../../shared/api-client';

export type TAuditQuery = ApiQuery<'/api/v1/admin/audit-events'>;
export type TAuditEvent = ApiSchema<'AuditEvent'>;
export type TAuditVerification = ApiSchema<'AuditVerification'>;

// Under ['account'] so that logging out drops them (see forgetSession).
export const adminAuditQueries = {
  events: (query: TAuditQuery) =>
    queryOptions({
      queryKey: ['account', 'admin-audit', 'events', query],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/admin/audit-events', { params: { query }, signal })),
    }),
};

export const adminAuditApi = {
  verify: () => dataOf(api.POST('/api/v1/admin/audit/verify', {})),
};
