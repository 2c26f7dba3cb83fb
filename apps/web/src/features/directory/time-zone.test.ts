import { describe, expect, it } from 'vitest';
import { foreignTimeZone, formatUtcOffset, timeZoneOffsetMinutes } from './time-zone';

const winter = new Date('2026-01-15T12:00:00Z');
const summer = new Date('2026-07-15T12:00:00Z');

describe('timeZoneOffsetMinutes', () => {
  it('reads the offsets of Russian zones', () => {
    expect(timeZoneOffsetMinutes('Europe/Kaliningrad', winter)).toBe(120);
    expect(timeZoneOffsetMinutes('Europe/Moscow', winter)).toBe(180);
    expect(timeZoneOffsetMinutes('Asia/Kamchatka', winter)).toBe(720);
  });

  it('follows daylight saving time where it exists', () => {
    expect(timeZoneOffsetMinutes('Europe/Berlin', winter)).toBe(60);
    expect(timeZoneOffsetMinutes('Europe/Berlin', summer)).toBe(120);
    expect(timeZoneOffsetMinutes('America/St_Johns', winter)).toBe(-210);
  });

  it('is zero for UTC', () => {
    expect(timeZoneOffsetMinutes('UTC', winter)).toBe(0);
  });
});

describe('formatUtcOffset', () => {
  it('writes whole hours without minutes', () => {
    expect(formatUtcOffset(720)).toBe('UTC+12');
    expect(formatUtcOffset(180)).toBe('UTC+3');
  });

  it('writes minutes and a true minus sign when needed', () => {
    expect(formatUtcOffset(330)).toBe('UTC+5:30');
    expect(formatUtcOffset(-210)).toBe('UTC\u22123:30');
    expect(formatUtcOffset(0)).toBe('UTC');
  });
});

describe('foreignTimeZone', () => {
  it('names the clinic zone when its clock differs from the user’s', () => {
    expect(foreignTimeZone('Asia/Kamchatka', 'Europe/Moscow', winter)).toEqual({
      timeZone: 'Asia/Kamchatka',
      offset: 'UTC+12',
    });
  });

  it('says nothing when the clocks agree, even under another zone name', () => {
    expect(foreignTimeZone('Europe/Moscow', 'Europe/Moscow', winter)).toBeNull();
    expect(foreignTimeZone('Europe/Simferopol', 'Europe/Moscow', winter)).toBeNull();
  });
});
