/// <reference types="vite/client" />

// The Russian locale split at build time (apps/web/messages-plugin.ts).
declare module 'virtual:talon-messages/ru-shell' {
  const messages: Record<string, unknown>;
  export default messages;
}
declare module 'virtual:talon-messages/ru-rest' {
  const messages: Record<string, unknown>;
  export default messages;
}
