import type { ClaimedMessage } from '@talon/core/messaging';
import { describe, expect, it } from 'vitest';
import { type MessageChannel, PermanentDeliveryError } from '../channels/channel';
import { createJsonLogger } from '../logger';
import {
  type DeliverMessageDeps,
  deliverClaimedMessage,
  withAbsoluteLink,
} from './outbox.deliver-message.job';

describe('withAbsoluteLink', () => {
  const payload = { at: '01.12.2026 в 10:00', link: '/waitlist' };

  it('gives SMS and email the full address of a page of the web app', () => {
    expect(withAbsoluteLink(payload, 'sms', 'https://talon.example.ru')).toEqual({
      at: '01.12.2026 в 10:00',
      link: 'https://talon.example.ru/waitlist',
    });
    expect(withAbsoluteLink(payload, 'email', 'https://talon.example.ru').link).toBe(
      'https://talon.example.ru/waitlist',
    );
  });

  it("makes a video visit's room link absolute too, beside the link", () => {
    const video = { link: '/appointments/a1', roomLink: '/visit/a1' };
    expect(withAbsoluteLink(video, 'sms', 'https://talon.example.ru')).toEqual({
      link: 'https://talon.example.ru/appointments/a1',
      roomLink: 'https://talon.example.ru/visit/a1',
    });
    expect(withAbsoluteLink(video, 'push', 'https://talon.example.ru')).toBe(video);
  });

  it('leaves push and in-app paths, full addresses and payloads without a link alone', () => {
    expect(withAbsoluteLink(payload, 'in_app', 'https://talon.example.ru')).toBe(payload);
    expect(withAbsoluteLink(payload, 'push', 'https://talon.example.ru')).toBe(payload);
    const full = { link: 'https://gosuslugi.ru/' };
    expect(withAbsoluteLink(full, 'sms', 'https://talon.example.ru')).toBe(full);
    expect(withAbsoluteLink({ at: 'x' }, 'sms', 'https://talon.example.ru')).toEqual({ at: 'x' });
    expect(withAbsoluteLink(payload, 'sms', undefined)).toBe(payload);
  });
});

describe('deliverClaimedMessage', () => {
  const NOW = new Date('2026-12-01T06:00:00Z');
  const message = (attempts: number): ClaimedMessage => ({
    id: '0b9c2c1e-0000-4000-8000-000000000001',
    event: 'identity.password_changed',
    channel: 'sms',
    recipient: '+79160000001',
    template: 'login_code',
    payload: { code: '123456', minutes: '5' },
    dedupeKey: 'k',
    attempts,
  });
  const setup = (send: MessageChannel['send'], markSent?: () => Promise<void>) => {
    const calls = { failed: [] as [string, Date | null][], sent: 0, retries: [] as Date[] };
    const channel: MessageChannel = { name: 'test', send };
    const deps = {
      outbox: {
        markFailed: async (_id: string, reason: string, retryAt: Date | null) => {
          calls.failed.push([reason, retryAt]);
        },
        markSent: markSent ?? (async () => void calls.sent++),
      } as unknown as DeliverMessageDeps['outbox'],
      channels: { sms: channel, email: channel, push: channel, in_app: channel },
      clock: { now: () => NOW },
      retryPolicy: { baseDelayMs: 1_000, maxDelayMs: 10_000, maxAttempts: 3 },
      scheduleRetry: async (_id: string, at: Date) => void calls.retries.push(at),
      logger: createJsonLogger('silent'),
    } satisfies DeliverMessageDeps;
    return { deps, calls };
  };

  it('retries a transient failure later, and gives up as dead after the last attempt', async () => {
    const failing = setup(async () => {
      throw new Error('gateway unavailable');
    });
    expect(await deliverClaimedMessage(failing.deps, message(1))).toBe('retry');
    const [[reason, retryAt]] = failing.calls.failed as [[string, Date]];
    expect(reason).toBe('gateway unavailable');
    expect(retryAt.getTime()).toBeGreaterThan(NOW.getTime());
    expect(failing.calls.retries).toEqual([retryAt]);

    expect(await deliverClaimedMessage(failing.deps, message(3))).toBe('dead');
    expect(failing.calls.failed[1]).toEqual(['gateway unavailable', null]);
    expect(failing.calls.retries).toHaveLength(1);
  });

  it('marks a permanent refusal dead at the first attempt, without a retry', async () => {
    const refused = setup(async () => {
      throw new PermanentDeliveryError('SMTP refused: 550');
    });
    expect(await deliverClaimedMessage(refused.deps, message(1))).toBe('dead');
    expect(refused.calls.failed).toEqual([['SMTP refused: 550', null]]);
    expect(refused.calls.retries).toEqual([]);
  });

  it('does not count a failure to record a sent message as a failed send', async () => {
    const recording = setup(
      async () => ({ providerMessageId: 'p1' }),
      async () => {
        throw new Error('database gone');
      },
    );
    await expect(deliverClaimedMessage(recording.deps, message(1))).rejects.toThrow('database gone');
    expect(recording.calls.failed).toEqual([]);
    expect(recording.calls.retries).toEqual([]);
  });

  it('drops a message whose visit is no longer upcoming instead of sending it', async () => {
    let sends = 0;
    const dropped: string[] = [];
    const { deps, calls } = setup(async () => {
      sends++;
      return { providerMessageId: null };
    });
    const outcome = await deliverClaimedMessage(
      {
        ...deps,
        recheck: {
          isStillDue: async () => false,
          drop: async (id: string) => void dropped.push(id),
        },
      },
      message(1),
    );
    expect(outcome).toBe('skipped');
    expect(sends).toBe(0);
    expect(calls.sent).toBe(0);
    expect(dropped).toEqual([message(1).id]);
  });
});
