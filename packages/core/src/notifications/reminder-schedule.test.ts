import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREFERENCES,
  DEFAULT_REMINDER_OFFSETS,
  type NotificationPreferences,
} from './notifications.types';
import { reminderSweepWindow, reminderTime } from './reminder-schedule';

const prefs = (over: Partial<NotificationPreferences> = {}): NotificationPreferences => ({
  ...DEFAULT_PREFERENCES,
  ...over,
});
const base = (startsAt: string, now: string, timeZone: string, preferences = prefs()) => ({
  startsAt: new Date(startsAt),
  now: new Date(now),
  offsets: DEFAULT_REMINDER_OFFSETS,
  preferences,
  timeZone,
});
const due = (r: ReturnType<typeof reminderTime>) => ('dueAt' in r ? r.dueAt.toISOString() : r.skipped);

describe('reminder times', () => {
  it('email 72 h, SMS 24 h, push 2 h before a daytime visit', () => {
    // 10:00 Moscow on 10 Dec.
    const input = base('2026-12-10T07:00:00Z', '2026-12-01T00:00:00Z', 'Europe/Moscow');
    expect(due(reminderTime('email_3d', input))).toBe('2026-12-07T07:00:00.000Z');
    expect(due(reminderTime('sms_1d', input))).toBe('2026-12-09T07:00:00.000Z');
    expect(due(reminderTime('push_2h', input))).toBe('2026-12-10T05:00:00.000Z');
  });

  it('moves an SMS from the Kamchatka night to 08:00 local, and emails ignore quiet hours', () => {
    // 07:30 in Kamchatka (UTC+12) on 10 Dec = 19:30 UTC on 9 Dec; 24 h before is 07:30 local — fine;
    // push 2 h before is 05:30 local → 08:00 is after the visit → dropped.
    const input = base('2026-12-09T19:30:00Z', '2026-12-01T00:00:00Z', 'Asia/Kamchatka');
    expect(due(reminderTime('push_2h', input))).toBe('after_visit');
    // A visit at 09:00 Kaliningrad (07:00 UTC): push at 07:00 local is quiet → 08:00 local = 06:00 UTC.
    const kaliningrad = base('2026-12-10T07:00:00Z', '2026-12-01T00:00:00Z', 'Europe/Kaliningrad');
    expect(due(reminderTime('push_2h', kaliningrad))).toBe('2026-12-10T06:00:00.000Z');
    // An email due at 05:00 local stays at 05:00.
    const early = base('2026-12-10T03:00:00Z', '2026-12-01T00:00:00Z', 'Europe/Kaliningrad');
    expect(due(reminderTime('email_3d', early))).toBe('2026-12-07T03:00:00.000Z');
  });

  it('sends the day-before SMS at the chosen local time in the person’s zone', () => {
    // Visit 16:00 Kamchatka on 10 Dec (04:00 UTC); chosen 10:00 → 10:00 local on 9 Dec = 22:00 UTC on 8 Dec.
    const input = base(
      '2026-12-10T04:00:00Z',
      '2026-12-01T00:00:00Z',
      'Asia/Kamchatka',
      prefs({ reminderTime: '10:00' }),
    );
    expect(due(reminderTime('sms_1d', input))).toBe('2026-12-08T22:00:00.000Z');
  });

  it('a chosen time inside quiet hours still waits for the morning', () => {
    const input = base(
      '2026-12-10T07:00:00Z',
      '2026-12-01T00:00:00Z',
      'Europe/Moscow',
      prefs({ reminderTime: '23:00' }),
    );
    // 23:00 Moscow on 9 Dec is quiet → 08:00 on 10 Dec = 05:00 UTC, still before the 10:00 visit.
    expect(due(reminderTime('sms_1d', input))).toBe('2026-12-10T05:00:00.000Z');
  });

  it('skips a reminder whose time passed long ago, and sends one just missed now', () => {
    const late = base('2026-12-10T07:00:00Z', '2026-12-08T07:00:00Z', 'Europe/Moscow');
    expect(due(reminderTime('email_3d', late))).toBe('too_late');
    const missed = base('2026-12-10T07:00:00Z', '2026-12-07T07:30:00Z', 'Europe/Moscow');
    expect(due(reminderTime('email_3d', missed))).toBe('2026-12-07T07:30:00.000Z');
  });

  it('sweep windows cover each kind’s lead (with the catch-up) and the chosen-time spread of SMS', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    const email = reminderSweepWindow('email_3d', now, DEFAULT_REMINDER_OFFSETS, 10);
    expect(email.from.toISOString()).toBe('2026-12-03T23:00:00.000Z');
    expect(email.to.toISOString()).toBe('2026-12-04T00:10:00.000Z');
    const sms = reminderSweepWindow('sms_1d', now, DEFAULT_REMINDER_OFFSETS, 10);
    expect(sms.from.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(sms.to.toISOString()).toBe('2026-12-03T00:10:00.000Z');
  });
});
