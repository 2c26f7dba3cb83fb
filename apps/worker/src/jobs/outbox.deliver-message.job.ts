import {
  type Channel,
  type ClaimedMessage,
  nextAttemptAt,
  type RetryPolicy,
  renderMessage,
} from '@talon/core/messaging';
import type { Clock } from '@talon/core/shared';
import { isDomainError } from '@talon/core/shared';
import type { OutboxRepository } from '@talon/db';
import { type MessageChannel, PermanentDeliveryError } from '../channels/channel';
import type { WorkerLogger } from '../logger';

export const DELIVER_MESSAGE_JOB = 'outbox.deliver-message';

export interface DeliverMessageData {
  outboxId: string;
}

export interface DeliverMessageDeps {
  outbox: OutboxRepository;
  channels: Record<Channel, MessageChannel>;
  clock: Clock;
  retryPolicy: RetryPolicy;
  /**
   * Queues the next try of this message at `at` (a delayed job; the sweep is the safety net). Absent: the
   * row's own due time brings it back (the batch dispatchers claim due rows themselves).
   */
  scheduleRetry?(outboxId: string, at: Date): Promise<void>;
  logger: WorkerLogger;
  /**
   * Checked right before sending (docs/domain.md rule 21): a reminder of a visit cancelled, moved or started since
   * it was planned is dropped (`cancelled`), never sent. Absent: everything claimed is sent.
   */
  recheck?: {
    isStillDue(message: ClaimedMessage, now: Date): Promise<boolean>;
    drop(outboxId: string, reason: string, now: Date): Promise<void>;
  };
  /**
   * The web app's address (`PUBLIC_URL`): a `link` inside the app (`/waitlist`) becomes a full address in an
   * SMS or email, which open outside it. Push and in-app keep the path.
   */
  publicUrl?: string;
}

/** Payload keys holding a path of the web app: `link`, and a video visit's `roomLink` (`/visit/<id>`). */
const APP_LINKS = ['link', 'roomLink'] as const;

/** The payload as the channel needs it: SMS and email get absolute links. */
export function withAbsoluteLink(
  payload: Record<string, string>,
  channel: Channel,
  publicUrl: string | undefined,
): Record<string, string> {
  if (!publicUrl || (channel !== 'sms' && channel !== 'email')) return payload;
  const paths = APP_LINKS.filter((key) => payload[key]?.startsWith('/'));
  if (paths.length === 0) return payload;
  return { ...payload, ...Object.fromEntries(paths.map((key) => [key, `${publicUrl}${payload[key]}`])) };
}

export type DeliveryOutcome = 'sent' | 'retry' | 'dead' | 'skipped';

/**
 * Delivers one outbox message: claim it (pending → sending; a row already sent, being sent or dead is
 * skipped, which is what keeps a second job for the same row from sending twice), render the template,
 * hand it to the channel, then record the result: sent, a later try with back-off, or dead.
 */
export async function deliverOutboxMessage(
  deps: DeliverMessageDeps,
  outboxId: string,
): Promise<DeliveryOutcome> {
  const message = await deps.outbox.claim(outboxId, deps.clock.now());
  if (!message) return 'skipped';
  return deliverClaimedMessage(deps, message);
}

/**
 * Sends a message this worker already claimed (it is in `sending` with its attempt counted) and records the
 * result; the batch dispatcher claims many at once and calls this for each.
 */
export async function deliverClaimedMessage(
  deps: DeliverMessageDeps,
  message: ClaimedMessage,
): Promise<DeliveryOutcome> {
  const outboxId = message.id;
  const log = deps.logger.child({ outboxId, event: message.event, channel: message.channel });
  if (deps.recheck && !(await deps.recheck.isStillDue(message, deps.clock.now()))) {
    await deps.recheck.drop(outboxId, 'visit no longer upcoming', deps.clock.now());
    log.info({ attempts: message.attempts }, 'message dropped: its visit is no longer upcoming');
    return 'skipped';
  }
  let providerMessageId: string | null;
  try {
    const payload = withAbsoluteLink(message.payload, message.channel, deps.publicUrl);
    const rendered = renderMessage(message.template, message.channel, payload);
    ({ providerMessageId } = await deps.channels[message.channel].send({
      ...rendered,
      to: message.recipient,
      outboxId,
      event: message.event,
    }));
  } catch (error) {
    const now = deps.clock.now();
    const isPermanent = error instanceof PermanentDeliveryError || isDomainError(error);
    const retryAt = isPermanent ? null : nextAttemptAt(message.attempts, now, deps.retryPolicy);
    const reason = isDomainError(error) ? error.code : error instanceof Error ? error.message : String(error);
    await deps.outbox.markFailed(outboxId, reason, retryAt, now);
    if (!retryAt) {
      log.error({ attempts: message.attempts, reason }, 'message is dead');
      return 'dead';
    }
    log.warn({ attempts: message.attempts, reason, retryAt }, 'message failed, will retry');
    await deps.scheduleRetry?.(outboxId, retryAt);
    return 'retry';
  }
  // Outside the try: the provider has the message, so a failure to record it must not count as a failed
  // send (that would send it again at once). The row stays `sending` and only the stale sweep retries it.
  await deps.outbox.markSent(outboxId, providerMessageId, deps.clock.now());
  log.info({ attempts: message.attempts }, 'message sent');
  return 'sent';
}
