/** Channels a person can switch on or off (issue 5, item 4). */
export const PREFERENCE_CHANNELS = ['sms', 'email', 'push', 'in_app'] as const;
export type PreferenceChannel = (typeof PREFERENCE_CHANNELS)[number];

/** Local wall-clock time `HH:MM` (24 h). */
export type LocalTimeOfDay = string;

/** A local period when no SMS or push goes out; `start` after `end` spans midnight (22:00–08:00). */
export interface QuietHours {
  start: LocalTimeOfDay;
  end: LocalTimeOfDay;
}

/** What a person chose; `timeZone` null means their clinic's zone. */
export interface NotificationPreferences {
  channels: Record<PreferenceChannel, boolean>;
  quietHours: QuietHours;
  /** The local time the day-before SMS goes out at; null = exactly the SMS lead before the visit. */
  reminderTime: LocalTimeOfDay | null;
  timeZone: string | null;
}

/** Moscow time: the zone of most of the country's people, and the default when nothing better is known. */
export const DEFAULT_TIME_ZONE = 'Europe/Moscow';

export const DEFAULT_PREFERENCES: Readonly<NotificationPreferences> = Object.freeze({
  channels: Object.freeze({ sms: true, email: true, push: true, in_app: true }),
  quietHours: Object.freeze({ start: '22:00', end: '08:00' }),
  reminderTime: null,
  timeZone: null,
});

/**
 * Why a message is sent. `security` (codes, password changed, new login) ignores the channel switches;
 * the rest follow them. Quiet hours apply to reminders only: a code or a booking confirmation is awaited.
 */
export type MessageCategory = 'security' | 'appointment' | 'reminder';

/** The three reminders of docs/domain.md rule 21. */
export const REMINDER_KINDS = ['email_3d', 'sms_1d', 'push_2h'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** How long before the visit each reminder goes out (installation settings, `@talon/config`). */
export interface ReminderOffsets {
  emailHours: number;
  smsHours: number;
  pushMinutes: number;
  /** A reminder whose time passed less than this long ago still goes out (worker downtime, late sweep). */
  catchUpMinutes: number;
}

export const DEFAULT_REMINDER_OFFSETS: Readonly<ReminderOffsets> = Object.freeze({
  emailHours: 72,
  smsHours: 24,
  pushMinutes: 120,
  catchUpMinutes: 60,
});
