import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../shared/api-client';
import type {
  MyRepresentativeList,
  RepresentativeLinkList,
  TAddedWard,
  TAddWardRequest,
  TLinkDecisionRequest,
  TMyRepresentative,
  TProxyStarted,
  TRepresentativeLink,
  TWard,
  TWardCodeSent,
  WardList,
} from './representatives.types';

const id = (value: string) => encodeURIComponent(value);

// Under ['account'] so that logging out drops them all (see forgetSession), the registry's lists included.
export const representativesQueries = {
  wards: () =>
    queryOptions({
      queryKey: ['account', 'wards'],
      queryFn: ({ signal }) => apiGet<WardList>('/me/wards', undefined, signal),
      staleTime: 0,
    }),
  /** The signed-in person's own parents and guardians (the young person's say over medical access). */
  myRepresentatives: () =>
    queryOptions({
      queryKey: ['account', 'representatives'],
      queryFn: ({ signal }) => apiGet<MyRepresentativeList>('/me/representatives', undefined, signal),
      staleTime: 0,
    }),
  pendingLinks: () =>
    queryOptions({
      queryKey: ['account', 'registry', 'representative-links', 'pending'],
      queryFn: ({ signal }) =>
        apiGet<RepresentativeLinkList>('/registry/representative-links', { status: 'pending' }, signal),
      staleTime: 0,
    }),
};

export const representativesApi = {
  addWard: (body: TAddWardRequest) => apiSend<TAddedWard>('POST', '/me/wards', body),
  confirmWard: (linkId: string, code: string) =>
    apiSend<TWard>('POST', `/me/wards/${id(linkId)}/confirm`, { code }),
  resendWardCode: (linkId: string) => apiSend<TWardCodeSent>('POST', `/me/wards/${id(linkId)}/code`),
  setMedicalAccess: (linkId: string, allowed: boolean) =>
    apiSend<TMyRepresentative>('PUT', `/me/representatives/${id(linkId)}/medical-access`, { allowed }),
  endWard: (linkId: string) => apiSend('POST', `/me/wards/${id(linkId)}/end`),
  requestProxy: (body: { surname: string; name: string; birthDate: string; snils: string }) =>
    apiSend<TProxyStarted>('POST', '/me/proxies', body),
  confirmProxy: (consentRequestId: string, code: string) =>
    apiSend<TWard>('POST', `/me/proxies/${id(consentRequestId)}/confirm`, { code }),
  decideLink: (linkId: string, body: TLinkDecisionRequest) =>
    apiSend<TRepresentativeLink>('POST', `/registry/representative-links/${id(linkId)}/decision`, body),
};
