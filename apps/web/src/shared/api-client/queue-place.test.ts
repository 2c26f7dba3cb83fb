import { describe, expect, it } from 'vitest';
import { admissionToken, deviceId, keepQueuePlace, keptQueuePlace } from './queue-place';

/** localStorage as a map, the way the browser keeps strings. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const NOW = Date.parse('2026-12-07T08:00:00Z');

describe('deviceId', () => {
  it('is made once and kept, so a reload and a new tab are the same device', () => {
    const storage = memoryStorage();
    const first = deviceId(storage);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(deviceId(storage)).toBe(first);
  });

  it('replaces a kept value that is not an id', () => {
    const storage = memoryStorage();
    storage.setItem('talon.deviceId', 'x');
    expect(deviceId(storage)).not.toBe('x');
  });

  it('still gives an id when there is no storage', () => {
    expect(deviceId(null)).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('the kept place', () => {
  it('survives as written and is forgotten with null', () => {
    const storage = memoryStorage();
    keepQueuePlace({ token: 't1', status: 'waiting', admittedUntil: null }, storage);
    expect(keptQueuePlace(storage)).toEqual({ token: 't1', status: 'waiting', admittedUntil: null });
    keepQueuePlace(null, storage);
    expect(keptQueuePlace(storage)).toBeNull();
  });

  it('ignores what is not a place', () => {
    const storage = memoryStorage();
    storage.setItem('talon.waitingRoom.place', '{not json');
    expect(keptQueuePlace(storage)).toBeNull();
    storage.setItem('talon.waitingRoom.place', JSON.stringify({ token: '', status: 'waiting' }));
    expect(keptQueuePlace(storage)).toBeNull();
  });
});

describe('admissionToken', () => {
  it('is the token of an admission that has not ended', () => {
    const storage = memoryStorage();
    keepQueuePlace({ token: 't1', status: 'admitted', admittedUntil: '2026-12-07T08:05:00Z' }, storage);
    expect(admissionToken(NOW, storage)).toBe('t1');
    expect(admissionToken(Date.parse('2026-12-07T08:05:00Z'), storage)).toBeNull();
  });

  it('is not sent while the place is still waiting', () => {
    const storage = memoryStorage();
    keepQueuePlace({ token: 't1', status: 'waiting', admittedUntil: null }, storage);
    expect(admissionToken(NOW, storage)).toBeNull();
    expect(admissionToken(NOW, memoryStorage())).toBeNull();
  });
});
