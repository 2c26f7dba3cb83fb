import { onUnauthorized } from '../../shared/api-client';

/**
 * The Cache Storage name under which public/sw.js keeps the private API answers shown offline (visits,
 * tickets, `/me`). Keep in sync with `API_CACHE` there.
 */
export const API_CACHE = 'talon-api-v1';

const isSupported = () => typeof navigator !== 'undefined' && 'serviceWorker' in navigator;

/**
 * Registers public/sw.js for every visitor (not only for push): it keeps the app shell and the patient's
 * visits and tickets for use without a connection. Then hands it the scripts and styles this page already
 * loaded before the worker controlled it, so the pages opened so far also open offline.
 */
export function registerServiceWorker(): void {
  if (!isSupported()) return;
  // Any 401 means no session: nothing kept for the last one may stay on this device.
  onUnauthorized(() => void clearApiCache());
  const register = async () => {
    try {
      await navigator.serviceWorker.register('/sw.js', { scope: '/' });
      const ready = await navigator.serviceWorker.ready;
      const assets = performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name))
        .filter((url) => url.origin === location.origin && url.pathname.startsWith('/assets/'))
        .map((url) => url.pathname);
      ready.active?.postMessage({ type: 'cache-assets', assets });
    } catch {
      // No service worker (private mode, an old browser): the site works online as before.
    }
  };
  // After the page has loaded: registering must not compete with the first visit's downloads.
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}

/**
 * Forgets every private answer kept for offline use: called when a session ends or another one starts on
 * this device, so nobody sees the previous user's visits without a connection.
 */
export async function clearApiCache(): Promise<void> {
  if (typeof caches === 'undefined') return;
  try {
    await caches.delete(API_CACHE);
  } catch {
    // Storage disabled: nothing was kept either.
  }
}
