import type { MessageCategory, NotificationPreferences, PreferenceChannel } from './notifications.types';

/**
 * May a message of this category go out through this channel? Security messages always may: a person
 * must learn of a new login or a changed password whatever they switched off (issue 5, item 4).
 */
export function isChannelAllowed(
  category: MessageCategory,
  channel: PreferenceChannel,
  preferences: NotificationPreferences,
): boolean {
  return category === 'security' || preferences.channels[channel];
}

/** The channels of `wanted` that the person's preferences allow for the category, in the given order. */
export function selectChannels<C extends PreferenceChannel>(
  category: MessageCategory,
  wanted: readonly C[],
  preferences: NotificationPreferences,
): C[] {
  return wanted.filter((channel) => isChannelAllowed(category, channel, preferences));
}
