import { ZText, z } from './zod';

const ZTimeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Укажите время в формате ЧЧ:ММ' })
  .describe('Local time, HH:MM (24 h)');

/** Channel switches; security messages (codes, password changed, new login) go out whatever they say. */
export const ZNotificationChannels = z.object({
  sms: z.boolean(),
  email: z.boolean(),
  push: z.boolean(),
  in_app: z.boolean(),
});

const preferenceFields = {
  channels: ZNotificationChannels,
  quietHours: z
    .object({ start: ZTimeOfDay, end: ZTimeOfDay })
    .describe('No SMS or push in this local period (start after end spans midnight); moved to its end'),
  reminderTime: ZTimeOfDay.nullable().describe(
    'Local time the day-before SMS goes out at; null = exactly the SMS lead before the visit',
  ),
  timeZone: z
    .string()
    .min(1)
    .max(64)
    .nullable()
    .describe("IANA zone of quiet hours and the reminder time; null = the clinic's zone"),
};

/** `PUT /api/v1/me/notification-preferences`: the whole set. */
export const ZNotificationPreferencesInput = z
  .object(preferenceFields)
  .meta({ id: 'NotificationPreferencesUpdate' });
export type TNotificationPreferencesInput = z.infer<typeof ZNotificationPreferencesInput>;

/** The person's preferences with the zone in effect. */
export const ZNotificationPreferences = z
  .object({
    ...preferenceFields,
    effectiveTimeZone: z
      .string()
      .describe('The zone in effect: the chosen one, the clinic of attachment’s, or Moscow'),
    securityAlwaysOn: z.literal(true).describe('Security messages cannot be switched off'),
  })
  .meta({ id: 'NotificationPreferences' });
export type TNotificationPreferences = z.infer<typeof ZNotificationPreferences>;

/** `{token}` of a signed appointment link from a reminder email. */
export const ZAppointmentLinkParams = z.object({
  token: z.string().min(10).max(100).describe('The signed link token from the reminder email'),
});

/** `POST /api/v1/appointment-links/{token}`: an optional reason (needed to cancel within 24 hours). */
export const ZUseAppointmentLinkRequest = z
  .object({ reason: ZText(500).trim().optional().describe('Why the visit is cancelled') })
  .meta({ id: 'UseAppointmentLinkRequest' });

/** What a link does, the visit it points at, and — for `change` — where to go in the web app. */
export const ZAppointmentLink = z
  .object({
    action: z.enum(['confirm', 'cancel', 'change']),
    appointment: z.object({
      id: z.uuid(),
      code: z.string(),
      status: z.string(),
      start: z.string().describe("ISO 8601 with the clinic's offset"),
      timeZone: z.string(),
      zone: z.string().describe('МСК, МСК−1, МСК+9…'),
      localTime: z.string().describe('дд.мм.гггг в ЧЧ:ММ, clinic time'),
      clinic: z.string(),
    }),
    redirectTo: z
      .string()
      .nullable()
      .describe('For change: the page where a new time is picked (after login)'),
  })
  .meta({ id: 'AppointmentLink' });
export type TAppointmentLink = z.infer<typeof ZAppointmentLink>;
