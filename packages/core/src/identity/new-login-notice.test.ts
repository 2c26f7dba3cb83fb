import { describe, expect, it } from 'vitest';
import type { OutgoingMessage } from '../messaging';
import { notifyNewDeviceLogin } from './new-login-notice';

const CHROME_ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';

describe('notifyNewDeviceLogin', () => {
  const run = async (history: 'known' | 'new' | 'first', email: string | null = 'anna@example.ru') => {
    const sent: OutgoingMessage[] = [];
    const repos = {
      sessions: { deviceHistory: async () => history },
      outbox: {
        enqueue: async (message: OutgoingMessage) => {
          sent.push(message);
          return { id: String(sent.length), isNew: true };
        },
      },
    } as unknown as Parameters<typeof notifyNewDeviceLogin>[0];
    await notifyNewDeviceLogin(
      repos,
      { id: 'acc-1', email },
      { id: 'ses-9', userAgent: CHROME_ANDROID },
      new Date('2026-11-30T06:15:00Z'),
    );
    return sent;
  };

  it('tells the account by email, in-app and push of a login from a new device, in Moscow time', async () => {
    const sent = await run('new');
    expect(sent.map((m) => m.channel)).toEqual(['email', 'in_app', 'push']);
    expect(sent[0]).toMatchObject({
      template: 'new_login',
      recipient: 'anna@example.ru',
      payload: { at: '30.11.2026 в 09:15 по московскому времени', device: 'Chrome, Android' },
      dedupeKey: 'new_login:ses-9:email',
    });
    expect((await run('new', null)).map((m) => m.channel)).toEqual(['in_app', 'push']);
  });

  it('says nothing for a known device or the first session of the account', async () => {
    expect(await run('known')).toEqual([]);
    expect(await run('first')).toEqual([]);
  });
});
