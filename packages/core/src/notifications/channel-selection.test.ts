import { describe, expect, it } from 'vitest';
import { isChannelAllowed, selectChannels } from './channel-selection';
import { DEFAULT_PREFERENCES, type NotificationPreferences } from './notifications.types';

const noSms: NotificationPreferences = {
  ...DEFAULT_PREFERENCES,
  channels: { sms: false, email: true, push: false, in_app: true },
};

describe('channel selection', () => {
  it('follows the switches for reminders and visit messages', () => {
    expect(selectChannels('reminder', ['sms', 'email', 'push'], noSms)).toEqual(['email']);
    expect(isChannelAllowed('appointment', 'sms', noSms)).toBe(false);
  });

  it('sends security messages whatever the switches say', () => {
    const allOff: NotificationPreferences = {
      ...DEFAULT_PREFERENCES,
      channels: { sms: false, email: false, push: false, in_app: false },
    };
    expect(selectChannels('security', ['sms', 'email'], allOff)).toEqual(['sms', 'email']);
  });
});
