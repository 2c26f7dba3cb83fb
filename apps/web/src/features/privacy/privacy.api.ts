import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend, buildApiUrl } from '../../shared/api-client';
import type {
  ConsentList,
  DataRequestList,
  TCreateDataRequest,
  TDataRequest,
  TPatientProfile,
  TRevokeConsentResponse,
} from './privacy.types';

// Under ['account'] so that logging out drops them all (see forgetSession).
export const privacyQueries = {
  /** The card, SNILS and OMS masked (the full numbers come only from `privacyApi.revealProfile`). */
  profile: () =>
    queryOptions({
      queryKey: ['account', 'profile'],
      queryFn: ({ signal }) => apiGet<TPatientProfile>('/me/profile', undefined, signal),
      staleTime: 0,
    }),
  consents: () =>
    queryOptions({
      queryKey: ['account', 'consents'],
      queryFn: ({ signal }) => apiGet<ConsentList>('/me/consents', undefined, signal),
      staleTime: 0,
    }),
  dataRequests: () =>
    queryOptions({
      queryKey: ['account', 'data-requests'],
      queryFn: ({ signal }) => apiGet<DataRequestList>('/me/data-requests', undefined, signal),
      staleTime: 0,
    }),
};

/** «Скачать мои данные»: a plain same-origin link, so the session cookie goes with it and the browser saves the file. */
export const exportUrl = (format: 'json' | 'pdf'): string => buildApiUrl('/me/export', { format });

export const privacyApi = {
  /** The card with SNILS and OMS in full, for the password (the server writes that read to the audit log). */
  revealProfile: (password: string) => apiSend<TPatientProfile>('POST', '/me/profile/reveal', { password }),
  revokeConsent: (consentId: string) =>
    apiSend<TRevokeConsentResponse>('POST', `/me/consents/${encodeURIComponent(consentId)}/revoke`),
  createDataRequest: (body: TCreateDataRequest) => apiSend<TDataRequest>('POST', '/me/data-requests', body),
};
