import { describe, expect, it } from 'vitest';
import { accreditationReminderKey, daysLeft, dueReminderOffset } from './accreditation-reminders';
import type { AccreditationToRemind } from './qualifications.ports';
import { planAccreditationReminders } from './sweep-accreditation-reminders';

describe('days left', () => {
  it('counts from the clinic-local today', () => {
    // 21:30 UTC on 1 Dec: 2 Dec in Moscow and Kamchatka, still 1 Dec in Kaliningrad.
    const at = new Date('2026-12-01T21:30:00Z');
    expect(daysLeft('2026-12-31', at, 'Europe/Moscow')).toBe(29);
    expect(daysLeft('2026-12-31', at, 'Asia/Kamchatka')).toBe(29);
    expect(daysLeft('2026-12-31', at, 'Europe/Kaliningrad')).toBe(30);
    expect(daysLeft('2026-12-01', at, 'Europe/Moscow')).toBe(-1);
  });
});

describe('the reminder due', () => {
  it('is the nearest offset reached, none before 30 days or after the last day', () => {
    expect(dueReminderOffset(31)).toBeNull();
    expect(dueReminderOffset(30)).toBe(30);
    expect(dueReminderOffset(15)).toBe(30);
    expect(dueReminderOffset(14)).toBe(14);
    expect(dueReminderOffset(4)).toBe(14);
    expect(dueReminderOffset(3)).toBe(3);
    expect(dueReminderOffset(0)).toBe(3);
    expect(dueReminderOffset(-1)).toBeNull();
  });

  it('has a key per document, offset and date', () => {
    const key = accreditationReminderKey('q1', 14, '2026-12-31', 'sms', '+79990000000');
    expect(key).toBe('qualification.accreditation_expiring|q1:14:2026-12-31|sms|+79990000000');
    expect(accreditationReminderKey('q1', 14, '2027-01-31', 'sms', '+79990000000')).not.toBe(key);
  });
});

describe('planning', () => {
  const doc: AccreditationToRemind = {
    id: 'q1',
    validUntil: '2026-12-31',
    specialtyName: 'Терапия',
    timeZone: 'Europe/Moscow',
    accountId: 'acc1',
    phone: '+79990000000',
    channels: { sms: true, push: true, in_app: false },
  };
  const outbox = () => {
    const keys = new Set<string>();
    const rows: { channel: string; text: string }[] = [];
    return {
      rows,
      async enqueue(m: { dedupeKey: string; channel: string; payload: Record<string, string> }) {
        const isNew = !keys.has(m.dedupeKey);
        if (isNew)
          rows.push({ channel: m.channel, text: `${m.payload.accreditedSpecialty}/${m.payload.days}` });
        keys.add(m.dedupeKey);
        return { id: m.dedupeKey, isNew };
      },
    };
  };

  it('writes each due reminder once on the allowed channels', async () => {
    const box = outbox();
    const at = new Date('2026-12-01T09:00:00Z');
    expect(await planAccreditationReminders({ outbox: box }, [doc], at)).toBe(2);
    expect(await planAccreditationReminders({ outbox: box }, [doc], at)).toBe(0);
    expect(box.rows).toEqual([
      { channel: 'sms', text: 'Терапия/30' },
      { channel: 'push', text: 'Терапия/30' },
    ]);
    // A day later the 30-day one is already sent; at 14 days the next one comes.
    expect(await planAccreditationReminders({ outbox: box }, [doc], new Date('2026-12-02T09:00:00Z'))).toBe(
      0,
    );
    expect(await planAccreditationReminders({ outbox: box }, [doc], new Date('2026-12-17T09:00:00Z'))).toBe(
      2,
    );
  });

  it('skips a channel without a contact and documents not yet due', async () => {
    const box = outbox();
    await planAccreditationReminders(
      { outbox: box },
      [{ ...doc, phone: null }],
      new Date('2026-12-29T09:00:00Z'),
    );
    expect(box.rows).toEqual([{ channel: 'push', text: 'Терапия/2' }]);
    expect(await planAccreditationReminders({ outbox: box }, [doc], new Date('2026-11-01T09:00:00Z'))).toBe(
      0,
    );
  });
});
