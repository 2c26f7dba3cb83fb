import {
  isSubscriptionFailing,
  notificationSignatureHeaders,
  REST_HOOK_RETRY_POLICY,
  SUBSCRIPTION_PAYLOAD,
  subscriptionErrorMessages,
} from '@talon/core/fhir-subscriptions';
import { scopesAllow } from '@talon/core/integration-clients';
import { toFhirAppointment } from '@talon/core/interop';
import { nextAttemptAt, type RetryPolicy } from '@talon/core/messaging';
import type { Clock } from '@talon/core/shared';
import type { ClaimedNotification, SubscriptionDeliveryRepository } from '@talon/db';
import type { WorkerLogger } from '../logger';

export const DELIVER_REST_HOOKS_JOB = 'fhir-subscriptions.deliver';

export interface RestHookDeps {
  deliveries: Pick<
    SubscriptionDeliveryRepository,
    'claimDue' | 'markDelivered' | 'markFailed' | 'setError' | 'appointmentFor'
  >;
  /** POSTs to the endpoint and resolves with the status (`postPush`: public addresses only, no redirects). */
  post(url: string, init: { headers: Record<string, string>; body: Uint8Array }): Promise<number>;
  clock: Clock;
  logger: WorkerLogger;
  retryPolicy?: RetryPolicy;
  /** Failed tries in a row that set a subscription `error` (`SUBSCRIPTION_ERROR_AFTER_FAILURES`). */
  errorAfterFailures?: number;
  /** A notification left `sending` this long is taken for lost and sent again. */
  staleAfterMs: number;
  batchSize: number;
  /** Hands the admins' outbox messages to the message worker once written. */
  kickOutbox(outboxIds: readonly string[]): Promise<void>;
}

/** `Name: value` lines of `channel.header` as request headers. */
const headerMap = (lines: readonly string[]): Record<string, string> =>
  Object.fromEntries(
    lines.map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
    }),
  );

/**
 * The body of a notification: empty without a payload (R4 rest-hook); with `application/fhir+json`, the
 * Appointment as `GET /fhir/R4/Appointment/{id}` returns it now — provided the client is still allowed to read
 * Appointments and the visit is still within its reach; otherwise the empty body ("come and read").
 */
async function bodyOf(
  deps: RestHookDeps,
  notification: ClaimedNotification,
): Promise<{ body: string; headers: Record<string, string> }> {
  const none = { body: '', headers: {} };
  if (notification.payload !== SUBSCRIPTION_PAYLOAD) return none;
  if (!scopesAllow(notification.client.allowedScopes, 'Appointment', 'r')) return none;
  const appointment = await deps.deliveries.appointmentFor(notification);
  if (!appointment) return none;
  return {
    body: JSON.stringify(toFhirAppointment(appointment, notification.client.id)),
    headers: { 'Content-Type': `${SUBSCRIPTION_PAYLOAD}; charset=utf-8` },
  };
}

/**
 * Sends one notification: R4 rest-hook without a payload is a POST with an empty body (with one, the
 * Appointment: `bodyOf`), signed
 * (`X-Talon-Signature` over `<X-Talon-Timestamp>.<body>`); any 2xx is delivered. A failure waits with
 * back-off, and the failure that makes `errorAfterFailures` in a row sets the subscription `error`.
 */
async function deliverOne(deps: RestHookDeps, notification: ClaimedNotification): Promise<boolean> {
  const log = deps.logger.child({
    notificationId: notification.id,
    subscriptionId: notification.subscriptionId,
  });
  let failure: string;
  try {
    const { body, headers } = await bodyOf(deps, notification);
    const status = await deps.post(notification.endpoint, {
      headers: {
        ...headerMap(notification.headers),
        ...headers,
        ...notificationSignatureHeaders(notification.secret, deps.clock.now(), body),
      },
      body: new TextEncoder().encode(body),
    });
    if (status >= 200 && status < 300) {
      await deps.deliveries.markDelivered(notification, deps.clock.now());
      log.info({ attempts: notification.attempts }, 'rest-hook notification delivered');
      return true;
    }
    failure = `HTTP ${status}`;
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }
  const now = deps.clock.now();
  const retryAt =
    nextAttemptAt(notification.attempts, now, deps.retryPolicy ?? REST_HOOK_RETRY_POLICY) ?? now;
  const failures = await deps.deliveries.markFailed(notification, failure, retryAt, now);
  log.warn(
    { attempts: notification.attempts, failures, reason: failure, retryAt },
    'rest-hook notification failed',
  );
  if (isSubscriptionFailing(failures, deps.errorAfterFailures)) {
    const outboxIds = await deps.deliveries.setError(notification.subscriptionId, now, (admins) =>
      subscriptionErrorMessages({
        subscriptionId: notification.subscriptionId,
        clientName: admins.clientName,
        failures,
        failedAt: now,
        adminAccountIds: admins.accountIds,
      }),
    );
    if (outboxIds.length > 0) {
      log.error({ failures }, 'subscription set to error; admins told');
      await deps.kickOutbox(outboxIds);
    }
  }
  return false;
}

/** One pass: claims the due notifications and sends them; the counts for logs and tests. */
export async function deliverDueNotifications(
  deps: RestHookDeps,
): Promise<{ delivered: number; failed: number }> {
  const now = deps.clock.now();
  const claimed = await deps.deliveries.claimDue(
    deps.batchSize,
    now,
    new Date(now.getTime() - deps.staleAfterMs),
  );
  const results = await Promise.all(claimed.map((notification) => deliverOne(deps, notification)));
  const delivered = results.filter(Boolean).length;
  return { delivered, failed: results.length - delivered };
}

/**
 * Runs `deliverDueNotifications` every `intervalMs` (and again at once after a full batch). Notifications are
 * written by a database trigger in the transaction of the appointment change, so nothing kicks this loop: it
 * polls one partial index of pending rows, which costs nothing when there are none.
 */
export function startRestHookDispatcher(deps: RestHookDeps & { intervalMs: number }) {
  let isStopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      const { delivered, failed } = await deliverDueNotifications(deps);
      if (!isStopped && delivered + failed >= deps.batchSize) return void schedule(0);
    } catch (error) {
      deps.logger.error({ err: error }, 'could not deliver rest-hook notifications');
    }
    if (!isStopped) schedule(deps.intervalMs);
  };
  const schedule = (ms: number) => {
    timer = setTimeout(() => {
      running = tick();
    }, ms);
    timer.unref();
  };
  schedule(0);
  return {
    async stop() {
      isStopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
