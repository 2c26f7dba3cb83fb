// Notifications: events → messages, reminders (docs/domain.md rule 21), preferences, signed appointment links.
// Pure rules and use cases; SQL in packages/db/src/repositories/notifications, delivery in apps/worker.
export {
  APPOINTMENT_LINK_ACTIONS,
  type AppointmentLinkAction,
  type AppointmentLinkClaims,
  deriveAppointmentLinkKey,
  signAppointmentLink,
  type VerifiedLink,
  verifyAppointmentLink,
} from './appointment-link-token';
export {
  type AppointmentLinkDeps,
  type AppointmentLinksRepository,
  type AppointmentLinkView,
  describeAppointmentLink,
  type LinkedVisit,
  useAppointmentLink,
} from './appointment-links';
export {
  type AppointmentEvent,
  appointmentTargets,
  enqueueAppointmentMessages,
} from './appointment-messages';
export { isChannelAllowed, selectChannels } from './channel-selection';
export { atLocalTime, isTimeOfDay, minutesOfDay } from './local-clock';
export {
  getNotificationPreferences,
  loadPreferences,
  type PreferencesDeps,
  type PreferencesView,
  updateNotificationPreferences,
} from './notification-preferences';
export { NotificationsErrorCode } from './notifications.errors';
export type * from './notifications.ports';
export * from './notifications.types';
export { type NotificationsDeps, notificationsUseCases } from './notifications.use-cases';
export { deferPastQuietHours, isInQuietHours } from './quiet-hours';
export { REMINDER_CHANNEL, type ReminderTime, reminderSweepWindow, reminderTime } from './reminder-schedule';
export {
  isReminderStillDue,
  type ReminderSweepDeps,
  type ReminderSweepReport,
  sendReminderEmailNow,
  sweepReminders,
} from './sweep-reminders';
export { formatVisitTime, type VisitFacts, visitPayload } from './visit-payload';
export { zoneLabel } from './zone-label';
