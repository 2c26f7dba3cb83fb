import { queryOptions } from '@tanstack/react-query';
import { api, dataOf } from '../../shared/api-client';

const session = (id: string) => ({ params: { path: { id } } });

// Under ['account'] so that logging out drops them all (see forgetSession).
export const accountQueries = {
  sessions: () =>
    queryOptions({
      queryKey: ['account', 'sessions'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/me/sessions', { signal })),
      staleTime: 0,
    }),
};

export const accountApi = {
  endSession: (id: string) => dataOf(api.DELETE('/api/v1/me/sessions/{id}', session(id))),
  startTotp: () => dataOf(api.POST('/api/v1/me/mfa/totp')),
  confirmTotp: (code: string) => dataOf(api.POST('/api/v1/me/mfa/totp/confirm', { body: { code } })),
  disableTotp: (password: string) => dataOf(api.POST('/api/v1/me/mfa/totp/disable', { body: { password } })),
  newRecoveryCodes: (password: string) =>
    dataOf(api.POST('/api/v1/me/mfa/recovery-codes', { body: { password } })),
  setSmsMfa: (change: { enabled: boolean; password?: string }) =>
    dataOf(api.PUT('/api/v1/me/mfa/sms', { body: change })),
  changePassword: (currentPassword: string, newPassword: string) =>
    dataOf(api.POST('/api/v1/me/password', { body: { currentPassword, newPassword } })),
};
