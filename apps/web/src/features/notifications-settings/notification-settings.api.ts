import type { TNotificationPreferences, TNotificationPreferencesInput } from '@talon/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../shared/api-client';

const PATH = '/me/notification-preferences';

// Under ['account'] so that logging out drops it (see forgetSession).
export const notificationSettingsQuery = () =>
  queryOptions({
    queryKey: ['account', 'notification-preferences'],
    queryFn: ({ signal }) => apiGet<TNotificationPreferences>(PATH, undefined, signal),
  });

export const saveNotificationSettings = (input: TNotificationPreferencesInput) =>
  apiSend<TNotificationPreferences>('PUT', PATH, input);
