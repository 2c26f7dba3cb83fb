import { queryOptions } from '@tanstack/react-query';
import { type ApiSchema, api, dataOf } from '../../shared/api-client';

export type TDataChangeRequest = ApiSchema<'DataChangeRequest'>;
export type TCreateDataChangeRequest = ApiSchema<'CreateDataChangeRequest'>;
export type TDataChangeCategory = TDataChangeRequest['category'];

const path = (id: string) => ({ params: { path: { id } } });

// Under ['account'] so that logging out drops them (see forgetSession).
export const dataChangeQueries = {
  mine: () =>
    queryOptions({
      queryKey: ['account', 'data-change-requests'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/me/data-change-requests', { signal })),
      staleTime: 0,
    }),
};

export const dataChangeApi = {
  /** Uploads a scan (`multipart/form-data`, field `file`); its id goes with the request. */
  uploadScan: (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    // The typed body names the part; the browser sends the FormData itself, with its boundary.
    return dataOf(api.POST('/api/v1/uploads', { body: { file: file.name }, bodySerializer: () => form }));
  },
  create: (body: TCreateDataChangeRequest) => dataOf(api.POST('/api/v1/me/data-change-requests', { body })),
  confirm: (id: string, code: string) =>
    dataOf(api.POST('/api/v1/me/data-change-requests/{id}/confirm', { ...path(id), body: { code } })),
  resendCode: (id: string) => dataOf(api.POST('/api/v1/me/data-change-requests/{id}/code', path(id))),
};
