import { describe, expect, it } from 'vitest';
import type { OutgoingMessage } from '../messaging';
import { enqueueAppointmentMessages } from './appointment-messages';

const run = async (now: Date, extra: { expiresAt?: Date; isRecipientAction?: boolean } = {}) => {
  const batches: OutgoingMessage[][] = [];
  await enqueueAppointmentMessages(
    {
      recipients: {
        forPatient: async () => ({
          accountId: 'acc-1',
          phone: '+79990001122',
          email: 'Anna@Example.ru',
          preferences: null,
        }),
      },
      outbox: { enqueueAll: async (messages: OutgoingMessage[]) => void batches.push(messages) },
    },
    {
      event: 'waitlist.offer',
      template: 'waitlist_offer',
      appointmentId: 'offer-1',
      patientId: 'p-1',
      bookedByAccountId: null,
      timeZone: 'Europe/Moscow',
      payload: { at: '01.12.2026 в 10:00', clinic: 'ГП № 1', until: '23:45' },
      isRecipientAction: extra.isRecipientAction ?? false,
      ...(extra.expiresAt ? { expiresAt: extra.expiresAt } : {}),
    },
    now,
  );
  // One statement for all the channels of the event, however many there are.
  expect(batches).toHaveLength(1);
  return batches[0]!;
};

describe('enqueueAppointmentMessages', () => {
  it('writes SMS, email, the in-app notice and push, each once per event and recipient', async () => {
    const sent = await run(new Date('2026-11-30T09:00:00Z')); // 12:00 in Moscow
    expect(sent.map((m) => [m.channel, m.recipient])).toEqual([
      ['sms', '+79990001122'],
      ['email', 'anna@example.ru'],
      ['in_app', 'acc-1'],
      ['push', 'acc-1'],
    ]);
    expect(sent.every((m) => m.notBefore === undefined)).toBe(true);
  });

  it('holds SMS and push of a clinic-side message for the morning, and drops them if that is too late', async () => {
    const night = new Date('2026-11-30T20:30:00Z'); // 23:30 in Moscow
    const held = await run(night);
    expect(held.find((m) => m.channel === 'sms')?.notBefore?.toISOString()).toBe('2026-12-01T05:00:00.000Z');
    // A waitlist offer ends in 15 minutes: SMS and push would wake nobody in time, so only email and the app.
    const offer = await run(night, { expiresAt: new Date(night.getTime() + 15 * 60_000) });
    expect(offer.map((m) => m.channel)).toEqual(['email', 'in_app']);
  });
});
