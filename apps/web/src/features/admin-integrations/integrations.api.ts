import { queryOptions } from '@tanstack/react-query';
import { type ApiRequestBody, type ApiSchema, api, dataOf } from '../../shared/api-client';

export type TIntegrationClient = ApiSchema<'IntegrationClient'>;
export type TIntegrationClientBody = ApiRequestBody<'/api/v1/admin/integration-clients', 'post'>;

export const integrationQueries = {
  list: () =>
    queryOptions({
      queryKey: ['admin-integration-clients'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/admin/integration-clients', { signal })),
    }),
};

export const integrationApi = {
  register: (body: TIntegrationClientBody) => dataOf(api.POST('/api/v1/admin/integration-clients', { body })),
  revoke: (id: string) =>
    dataOf(api.POST('/api/v1/admin/integration-clients/{id}/revoke', { params: { path: { id } } })),
};
