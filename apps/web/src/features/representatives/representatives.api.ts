import { queryOptions } from '@tanstack/react-query';
import { type ApiRequestBody, api, dataOf } from '../../shared/api-client';
import type { TAddWardRequest, TLinkDecisionRequest } from './representatives.types';

const path = (id: string) => ({ params: { path: { id } } });

// Under ['account'] so that logging out drops them all (see forgetSession), the registry's lists included.
export const representativesQueries = {
  wards: () =>
    queryOptions({
      queryKey: ['account', 'wards'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/me/wards', { signal })),
      staleTime: 0,
    }),
  /** The signed-in person's own parents and guardians (the young person's say over medical access). */
  myRepresentatives: () =>
    queryOptions({
      queryKey: ['account', 'representatives'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/me/representatives', { signal })),
      staleTime: 0,
    }),
  pendingLinks: () =>
    queryOptions({
      queryKey: ['account', 'registry', 'representative-links', 'pending'],
      queryFn: ({ signal }) =>
        dataOf(
          api.GET('/api/v1/registry/representative-links', {
            params: { query: { status: 'pending' } },
            signal,
          }),
        ),
      staleTime: 0,
    }),
};

export const representativesApi = {
  addWard: (body: TAddWardRequest) => dataOf(api.POST('/api/v1/me/wards', { body })),
  /** Uploads the scan of the ward's document (`multipart/form-data`, field `file`); its id goes with the form. */
  uploadScan: (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    // The typed body names the part; the browser sends the FormData itself, with its boundary.
    return dataOf(api.POST('/api/v1/uploads', { body: { file: file.name }, bodySerializer: () => form }));
  },
  confirmWard: (linkId: string, code: string) =>
    dataOf(api.POST('/api/v1/me/wards/{id}/confirm', { ...path(linkId), body: { code } })),
  resendWardCode: (linkId: string) => dataOf(api.POST('/api/v1/me/wards/{id}/code', path(linkId))),
  setMedicalAccess: (linkId: string, allowed: boolean) =>
    dataOf(api.PUT('/api/v1/me/representatives/{id}/medical-access', { ...path(linkId), body: { allowed } })),
  endWard: (linkId: string) => dataOf(api.POST('/api/v1/me/wards/{id}/end', path(linkId))),
  requestProxy: (body: ApiRequestBody<'/api/v1/me/proxies'>) =>
    dataOf(api.POST('/api/v1/me/proxies', { body })),
  confirmProxy: (consentRequestId: string, code: string) =>
    dataOf(api.POST('/api/v1/me/proxies/{id}/confirm', { ...path(consentRequestId), body: { code } })),
  decideLink: (linkId: string, body: TLinkDecisionRequest) =>
    dataOf(api.POST('/api/v1/registry/representative-links/{id}/decision', { ...path(linkId), body })),
};
