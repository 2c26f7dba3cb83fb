import { problemResponses, ZNotificationPreferences, ZNotificationPreferencesInput } from '@talon/contracts';
import type { PreferencesView } from '@talon/core/notifications';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerRefusals, principalOf } from '../route-preamble';

const errors = callerRefusals('Not allowed');

const present = (view: PreferencesView) => ({
  channels: { ...view.channels },
  quietHours: { ...view.quietHours },
  reminderTime: view.reminderTime,
  timeZone: view.timeZone,
  effectiveTimeZone: view.effectiveTimeZone,
  securityAlwaysOn: true as const,
});

/**
 * `GET/PUT /me/notification-preferences` (issue 5, item 4): channel switches, quiet hours, the reminder
 * time. Every account has them (staff get security messages too); they are the account's own, never a
 * ward's.
 */
export const notificationPreferencesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { notifications } = app.services;
  const tags = ['Account'];
  const config = { access: 'authenticated' as const };

  app.get(
    '/me/notification-preferences',
    {
      config,
      schema: {
        tags,
        summary: 'My notification preferences (defaults until changed)',
        response: { 200: ZNotificationPreferences, ...errors },
      },
    },
    async (request) => present(await notifications.getPreferences(principalOf(request))),
  );

  app.put(
    '/me/notification-preferences',
    {
      config,
      schema: {
        tags,
        summary: 'Change my notification preferences (the whole set); security messages stay on',
        body: ZNotificationPreferencesInput,
        response: { 200: ZNotificationPreferences, 400: problemResponses[400], ...errors },
      },
    },
    async (request) => present(await notifications.updatePreferences(principalOf(request), request.body)),
  );
};
