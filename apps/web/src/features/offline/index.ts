// Working without a connection: the service worker (apps/web/public/sw.js), its private-data cache and the
// offline notice of the page frame.
export { OfflineNotice } from './offline-notice';
export { clearApiCache, registerServiceWorker } from './service-worker';
