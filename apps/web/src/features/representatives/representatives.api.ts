import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../shared/api-client';
import type {
  RepresentativeLinkList,
  TAddWardRequest,
  TLinkDecisionRequest,
  TPatientCard,
  TProxyStarted,
  TRepresentativeLink,
  TWard,
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
  pendingLinks: () =>
    queryOptions({
      queryKey: ['account', 'registry', 'representative-links', 'pending'],
      queryFn: ({ signal }) =>
        apiGet<RepresentativeLinkList>('/registry/representative-links', { status: 'pending' }, signal),
      staleTime: 0,
    }),
  /** A person's card as the registry sees it (identifiers masked); each read is audited by the server. */
  patientCard: (patientId: string) =>
    queryOptions({
      queryKey: ['account', 'registry', 'patient', patientId],
      queryFn: ({ signal }) => apiGet<TPatientCard>(`/patients/${id(patientId)}`, undefined, signal),
      staleTime: 5 * 60_000,
      retry: false,
    }),
};

export const representativesApi = {
  addWard: (body: TAddWardRequest) => apiSend<TWard>('POST', '/me/wards', body),
  endWard: (linkId: string) => apiSend('POST', `/me/wards/${id(linkId)}/end`),
  requestProxy: (body: { surname: string; name: string; birthDate: string; snils: string }) =>
    apiSend<TProxyStarted>('POST', '/me/proxies', body),
  confirmProxy: (consentRequestId: string, code: string) =>
    apiSend<TWard>('POST', `/me/proxies/${id(consentRequestId)}/confirm`, { code }),
  decideLink: (linkId: string, body: TLinkDecisionRequest) =>
    apiSend<TRepresentativeLink>('POST', `/registry/representative-links/${id(linkId)}/decision`, body),
};
