import { queryOptions } from '@tanstack/react-query';
import { api, apiUrl, dataOf } from '../../shared/api-client';
import type { TCreateDataRequest } from './privacy.types';

// Under ['account'] so that logging out drops them all (see forgetSession).
export const privacyQueries = {
  /** The card, SNILS and OMS masked (the full numbers come only from `privacyApi.revealProfile`). */
  profile: () =>
    queryOptions({
      queryKey: ['account', 'profile'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/me/profile', { signal })),
      staleTime: 0,
    }),
  consents: () =>
    queryOptions({
      queryKey: ['account', 'consents'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/me/consents', { signal })),
      staleTime: 0,
    }),
  dataRequests: () =>
    queryOptions({
      queryKey: ['account', 'data-requests'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/me/data-requests', { signal })),
      staleTime: 0,
    }),
};

/** «Скачать мои данные»: a plain same-origin link, so the session cookie goes with it and the browser saves the file. */
export const exportUrl = (format: 'json' | 'pdf'): string =>
  apiUrl('/api/v1/me/export', { query: { format } });

export const privacyApi = {
  /** The card with SNILS and OMS in full, for the password (the server writes that read to the audit log). */
  revealProfile: (password: string) => dataOf(api.POST('/api/v1/me/profile/reveal', { body: { password } })),
  revokeConsent: (consentId: string) =>
    dataOf(api.POST('/api/v1/me/consents/{id}/revoke', { params: { path: { id: consentId } } })),
  createDataRequest: (body: TCreateDataRequest) => dataOf(api.POST('/api/v1/me/data-requests', { body })),
};
