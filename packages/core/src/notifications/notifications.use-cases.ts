import { type AppointmentLinkDeps, describeAppointmentLink, useAppointmentLink } from './appointment-links';
import {
  getNotificationPreferences,
  type PreferencesDeps,
  updateNotificationPreferences,
} from './notification-preferences';

/** What the notifications' use cases need: the preferences, and the signed links with their actions. */
export type NotificationsDeps = PreferencesDeps & AppointmentLinkDeps;

/**
 * The person's notification preferences, and the signed links of reminder emails (open to anyone holding
 * one: the token is the credential). The reminder sweep is the worker's (`sweepReminders`).
 */
export const notificationsUseCases = {
  getPreferences: getNotificationPreferences,
  updatePreferences: updateNotificationPreferences,
  describeLink: describeAppointmentLink,
  useLink: useAppointmentLink,
};
