import type { Delivery, MessageChannel } from './channel';
import { PermanentDeliveryError } from './channel';

export interface SmsGatewayOptions {
  /** The gateway's send endpoint, e.g. `https://sms.ru/sms/send`. */
  url: string;
  apiKey: string;
  /** A registered sender name; the gateway's default when null. */
  sender: string | null;
  timeoutMs?: number;
}

/** SMS.ru answer to `/sms/send?json=1`: an overall status and one entry per number. */
interface GatewayAnswer {
  status?: string;
  status_code?: number;
  status_text?: string;
  sms?: Record<string, { status?: string; status_code?: number; sms_id?: string; status_text?: string }>;
}

/**
 * Per-number codes that retrying cannot fix (SMS.ru: 202 wrong number or no route, 207 sending to this
 * number is not allowed). Account-level errors (balance, key, sender name) are retried: someone can fix them.
 */
const PERMANENT_CODES = new Set([202, 207]);

/**
 * SMS through an HTTP gateway in the shape of SMS.ru's JSON API: a form POST of `api_id`, `to` (digits,
 * no plus), `msg`, `from` and `json=1`; the answer carries `status: "OK" | "ERROR"` overall and per number.
 * A non-2xx answer, an unreadable body or an error status throws, so the outbox retries with back-off.
 */
export function createSmsGatewayChannel(options: SmsGatewayOptions): MessageChannel {
  const timeoutMs = options.timeoutMs ?? 30_000;
  return {
    name: 'sms-gateway',
    async send(delivery: Delivery) {
      if (delivery.channel !== 'sms') throw new PermanentDeliveryError('not an SMS');
      const to = delivery.to.replace(/^\+/, '');
      const form = new URLSearchParams({ api_id: options.apiKey, to, msg: delivery.text, json: '1' });
      if (options.sender) form.set('from', options.sender);
      // A plain controller and timer: AbortSignal.timeout costs a DOMException per request, which shows at
      // a thousand messages a second.
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      let answer: GatewayAnswer;
      try {
        const response = await fetch(options.url, {
          method: 'POST',
          body: form,
          // Gateways that take an idempotency key drop a repeat of the same outbox message (docs/notifications.md).
          headers: { accept: 'application/json', 'idempotency-key': delivery.outboxId },
          signal: controller.signal,
        });
        if (!response.ok) throw new Error(`SMS gateway answered HTTP ${response.status}`);
        answer = (await response.json().catch(() => {
          throw new Error('SMS gateway answered with unreadable JSON');
        })) as GatewayAnswer;
      } finally {
        clearTimeout(timer);
      }
      if (answer.status !== 'OK') {
        throw new Error(`SMS gateway error ${answer.status_code ?? '?'}: ${answer.status_text ?? 'no text'}`);
      }
      const entry = answer.sms?.[to];
      if (!entry) throw new Error('SMS gateway answer has no entry for the number');
      if (entry.status !== 'OK') {
        const text =
          `SMS gateway refused the number: ${entry.status_code ?? '?'} ${entry.status_text ?? ''}`.trim();
        if (entry.status_code !== undefined && PERMANENT_CODES.has(entry.status_code)) {
          throw new PermanentDeliveryError(text);
        }
        throw new Error(text);
      }
      return { providerMessageId: entry.sms_id ?? null };
    },
  };
}
