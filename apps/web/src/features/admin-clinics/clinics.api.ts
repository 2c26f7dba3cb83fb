import { queryOptions } from '@tanstack/react-query';
import { type ApiSchema, api, dataOf } from '../../shared/api-client';

export type TClinicOverview = ApiSchema<'ClinicOverview'>;
export type ClinicsFilter = { query?: string; region?: string };

/** «Клиники»: the clinics of the caller's scope (all for a system admin) and one clinic. */
export const clinicsQueries = {
  list: (filter: ClinicsFilter = {}) =>
    queryOptions({
      queryKey: ['account', 'admin-clinics', 'list', filter],
      queryFn: ({ signal }) =>
        dataOf(api.GET('/api/v1/admin/clinics', { params: { query: filter }, signal })),
    }),
  one: (organizationId: string) =>
    queryOptions({
      queryKey: ['account', 'admin-clinics', 'one', organizationId],
      queryFn: ({ signal }) =>
        dataOf(
          api.GET('/api/v1/admin/clinics/{organizationId}', { params: { path: { organizationId } }, signal }),
        ),
    }),
};
