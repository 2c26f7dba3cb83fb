import { describe, expect, it, vi } from 'vitest';
import {
  createPreferencesStore,
  type KeyValueStorage,
  PREFERENCE_KEYS,
  readPreferences,
} from './preferences';

function memoryStorage(
  initial: Record<string, string> = {},
): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const throwingStorage: KeyValueStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('readPreferences', () => {
  it('gives the defaults on a first visit', () => {
    expect(readPreferences(memoryStorage())).toEqual({
      regionCode: null,
      isLowVision: false,
      language: 'ru',
    });
  });

  it('restores what was stored', () => {
    const storage = memoryStorage({
      [PREFERENCE_KEYS.region]: '41',
      [PREFERENCE_KEYS.lowVision]: '1',
      [PREFERENCE_KEYS.language]: 'en',
    });
    expect(readPreferences(storage)).toEqual({ regionCode: '41', isLowVision: true, language: 'en' });
  });

  it('ignores malformed values', () => {
    const storage = memoryStorage({
      [PREFERENCE_KEYS.region]: 'Moscow',
      [PREFERENCE_KEYS.lowVision]: 'yes',
      [PREFERENCE_KEYS.language]: 'de',
    });
    expect(readPreferences(storage)).toEqual({ regionCode: null, isLowVision: false, language: 'ru' });
  });

  it('works without storage or when storage throws', () => {
    expect(readPreferences(null).regionCode).toBeNull();
    expect(readPreferences(throwingStorage).language).toBe('ru');
  });
});

describe('createPreferencesStore', () => {
  it('remembers the region for the next visit', () => {
    const storage = memoryStorage();
    createPreferencesStore(storage).setRegionCode('77');
    expect(createPreferencesStore(storage).getSnapshot().regionCode).toBe('77');
  });

  it('forgets the region when it is cleared and refuses a malformed code', () => {
    const storage = memoryStorage({ [PREFERENCE_KEYS.region]: '39' });
    const store = createPreferencesStore(storage);
    store.setRegionCode(null);
    expect(storage.data.has(PREFERENCE_KEYS.region)).toBe(false);
    store.setRegionCode('7');
    expect(store.getSnapshot().regionCode).toBeNull();
  });

  it('stores the low-vision mode and the non-default language only when switched on', () => {
    const storage = memoryStorage();
    const store = createPreferencesStore(storage);
    store.setLowVision(true);
    store.setLanguage('en');
    expect(storage.data.get(PREFERENCE_KEYS.lowVision)).toBe('1');
    expect(storage.data.get(PREFERENCE_KEYS.language)).toBe('en');
    store.setLowVision(false);
    store.setLanguage('ru');
    expect(storage.data.size).toBe(0);
  });

  it('notifies subscribers with a new snapshot only on a real change', () => {
    const store = createPreferencesStore(memoryStorage());
    const listener = vi.fn();
    const before = store.getSnapshot();
    const unsubscribe = store.subscribe(listener);
    store.setLowVision(true);
    store.setLowVision(true);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).not.toBe(before);
    unsubscribe();
    store.setLowVision(false);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps working in memory when storage throws', () => {
    const store = createPreferencesStore(throwingStorage);
    store.setRegionCode('77');
    expect(store.getSnapshot().regionCode).toBe('77');
  });

  it('picks up a change made in another tab on reload', () => {
    const storage = memoryStorage();
    const store = createPreferencesStore(storage);
    storage.setItem(PREFERENCE_KEYS.region, '39');
    store.reload();
    expect(store.getSnapshot().regionCode).toBe('39');
  });
});
