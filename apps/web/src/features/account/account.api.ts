import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../shared/api-client';
import type { SessionList, TRecoveryCodes, TTotpEnrolment } from '../auth/auth.types';

// Under ['account'] so that logging out drops them all (see forgetSession).
export const accountQueries = {
  sessions: () =>
    queryOptions({
      queryKey: ['account', 'sessions'],
      queryFn: ({ signal }) => apiGet<SessionList>('/me/sessions', undefined, signal),
      staleTime: 0,
    }),
};

export const accountApi = {
  endSession: (id: string) => apiSend('DELETE', `/me/sessions/${encodeURIComponent(id)}`),
  startTotp: () => apiSend<TTotpEnrolment>('POST', '/me/mfa/totp'),
  confirmTotp: (code: string) => apiSend<TRecoveryCodes>('POST', '/me/mfa/totp/confirm', { code }),
  disableTotp: (password: string) => apiSend('POST', '/me/mfa/totp/disable', { password }),
  newRecoveryCodes: (password: string) =>
    apiSend<TRecoveryCodes>('POST', '/me/mfa/recovery-codes', { password }),
  setSmsMfa: (change: { enabled: boolean; password?: string }) => apiSend('PUT', '/me/mfa/sms', change),
  changePassword: (currentPassword: string, newPassword: string) =>
    apiSend('POST', '/me/password', { currentPassword, newPassword }),
};
