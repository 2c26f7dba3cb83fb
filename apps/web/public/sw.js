// Talon's service worker: shows Web Push notifications and opens their link when clicked. Plain JavaScript
// served as is from the site root (its scope is the whole app); the payload is what the worker's Web Push
// channel sends: { title, body, url, tag }.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('push', (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = {};
  }
  const title = typeof data.title === 'string' ? data.title : 'Талон';
  event.waitUntil(
    self.registration.showNotification(title, {
      body: typeof data.body === 'string' ? data.body : '',
      // One notification per message: a repeat of the same message replaces it instead of adding one.
      tag: typeof data.tag === 'string' ? data.tag : undefined,
      icon: '/favicon.svg',
      lang: 'ru',
      data: { url: typeof data.url === 'string' ? data.url : '/' },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  // Only paths inside this site: a push must not be able to send the reader elsewhere.
  const path = String(event.notification.data?.url ?? '/');
  const target = new URL(path.startsWith('/') && !path.startsWith('//') ? path : '/', self.location.origin);
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((client) => new URL(client.url).origin === target.origin);
      if (open) return open.navigate(target.href).then((client) => (client ?? open).focus());
      return self.clients.openWindow(target.href);
    }),
  );
});
