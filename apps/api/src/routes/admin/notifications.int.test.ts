import { createHmac } from 'node:crypto';
import { providerMessageIdOf, setOutboxState } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueMessage, waitFor } from '../../testing/delivery-helpers';
import { createStaffSession, type StaffSession } from '../../testing/staff-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

const SECRET = 'test-sms-status-secret-0123456789';

let t: TestApp;
let admin: StaffSession;

beforeAll(async () => {
  t = await createTestApp({ worker: true, env: { SMS_STATUS_SECRET: SECRET } });
  admin = await createStaffSession(t, 'system_admin', { transport: 'bearer' });
});
afterAll(() => t?.close());

const list = (query: string) =>
  t.app.inject({ url: `/api/v1/admin/notifications?${query}`, headers: admin.headers });
const itemOf = async (id: string, query = '') =>
  ((await list(query)).json().items as { id: string }[]).find((item) => item.id === id) as
    | Record<string, unknown>
    | undefined;

describe('dead letters', () => {
  it('shows a message that cannot be sent as dead, and sends it after an admin retry', async () => {
    // A template with no SMS text is a permanent failure: dead at the first try.
    const broken = await enqueueMessage(t.database, {
      channel: 'sms',
      recipient: '+79161234567',
      template: 'new_login',
      payload: { at: 'сегодня' },
    });
    await t.worker!.kick([broken]);
    const dead = await waitFor(
      () => itemOf(broken, 'status=dead'),
      (item) => item !== undefined,
    );
    expect(dead).toMatchObject({
      status: 'dead',
      attempts: 1,
      channel: 'sms',
      maskedRecipient: '+7916*****67',
      lastError: 'UNKNOWN_TEMPLATE',
    });
    expect(JSON.stringify(dead)).not.toContain('1234567');

    // A message that died while the gateway was down for good: the admin sends it again once it is back.
    const lost = await enqueueMessage(t.database, {
      channel: 'sms',
      recipient: '+79167654321',
      template: 'password_changed',
    });
    await setOutboxState(t.database.db, lost, { status: 'dead', attempts: 8, lastError: 'gateway down' });
    const retried = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/notifications/${lost}/retry`,
      headers: admin.headers,
    });
    expect(retried.statusCode, retried.body).toBe(202);
    const sent = await waitFor(
      () => itemOf(lost),
      (item) => item?.status === 'sent',
    );
    expect(sent).toMatchObject({ status: 'sent', attempts: 1 });

    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/notifications/${lost}/retry`,
      headers: admin.headers,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('OUTBOX_MESSAGE_NOT_RETRYABLE');
  });

  it('pages through the outbox with a cursor', async () => {
    const first = (await list('limit=1')).json();
    expect(first.items).toHaveLength(1);
    expect(first.total).toBeGreaterThanOrEqual(2);
    const second = (await list(`limit=1&cursor=${first.nextCursor}`)).json();
    expect(second.items[0].id).not.toBe(first.items[0].id);
  });
});

describe('SMS delivery status callback', () => {
  it('records a signed report against the sent message; refuses a wrong signature', async () => {
    const id = await enqueueMessage(t.database, { channel: 'sms', recipient: '+79160000001' });
    await t.worker!.kick([id]);
    await waitFor(
      () => itemOf(id),
      (item) => item?.status === 'sent',
    );
    const providerId = await providerMessageIdOf(t.database.db, id);
    const body = JSON.stringify({ reports: [{ messageId: providerId, status: '103' }] });
    const signature = `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`;

    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sms/delivery-status',
      headers: { 'content-type': 'application/json', 'x-talon-signature': 'sha256=00' },
      payload: body,
    });
    expect(forged.statusCode).toBe(401);

    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sms/delivery-status',
      headers: { 'content-type': 'application/json', 'x-talon-signature': signature },
      payload: body,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ recorded: 1, unknown: 0 });
    expect(await itemOf(id)).toMatchObject({
      status: 'sent',
      report: { status: 'delivered', providerStatus: '103' },
    });

    // SMS.ru's form, signed too; a later "failed" replaces the report; "100" acknowledges.
    const form = new URLSearchParams({
      'data[0]': `sms_status\n${providerId}\n104\n1700000000`,
    }).toString();
    // The secret in the URL no longer authenticates anything (issue 15, item 11).
    const urlSecret = await t.app.inject({
      method: 'POST',
      url: `/api/v1/sms/delivery-status?token=${SECRET}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: form,
    });
    expect(urlSecret.statusCode).toBe(401);
    const smsRu = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sms/delivery-status',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-talon-signature': `sha256=${createHmac('sha256', SECRET).update(form).digest('hex')}`,
      },
      payload: form,
    });
    expect(smsRu.statusCode, smsRu.body).toBe(200);
    expect(smsRu.body).toBe('100');
    expect(await itemOf(id)).toMatchObject({ report: { status: 'failed', providerStatus: '104' } });
  });
});
