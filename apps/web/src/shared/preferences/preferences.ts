/**
 * User preferences kept on the device: the chosen region, the low-vision mode and the interface language.
 * The keys are also read by the inline script in `index.html`, which applies the low-vision mode and the
 * language before the first paint; change them in both places.
 */
export const PREFERENCE_KEYS = {
  region: 'talon.region',
  lowVision: 'talon.lowVision',
  language: 'talon.language',
} as const;

export const LANGUAGES = ['ru', 'en'] as const;
export type TLanguage = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: TLanguage = 'ru';

export interface Preferences {
  /** Two-digit region code, or null when the user has not chosen one yet. */
  readonly regionCode: string | null;
  readonly isLowVision: boolean;
  readonly language: TLanguage;
}

/** The part of the Web Storage API we use; a fake in tests, `localStorage` in the browser. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const REGION_CODE = /^\d{2}$/;

export function isLanguage(value: unknown): value is TLanguage {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function isRegionCode(value: unknown): value is string {
  return typeof value === 'string' && REGION_CODE.test(value);
}

// Storage may throw (Safari private mode, disabled cookies, quota): preferences then live for the session only.
function safeGet(storage: KeyValueStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function safeSet(storage: KeyValueStorage | null, key: string, value: string | null): void {
  try {
    if (value === null) storage?.removeItem(key);
    else storage?.setItem(key, value);
  } catch {
    // Not persisted; the in-memory value still applies.
  }
}

/** Reads the preferences, ignoring anything malformed (an old format, a hand-edited value). */
export function readPreferences(storage: KeyValueStorage | null): Preferences {
  const region = safeGet(storage, PREFERENCE_KEYS.region);
  const language = safeGet(storage, PREFERENCE_KEYS.language);
  return {
    regionCode: isRegionCode(region) ? region : null,
    isLowVision: safeGet(storage, PREFERENCE_KEYS.lowVision) === '1',
    language: isLanguage(language) ? language : DEFAULT_LANGUAGE,
  };
}

export interface PreferencesStore {
  getSnapshot(): Preferences;
  subscribe(listener: () => void): () => void;
  setRegionCode(code: string | null): void;
  setLowVision(isLowVision: boolean): void;
  setLanguage(language: TLanguage): void;
  /** Re-reads the storage, e.g. after another tab changed it. */
  reload(): void;
}

/**
 * A tiny observable store over the storage, shaped for React's `useSyncExternalStore`:
 * the snapshot is an immutable object replaced on every change.
 */
export function createPreferencesStore(storage: KeyValueStorage | null): PreferencesStore {
  let snapshot = readPreferences(storage);
  const listeners = new Set<() => void>();

  const update = (next: Preferences) => {
    if (
      next.regionCode === snapshot.regionCode &&
      next.isLowVision === snapshot.isLowVision &&
      next.language === snapshot.language
    ) {
      return;
    }
    snapshot = next;
    for (const listener of listeners) listener();
  };

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setRegionCode(code) {
      const regionCode = isRegionCode(code) ? code : null;
      safeSet(storage, PREFERENCE_KEYS.region, regionCode);
      update({ ...snapshot, regionCode });
    },
    setLowVision(isLowVision) {
      safeSet(storage, PREFERENCE_KEYS.lowVision, isLowVision ? '1' : null);
      update({ ...snapshot, isLowVision });
    },
    setLanguage(language) {
      safeSet(storage, PREFERENCE_KEYS.language, language === DEFAULT_LANGUAGE ? null : language);
      update({ ...snapshot, language });
    },
    reload() {
      update(readPreferences(storage));
    },
  };
}
