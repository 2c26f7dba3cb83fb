import { loadConfig } from '@talon/config';
import { createDevMessagesRepository, createFieldCipher, createOutboxRepository } from '@talon/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ worker: true });
});
afterAll(() => t?.close());

const sink = () => createDevMessagesRepository(t.database.db);

describe('GET /api/v1/dev/messages', () => {
  it('finds a message delivered through the outbox by any form of the phone number, newest first', async () => {
    const config = loadConfig({ NODE_ENV: 'test' });
    const outbox = createOutboxRepository(t.database.db, createFieldCipher(config.secrets));
    const ids: string[] = [];
    for (const code of ['111111', '222222']) {
      const { id } = await outbox.enqueue({
        event: 'identity.login_code',
        channel: 'sms',
        recipient: '+79161234567',
        template: 'login_code',
        payload: { code, minutes: '5' },
        dedupeKey: `dev-routes|${code}`,
      });
      ids.push(id);
      await t.worker!.kick([id]);
      await expect
        .poll(
          async () => (await t.app.inject('/api/v1/dev/messages?to=%2B79161234567')).json().items.length,
          {
            timeout: 5_000,
            interval: 50,
          },
        )
        .toBe(ids.length);
    }
    const res = await t.app.inject('/api/v1/dev/messages?to=8%20(916)%20123-45-67');
    expect(res.statusCode).toBe(200);
    const { items } = res.json();
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ channel: 'sms', to: '+79161234567', subject: null });
    expect(items[0].body).toContain('222222');
    expect(items[1].body).toContain('111111');
    expect(Date.parse(items[0].createdAt)).toBeGreaterThanOrEqual(Date.parse(items[1].createdAt));
  });

  it('lower-cases an email address', async () => {
    await sink().insert({
      outboxId: null,
      channel: 'email',
      recipient: 'ivanova@example.ru',
      subject: 'Тема',
      body: 'Текст',
      html: '<p>Текст</p>',
    });
    const { items } = (await t.app.inject('/api/v1/dev/messages?to=Ivanova@Example.RU')).json();
    expect(items).toEqual([
      expect.objectContaining({ channel: 'email', to: 'ivanova@example.ru', subject: 'Тема', body: 'Текст' }),
    ]);
  });

  it('requires a phone or an address', async () => {
    for (const query of ['', '?to=', '?to=hello']) {
      const res = await t.app.inject(`/api/v1/dev/messages${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });
});

describe('GET /dev/messages', () => {
  it('lists messages on an escaped Russian page without inline script', async () => {
    await sink().insert({
      outboxId: null,
      channel: 'sms',
      recipient: '+79031112233',
      subject: null,
      body: '<script>alert("x")</script> код 654321',
      html: null,
    });
    const res = await t.app.inject('/dev/messages');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<html lang="ru">');
    expect(res.body).toContain('Отправленные сообщения');
    expect(res.body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; код 654321');
    expect(res.body).not.toMatch(/<script/i);
  });

  it('filters by recipient and explains a bad filter', async () => {
    const filtered = await t.app.inject('/dev/messages?to=89031112233');
    expect(filtered.body).toContain('654321');
    expect(filtered.body).not.toContain('ivanova@example.ru');
    const bad = await t.app.inject('/dev/messages?to=%3Cb%3E');
    expect(bad.statusCode).toBe(200);
    expect(bad.body).toContain('Укажите номер телефона');
    expect(bad.body).toContain('value="&lt;b&gt;"');
  });
});

describe('outside demo mode', () => {
  it('has no dev routes', async () => {
    const config = loadConfig({ NODE_ENV: 'test', WEB_DIST_DIR: '/nonexistent' });
    const app = await buildApp({ config, database: t.database, logger: false });
    try {
      expect((await app.inject('/api/v1/dev/messages?to=%2B79161234567')).statusCode).toBe(404);
      expect((await app.inject('/dev/messages')).statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });
});
