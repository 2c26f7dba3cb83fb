import type { Principal } from '../identity';
import type { Clock } from '../shared';
import { DomainError, isKnownTimeZone } from '../shared';
import { isTimeOfDay } from './local-clock';
import { NotificationsErrorCode } from './notifications.errors';
import type { PreferencesRepository } from './notifications.ports';
import {
  DEFAULT_PREFERENCES,
  DEFAULT_TIME_ZONE,
  type NotificationPreferences,
  PREFERENCE_CHANNELS,
} from './notifications.types';

export interface PreferencesDeps {
  preferences: PreferencesRepository;
  clock: Clock;
}

/** The preferences as the cabinet shows them: the stored choice or the defaults, and the zone in effect. */
export interface PreferencesView extends NotificationPreferences {
  /** The zone quiet hours are read in: the chosen one, else the clinic of attachment's, else Moscow. */
  effectiveTimeZone: string;
  /** Security messages go out whatever the switches say; the page says so. */
  securityAlwaysOn: true;
}

const copyDefaults = (): NotificationPreferences => ({
  channels: { ...DEFAULT_PREFERENCES.channels },
  quietHours: { ...DEFAULT_PREFERENCES.quietHours },
  reminderTime: null,
  timeZone: null,
});

/** The stored preferences of an account, or the defaults. */
export async function loadPreferences(
  repo: Pick<PreferencesRepository, 'find'>,
  accountId: string | null,
): Promise<NotificationPreferences> {
  return (accountId ? await repo.find(accountId) : null) ?? copyDefaults();
}

/**
 * The signed-in person's notification preferences (`GET /api/v1/me/notification-preferences`): the
 * account's own, never a ward's.
 */
export async function getNotificationPreferences(
  deps: PreferencesDeps,
  principal: Principal,
): Promise<PreferencesView> {
  const { accountId } = principal;
  const preferences = await loadPreferences(deps.preferences, accountId);
  const attachment = preferences.timeZone ? null : await deps.preferences.attachmentTimeZone(accountId);
  return {
    ...preferences,
    effectiveTimeZone: preferences.timeZone ?? attachment ?? DEFAULT_TIME_ZONE,
    securityAlwaysOn: true,
  };
}

/**
 * Saves the person's choice (`PUT`: the whole set). Times are `HH:MM`, the zone an IANA name; anything else
 * is PREFERENCES_INVALID naming the field. Security messages have no switch to turn off.
 */
export async function updateNotificationPreferences(
  deps: PreferencesDeps,
  principal: Principal,
  input: NotificationPreferences,
): Promise<PreferencesView> {
  const invalid = (field: string, message: string) =>
    new DomainError(NotificationsErrorCode.PREFERENCES_INVALID, { fieldErrors: [{ field, message }] });
  for (const key of ['start', 'end'] as const) {
    if (!isTimeOfDay(input.quietHours[key])) {
      throw invalid(`body.quietHours.${key}`, 'Укажите время в формате ЧЧ:ММ');
    }
  }
  if (input.reminderTime !== null && !isTimeOfDay(input.reminderTime)) {
    throw invalid('body.reminderTime', 'Укажите время в формате ЧЧ:ММ');
  }
  if (input.timeZone !== null && !isKnownTimeZone(input.timeZone)) {
    throw invalid('body.timeZone', 'Неизвестный часовой пояс');
  }
  const channels = Object.fromEntries(
    PREFERENCE_CHANNELS.map((channel) => [channel, input.channels[channel] !== false]),
  ) as NotificationPreferences['channels'];
  await deps.preferences.save(
    principal.accountId,
    {
      channels,
      quietHours: { ...input.quietHours },
      reminderTime: input.reminderTime,
      timeZone: input.timeZone,
    },
    deps.clock.now(),
  );
  return getNotificationPreferences(deps, principal);
}
