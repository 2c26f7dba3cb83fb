// Web Push in this browser: the on/off control for the notification settings page; the service worker is
// apps/web/public/sw.js.
export { PushToggle } from './push-toggle';
