import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('waiting room configuration', () => {
  it('has measured ceilings by default, unbounded in tests unless set, and blank means the default', () => {
    const production = loadConfig({ NODE_ENV: 'development', WAITING_ROOM_MAX_IN_FLIGHT: '' }).waitingRoom;
    expect(production).toMatchObject({
      enabled: true,
      maxInFlight: 32,
      maxPoolWaiting: 10,
      admissionSeconds: 600,
    });
    expect(loadConfig({ NODE_ENV: 'test' }).waitingRoom.maxInFlight).toBe(Number.MAX_SAFE_INTEGER);
    expect(loadConfig({ NODE_ENV: 'test', WAITING_ROOM_MAX_IN_FLIGHT: '4' }).waitingRoom.maxInFlight).toBe(4);
  });

  it('is turned off by 0 and refuses nonsense', () => {
    expect(loadConfig({ WAITING_ROOM_ENABLED: '0' }).waitingRoom.enabled).toBe(false);
    expect(() => loadConfig({ WAITING_ROOM_ADMISSIONS_PER_SECOND: '0' })).toThrow(
      /WAITING_ROOM_ADMISSIONS_PER_SECOND/,
    );
    expect(() => loadConfig({ WAITING_ROOM_MAX_IN_FLIGHT: '0' })).toThrow(/WAITING_ROOM_MAX_IN_FLIGHT/);
  });
});
