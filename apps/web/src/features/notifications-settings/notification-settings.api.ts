import { queryOptions } from '@tanstack/react-query';
import { type ApiRequestBody, type ApiSchema, api, dataOf } from '../../shared/api-client';

const PATH = '/api/v1/me/notification-preferences';

export type TNotificationPreferences = ApiSchema<'NotificationPreferences'>;
export type TNotificationPreferencesInput = ApiRequestBody<typeof PATH, 'put'>;

// Under ['account'] so that logging out drops it (see forgetSession).
export const notificationSettingsQuery = () =>
  queryOptions({
    queryKey: ['account', 'notification-preferences'],
    queryFn: ({ signal }) => dataOf(api.GET(PATH, { signal })),
  });

export const saveNotificationSettings = (input: TNotificationPreferencesInput) =>
  dataOf(api.PUT(PATH, { body: input }));
