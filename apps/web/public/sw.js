// Talon's service worker. Plain JavaScript served as is from the site root (its scope is the whole app).
// 1. Web Push: shows the notifications the worker's Web Push channel sends ({ title, body, url, tag }) and
//    opens their link when clicked.
// 2. Offline (docs/domain.md §4 «installable PWA that shows booked visits and tickets offline»): the app shell
//    (index.html and the hashed assets) and the patient's own visits, tickets with their QR code, `/me` and
//    the medical card's answers, each fetched from the network first and answered from the kept copy only
//    when the network fails.
//    The private cache is deleted when a session ends or another starts: by the page (features/offline,
//    on login, logout and any 401), and here on a logout and on a 401 of a kept answer (issue 15, item 10).

const SHELL_CACHE = 'talon-shell-v1';
// Keep in sync with API_CACHE in apps/web/src/features/offline/service-worker.ts.
const API_CACHE = 'talon-api-v1';
const SHELL_URL = '/';

// Answers worth having offline: «Мои записи» (any filters), one visit, its ticket QR, who is logged in, and the
// region and specialty names those pages show; the medical card's parts (any `?patientId=`) and the wards
// its switch names. Not the documents' PDFs: large, and downloaded on purpose.
const OFFLINE_API =
  /^\/api\/v1\/(?:me|me\/wards|regions|specialties|appointments(?:\/[^/]+(?:\/ticket-qr\.svg)?)?|records\/(?:summary|encounters|conditions|observations(?:\/trend)?|documents|prescriptions|immunizations|coverage))$/;
// Logging out (this session or all of them): whatever the answer, nothing of this user stays.
const LOGOUT_API = /^\/api\/v1\/auth\/logout(?:-all)?$/;

/** The scripts and styles index.html loads first (the rest come as the pages open). */
const entryAssets = (html) =>
  [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);

async function cacheShell() {
  const cache = await caches.open(SHELL_CACHE);
  const response = await fetch(SHELL_URL, { cache: 'no-cache' });
  if (!response.ok) return;
  const html = await response.clone().text();
  await cache.put(SHELL_URL, response);
  await cacheAssets(entryAssets(html));
}

async function cacheAssets(paths) {
  const cache = await caches.open(SHELL_CACHE);
  const missing = [];
  for (const path of new Set(paths)) {
    if (typeof path === 'string' && path.startsWith('/assets/') && !(await cache.match(path)))
      missing.push(path);
  }
  // One failed file must not drop the others: each is added on its own.
  await Promise.all(missing.map((path) => cache.add(path).catch(() => undefined)));
}

self.addEventListener('install', (event) => {
  // The shell is best effort: a failed download must not keep the (push) worker from installing.
  event.waitUntil(cacheShell().catch(() => undefined));
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name !== SHELL_CACHE && name !== API_CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

// The page lists the assets it loaded before this worker controlled it (features/offline).
self.addEventListener('message', (event) => {
  if (event.data?.type === 'cache-assets' && Array.isArray(event.data.assets)) {
    event.waitUntil(cacheAssets(event.data.assets));
  }
});

/** Navigations: the network's page (kept as the new shell), else the kept shell — client routing does the rest. */
async function navigate(request) {
  try {
    const response = await fetch(request);
    const type = response.headers.get('content-type') ?? '';
    // Only the app's own page is a shell: the server also has HTML of its own (the demo mail sink, /api/docs).
    // A page drawn for one person (`no-store`: the time choice with its first view and answers) is never one.
    const isPersonal = (response.headers.get('cache-control') ?? '').includes('no-store');
    if (response.ok && type.includes('text/html') && !isPersonal) {
      const html = await response.clone().text();
      if (html.includes('<div id="root">')) {
        const cache = await caches.open(SHELL_CACHE);
        await cache.put(SHELL_URL, new Response(html, { headers: { 'content-type': type } }));
      }
    }
    return response;
  } catch (error) {
    const shell = await caches.match(SHELL_URL, { cacheName: SHELL_CACHE });
    if (shell) return shell;
    throw error;
  }
}

/** Hashed assets never change under one name: the kept copy is always right. */
async function asset(request) {
  const cache = await caches.open(SHELL_CACHE);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/** Private API answers: the network's, kept for later; the kept one only when the network fails. */
async function privateApi(request) {
  const cache = await caches.open(API_CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    // Logged out (or the session ended elsewhere): nothing of this user may stay on the device.
    else if (response.status === 401) await caches.delete(API_CACHE);
    return response;
  } catch (error) {
    // Compression and cookies make the server vary its answers; offline, any kept copy of the URL will do.
    const kept = await cache.match(request, { ignoreVary: true });
    if (kept) return kept;
    throw error;
  }
}

/** A logout goes to the network as it is; the private cache goes at once, not after the answer. */
async function logout(request) {
  await caches.delete(API_CACHE).catch(() => undefined);
  return fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === 'POST' && LOGOUT_API.test(url.pathname)) {
    event.respondWith(logout(request));
    return;
  }
  if (request.method !== 'GET') return;
  if (request.mode === 'navigate' && !url.pathname.startsWith('/api/')) {
    event.respondWith(navigate(request));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(asset(request));
  } else if (OFFLINE_API.test(url.pathname)) {
    event.respondWith(privateApi(request));
  }
});

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
      icon: '/icons/icon-192.png',
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
