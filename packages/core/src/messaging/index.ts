// Outgoing messages: types, Russian templates and the retry rule. Pure; delivery lives in apps/worker.
export { buildDedupeKey } from './dedupe-key';
export { enqueueInAppAndEmail } from './in-app-and-email';
export { MessagingErrorCode } from './messaging.errors';
export type {
  Channel,
  ClaimedMessage,
  OutgoingMessage,
  RenderedMessage,
  RenderedNotice,
  TemplateName,
} from './messaging.types';
export { DEFAULT_RETRY_POLICY, nextAttemptAt, type RetryPolicy, retryDelayMs } from './retry-policy';
export { escapeHtml, hasTemplate, pluralizeMinutes, renderMessage } from './templates';
