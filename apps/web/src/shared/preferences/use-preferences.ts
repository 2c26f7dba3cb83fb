import { useSyncExternalStore } from 'react';
import { createPreferencesStore, type KeyValueStorage, type Preferences } from './preferences';

function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The one preferences store of the page. */
export const preferencesStore = createPreferencesStore(browserStorage());

// Another tab changed a preference: follow it, so the tabs do not disagree about the region.
window.addEventListener('storage', (event) => {
  if (event.key === null || event.key.startsWith('talon.')) preferencesStore.reload();
});

export function usePreferences(): Preferences {
  return useSyncExternalStore(preferencesStore.subscribe, preferencesStore.getSnapshot);
}
