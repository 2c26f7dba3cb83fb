import { createHmac, timingSafeEqual } from 'node:crypto';
import { ZDeliveryStatusAnswer, ZProblem, z } from '@talon/contracts';
import { type DeliveryStatusReport, smsRuDeliveryStatus } from '@talon/core/notifications-delivery';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendProblem } from '../../plugins/problem-details/send-problem';

const MAX_REPORTS = 1_000;

const sameSecret = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/**
 * Reads the reports of a callback body. SMS.ru posts a form with `data[N]` fields of lines
 * `sms_status\n<sms id>\n<status code>\n…`; other gateways may post JSON
 * `{ "reports": [{ "messageId": "…", "status": "103" | "delivered" | "failed" }] }`.
 * Intermediate statuses (queued, sent to the operator) are skipped.
 */
export function parseDeliveryReports(raw: string, contentType: string | undefined): DeliveryStatusReport[] {
  const reports: DeliveryStatusReport[] = [];
  const add = (messageId: unknown, code: unknown) => {
    if (typeof messageId !== 'string' || !messageId || messageId.length > 200) return;
    const providerStatus = String(code ?? '');
    const status =
      providerStatus === 'delivered' || providerStatus === 'failed'
        ? providerStatus
        : smsRuDeliveryStatus(providerStatus);
    if (status) reports.push({ providerMessageId: messageId, status, providerStatus });
  };
  if (contentType?.includes('application/json')) {
    const body = JSON.parse(raw) as { reports?: { messageId?: unknown; status?: unknown }[] };
    for (const report of body.reports ?? []) add(report.messageId, report.status);
  } else {
    for (const [key, value] of new URLSearchParams(raw)) {
      if (!/^data\[\d*\]$/.test(key)) continue;
      const [kind, messageId, code] = value.split('\n');
      if (kind === 'sms_status') add(messageId, code);
    }
  }
  return reports.slice(0, MAX_REPORTS);
}

/**
 * The SMS gateway's delivery status callback (issue 5, item 3). The gateway proves itself with the shared
 * secret `SMS_STATUS_SECRET` in an `X-Talon-Signature: sha256=<hex HMAC-SHA-256 of the raw body>` header.
 * A secret in the URL is not accepted (issue 15, item 11): URLs end up in proxies' and gateways' logs, and it
 * would authenticate any body. Without the secret configured the endpoint does not exist (404). Answers
 * `100` to a form post (SMS.ru's acknowledgement) and the counts as JSON otherwise.
 */
export const smsStatusRoutes: FastifyPluginAsyncZod<{ secret: string | null }> = async (app, options) => {
  const { notificationsDelivery } = app.services;
  // The raw body is needed for the signature, so both content types are read as text in this plugin only.
  app.removeContentTypeParser(['application/json']);
  app.addContentTypeParser(
    ['application/json', 'application/x-www-form-urlencoded'],
    { parseAs: 'string', bodyLimit: 256 * 1024 },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/sms/delivery-status',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Notifications'],
        summary: 'SMS gateway delivery status callback (signed with the shared secret)',
        body: z
          .string()
          .describe('SMS.ru form (`data[]=sms_status\\n<id>\\n<code>`) or JSON `{ reports: [...] }`'),
        response: {
          200: ZDeliveryStatusAnswer.or(z.literal('100')),
          400: ZProblem.describe('The body cannot be read'),
          401: ZProblem.describe('Missing or wrong signature'),
          404: ZProblem.describe('The callback is off (no SMS_STATUS_SECRET)'),
        },
      },
    },
    async (request, reply) => {
      const { secret } = options;
      if (!secret) {
        return sendProblem(reply, request, { status: 404, code: 'NOT_FOUND', detail: 'Адрес не найден.' });
      }
      const raw = request.body;
      const signature = request.headers['x-talon-signature'];
      const expected = `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;
      const isAuthentic = typeof signature === 'string' && sameSecret(signature, expected);
      if (!isAuthentic) {
        return sendProblem(reply, request, {
          status: 401,
          code: 'SIGNATURE_INVALID',
          detail: 'Подпись уведомления о доставке не сходится.',
        });
      }
      const contentType = request.headers['content-type'];
      let parsed: DeliveryStatusReport[];
      try {
        parsed = parseDeliveryReports(raw, contentType);
      } catch {
        return sendProblem(reply, request, {
          status: 400,
          code: 'BODY_INVALID',
          detail: 'Уведомление о доставке не удалось прочитать.',
        });
      }
      const counts = await notificationsDelivery.recordDeliveryReports(null, { reports: parsed });
      request.log.info(counts, 'delivery reports');
      if (contentType?.includes('application/json')) return counts;
      return reply.type('text/plain; charset=utf-8').send('100');
    },
  );
};
