import { describe, expect, it } from 'vitest';
import { isAdmissionValid, isDrilling, isRecentlyOverloaded, isRoomGating, isShedAnswer } from './room-state';

const now = new Date('2026-12-07T05:00:00Z');
const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);

describe('the room', () => {
  it('gates while active or while anyone waits, and only then', () => {
    expect(isRoomGating({ activeUntil: null, waiting: 0 }, now)).toBe(false);
    expect(isRoomGating({ activeUntil: at(-1), waiting: 0 }, now)).toBe(false);
    expect(isRoomGating({ activeUntil: at(1_000), waiting: 0 }, now)).toBe(true);
    expect(isRoomGating({ activeUntil: at(-60_000), waiting: 1 }, now)).toBe(true);
  });

  it('drills until the drill ends; counts an overload reported within the last second', () => {
    expect(isDrilling({ drillUntil: at(1) }, now)).toBe(true);
    expect(isDrilling({ drillUntil: now }, now)).toBe(false);
    expect(isRecentlyOverloaded({ lastOverloadAt: at(-999) }, now)).toBe(true);
    expect(isRecentlyOverloaded({ lastOverloadAt: at(-1_000) }, now)).toBe(false);
    expect(isRecentlyOverloaded({ lastOverloadAt: null }, now)).toBe(false);
  });

  it('lets an admitted token through until its admission ends', () => {
    expect(isAdmissionValid(at(1), now)).toBe(true);
    expect(isAdmissionValid(now, now)).toBe(false);
    expect(isAdmissionValid(null, now)).toBe(false);
  });
});

describe('isShedAnswer', () => {
  it('counts a booking-path 503 as shed unless it is the room’s own refusal', () => {
    expect(isShedAnswer(503, false)).toBe(true);
    expect(isShedAnswer(503, true)).toBe(false);
    expect(isShedAnswer(201, false)).toBe(false);
    expect(isShedAnswer(409, false)).toBe(false);
    expect(isShedAnswer(500, false)).toBe(false);
  });
});
