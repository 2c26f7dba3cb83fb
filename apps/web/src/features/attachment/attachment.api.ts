import { queryOptions } from '@tanstack/react-query';
import { type ApiSchema, api, dataOf } from '../../shared/api-client';

export type TAttachmentRequest = ApiSchema<'AttachmentRequest'>;
export type TRegistryAttachmentRequest = ApiSchema<'RegistryAttachmentRequest'>;
export type TCreateAttachmentRequest = ApiSchema<'CreateAttachmentRequest'>;
export type TAttachmentDecision = ApiSchema<'AttachmentDecision'>;

/** The scan of a request, read through the uploads route (the registry of the chosen clinic may read it). */
export const scanUrl = (uploadId: string) => `/api/v1/uploads/${encodeURIComponent(uploadId)}`;

// The patient's under ['account'] so that logging out drops them (see forgetSession).
export const attachmentQueries = {
  mine: () =>
    queryOptions({
      queryKey: ['account', 'attachment-requests'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/me/attachment-requests', { signal })),
      staleTime: 0,
    }),
  clinic: (id: string) =>
    queryOptions({
      queryKey: ['directory', 'organization', id],
      queryFn: ({ signal }) =>
        dataOf(api.GET('/api/v1/organizations/{id}', { params: { path: { id } }, signal })),
    }),
  pending: () =>
    queryOptions({
      queryKey: ['registry', 'attachment-requests', 'submitted'],
      queryFn: ({ signal }) =>
        dataOf(
          api.GET('/api/v1/registry/attachment-requests', {
            params: { query: { status: 'submitted' } },
            signal,
          }),
        ),
      staleTime: 0,
    }),
};

export const attachmentApi = {
  /** Uploads the scan (`multipart/form-data`, field `file`); its id goes with the request. */
  uploadScan: (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return dataOf(api.POST('/api/v1/uploads', { body: { file: file.name }, bodySerializer: () => form }));
  },
  create: (body: TCreateAttachmentRequest) => dataOf(api.POST('/api/v1/me/attachment-requests', { body })),
  decide: (id: string, body: TAttachmentDecision) =>
    dataOf(
      api.POST('/api/v1/registry/attachment-requests/{id}/decision', { params: { path: { id } }, body }),
    ),
};
