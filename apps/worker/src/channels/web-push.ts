import type { PushSubscriptionStore } from '@talon/db';
import webpush from 'web-push';
import { type Delivery, type MessageChannel, PermanentDeliveryError } from './channel';
import { postPush, UnsafeEndpointError } from './push-request';

export interface WebPushOptions {
  subscriptions: Pick<PushSubscriptionStore, 'listByAccount' | 'deleteGone' | 'touch'>;
  vapid: { publicKey: string; privateKey: string; subject: string };
  /** http and private addresses allowed (PUSH_ALLOW_INSECURE_ENDPOINTS: development and tests only). */
  allowPrivateEndpoints?: boolean;
  timeoutMs?: number;
  /** How long the push service keeps an undelivered message (a phone that is off); a day. */
  ttlSeconds?: number;
}

/** What the service worker (apps/web/public/sw.js) reads from a push. */
export interface PushPayload {
  title: string;
  body: string;
  url: string;
  /** The outbox id: the service worker shows one notification per tag, so a repeat replaces, not adds. */
  tag: string;
}

const statusOf = (error: unknown) => (error as { statusCode?: number }).statusCode;

/**
 * Web Push (RFC 8030, VAPID RFC 8292, payload encryption RFC 8291) through `web-push`, to every browser the
 * account subscribed. A 404 or 410 means the browser dropped the subscription: it is deleted. The outbox id
 * goes out as the `Topic` (a push service replaces a still-undelivered message with the same topic) and as
 * the notification tag (the browser replaces a shown one), so a repeat after a worker crash is not a second
 * notification. With no subscription at all the message is done: there is nobody to push to.
 */
export function createWebPushChannel(options: WebPushOptions): MessageChannel {
  const vapidDetails = {
    subject: options.vapid.subject,
    publicKey: options.vapid.publicKey,
    privateKey: options.vapid.privateKey,
  };
  return {
    name: 'web-push',
    async send(delivery: Delivery) {
      if (delivery.channel !== 'push') throw new PermanentDeliveryError('not a push message');
      const targets = await options.subscriptions.listByAccount(delivery.to);
      if (targets.length === 0) return { providerMessageId: 'push:no-subscription' };
      const payload: PushPayload = {
        title: delivery.title,
        body: delivery.body,
        url: delivery.url,
        tag: delivery.outboxId,
      };
      let delivered = 0;
      let gone = 0;
      const failures: string[] = [];
      for (const target of targets) {
        try {
          // web-push builds the encrypted, VAPID-signed request; postPush sends it to public addresses only,
          // without following redirects (web-push's own sender would follow neither rule).
          const details = webpush.generateRequestDetails(
            { endpoint: target.endpoint, keys: target.keys },
            JSON.stringify(payload),
            {
              vapidDetails,
              TTL: options.ttlSeconds ?? 86_400,
              topic: delivery.outboxId.replaceAll('-', ''),
              urgency: 'normal',
            },
          );
          const status = await postPush(details.endpoint, {
            headers: details.headers as Record<string, string>,
            body: new Uint8Array(details.body as Buffer),
            timeoutMs: options.timeoutMs ?? 30_000,
            allowPrivate: options.allowPrivateEndpoints ?? false,
          });
          // 3xx included: a redirect is not followed, so it did not deliver.
          if (status < 200 || status >= 300)
            throw Object.assign(new Error('push refused'), { statusCode: status });
          delivered++;
          // Bookkeeping of a delivered push: a database hiccup here must not count as a failed delivery.
          await options.subscriptions.touch(target.id, new Date()).catch(() => undefined);
        } catch (error) {
          const status = statusOf(error);
          // Gone, or leading to the internal network: the subscription is dropped, never tried again.
          if (status === 404 || status === 410 || error instanceof UnsafeEndpointError) {
            gone++;
            // A gone subscription left in place is tried (and deleted) again next time; never re-push others.
            await options.subscriptions.deleteGone(target.id).catch(() => undefined);
          } else {
            failures.push(status ? `HTTP ${status}` : 'connection');
          }
        }
      }
      // Some browsers got it: retrying would push it to them again, so the message counts as sent.
      if (delivered > 0 || failures.length === 0) {
        return { providerMessageId: `push:${delivered}/${targets.length}${gone ? ` gone ${gone}` : ''}` };
      }
      throw new Error(`push failed: ${failures.join(', ')}`);
    },
  };
}
