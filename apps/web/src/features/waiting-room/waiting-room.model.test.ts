import { describe, expect, it } from 'vitest';
import { ANNOUNCE_EVERY_MS, parsePlace, shouldAnnounce, waitEstimate } from './waiting-room.model';

describe('waitEstimate', () => {
  it('says under a minute, then whole minutes rounded up, then hours', () => {
    expect(waitEstimate(0)).toEqual({ key: 'waitingRoom.waitUnderMinute' });
    expect(waitEstimate(59)).toEqual({ key: 'waitingRoom.waitUnderMinute' });
    expect(waitEstimate(60)).toEqual({ key: 'waitingRoom.waitMinutes', count: 1 });
    expect(waitEstimate(61)).toEqual({ key: 'waitingRoom.waitMinutes', count: 2 });
    expect(waitEstimate(89 * 60)).toEqual({ key: 'waitingRoom.waitMinutes', count: 89 });
    expect(waitEstimate(90 * 60)).toEqual({ key: 'waitingRoom.waitHours', count: 2 });
    expect(waitEstimate(3 * 3600 + 10)).toEqual({ key: 'waitingRoom.waitHours', count: 3 });
  });

  it('does not make up a wait it was not given', () => {
    expect(waitEstimate(null)).toEqual({ key: 'waitingRoom.waitUnknown' });
    expect(waitEstimate(undefined)).toEqual({ key: 'waitingRoom.waitUnknown' });
    expect(waitEstimate(Number.NaN)).toEqual({ key: 'waitingRoom.waitUnknown' });
    expect(waitEstimate(-5)).toEqual({ key: 'waitingRoom.waitUnknown' });
  });
});

describe('shouldAnnounce', () => {
  const start = 1_000_000;

  it('says the first position at once', () => {
    expect(shouldAnnounce(null, 40, start)).toBe(true);
  });

  it('keeps quiet while the position moves by the second, and speaks again after a while', () => {
    const last = { position: 40, at: start };
    expect(shouldAnnounce(last, 39, start + 1_000)).toBe(false);
    expect(shouldAnnounce(last, 20, start + ANNOUNCE_EVERY_MS - 1)).toBe(false);
    expect(shouldAnnounce(last, 20, start + ANNOUNCE_EVERY_MS)).toBe(true);
  });

  it('never repeats the same position', () => {
    expect(shouldAnnounce({ position: 5, at: start }, 5, start + 10 * ANNOUNCE_EVERY_MS)).toBe(false);
  });

  it('says at once that the patient is next', () => {
    expect(shouldAnnounce({ position: 3, at: start }, 1, start + 2_000)).toBe(true);
  });
});

describe('parsePlace', () => {
  const waiting = {
    token: 't',
    status: 'waiting',
    position: 3,
    estimatedWaitSeconds: 9,
    admittedUntil: null,
  };

  it('reads a position event', () => {
    expect(parsePlace(JSON.stringify(waiting), 'position')).toEqual(waiting);
  });

  it('reads an admission, which needs its end', () => {
    const until = '2026-12-07T08:05:00Z';
    expect(parsePlace(JSON.stringify({ token: 't', admittedUntil: until }), 'admitted')).toEqual({
      token: 't',
      status: 'admitted',
      position: 0,
      estimatedWaitSeconds: null,
      admittedUntil: until,
    });
    expect(parsePlace(JSON.stringify({ token: 't' }), 'admitted')).toBeNull();
  });

  it('refuses what is not a place', () => {
    expect(parsePlace('{', 'position')).toBeNull();
    expect(parsePlace('null', 'position')).toBeNull();
    expect(parsePlace(JSON.stringify({ ...waiting, token: '' }), 'position')).toBeNull();
    expect(parsePlace(JSON.stringify({ ...waiting, status: 'gone' }), 'position')).toBeNull();
  });
});
