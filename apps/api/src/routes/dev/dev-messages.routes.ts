import { problemResponses, ZText, z } from '@talon/contracts';
import { parsePhone } from '@talon/core/identifiers';
import { escapeHtml } from '@talon/core/messaging';
import { createDevMessagesRepository, type DevMessage } from '@talon/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { demoPageHtml } from './demo-page.presenter';

const PAGE_LIMIT = 200;
const API_LIMIT = 50;

/**
 * A phone in any form `parsePhone` accepts becomes E.164 (`89161234567` → `+79161234567`); an address is
 * lower-cased, as the outbox stores them. Null when the text is neither.
 */
export function normaliseRecipient(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.includes('@')) return /^[^\s@]+@[^\s@]+$/.test(trimmed) ? trimmed.toLowerCase() : null;
  const phone = parsePhone(trimmed);
  return phone.ok ? phone.value : null;
}

const ZDevMessagesQuery = z.object({
  to: ZText(254)
    .trim()
    .min(1)
    .refine((value) => normaliseRecipient(value) !== null, {
      message: 'Укажите номер телефона (+7…) или адрес электронной почты',
    })
    .describe('Phone in any common form, or email address'),
});

const ZDevMessage = z
  .object({
    id: z.string(),
    channel: z.enum(['sms', 'email']),
    to: z.string(),
    subject: z.string().nullable(),
    body: z.string().describe('The plain text as the recipient would read it'),
    createdAt: z.string().describe('ISO 8601'),
  })
  .meta({ id: 'DevMessage' });

const toDto = (message: DevMessage) => ({
  id: message.id,
  channel: message.channel,
  to: message.recipient,
  subject: message.subject,
  body: message.body,
  createdAt: message.createdAt.toISOString(),
});

const TIME = new Intl.DateTimeFormat('ru-RU', {
  dateStyle: 'short',
  timeStyle: 'medium',
  timeZone: 'Europe/Moscow',
});

const CHANNEL_NAMES = { sms: 'SMS', email: 'Почта' } as const;

function renderPage(messages: DevMessage[], filter: { to: string; error: string | null }): string {
  const rows = messages
    .map(
      (m) => `<tr>
<td><time datetime="${m.createdAt.toISOString()}">${escapeHtml(TIME.format(m.createdAt))}</time></td>
<td>${CHANNEL_NAMES[m.channel]}</td>
<td>${escapeHtml(m.recipient)}</td>
<td>${m.subject ? escapeHtml(m.subject) : '—'}</td>
<td><pre>${escapeHtml(m.body)}</pre></td>
</tr>`,
    )
    .join('\n');
  const table = messages.length
    ? `<table>
<caption>Последние сообщения (не больше ${PAGE_LIMIT}), сначала новые</caption>
<thead><tr><th scope="col">Время (МСК)</th><th scope="col">Канал</th><th scope="col">Получатель</th><th scope="col">Тема</th><th scope="col">Текст</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
    : '<p>Сообщений пока нет.</p>';
  return demoPageHtml({
    title: 'Отправленные сообщения',
    heading: 'Отправленные сообщения',
    css: 'pre{white-space:pre-wrap;margin:0;font:inherit}\n.error{color:#a00000}label{margin-right:.5rem}input{font:inherit;padding:.3rem}',
    body: `<p>Демонстрационный режим: SMS и письма не уходят получателям, а сохраняются здесь.</p>
<form method="get" action="/dev/messages">
<label for="to">Получатель</label>
<input id="to" name="to" type="text" value="${escapeHtml(filter.to)}" placeholder="+7 916 123-45-67 или почта" autocomplete="off"${filter.error ? ' aria-invalid="true" aria-describedby="to-error"' : ''}>
<button type="submit">Показать</button>
${filter.to ? '<a href="/dev/messages">Все сообщения</a>' : ''}
${filter.error ? `<p id="to-error" class="error">${escapeHtml(filter.error)}</p>` : ''}
</form>
${table}`,
  });
}

/**
 * Demo mode only: the development sink's messages, for people at `/dev/messages` and for tests at
 * `GET /api/v1/dev/messages?to=`. Registered by app.ts when `config.isDemo`; never in production.
 */
export const devMessagesRoutes: FastifyPluginAsyncZod = async (app) => {
  const devMessages = createDevMessagesRepository(app.database.db);

  app.get(
    '/api/v1/dev/messages',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Dev'],
        summary: 'Messages the development sink stored for one recipient, newest first (demo mode only)',
        querystring: ZDevMessagesQuery,
        response: { 200: z.object({ items: z.array(ZDevMessage) }), 400: problemResponses[400] },
      },
    },
    async (request) => {
      const to = normaliseRecipient(request.query.to)!;
      return { items: (await devMessages.listFor(to, API_LIMIT)).map(toDto) };
    },
  );

  app.get(
    '/dev/messages',
    {
      config: { access: 'public' },
      schema: { hide: true, querystring: z.object({ to: z.string().max(254).optional() }) },
    },
    async (request, reply) => {
      const text = request.query.to?.trim() ?? '';
      const to = text ? normaliseRecipient(text) : null;
      const error = text && !to ? 'Укажите номер телефона (+7…) или адрес электронной почты.' : null;
      const messages = error ? [] : await devMessages.listFor(to, PAGE_LIMIT);
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(renderPage(messages, { to: text, error }));
    },
  );
};
