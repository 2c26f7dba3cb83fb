import { describe, expect, it } from 'vitest';
import { fixedClock } from '../shared';
import type { PlannedReminder, ReminderCandidate, RemindersRepository } from './notifications.ports';
import { DEFAULT_PREFERENCES, DEFAULT_REMINDER_OFFSETS, type ReminderKind } from './notifications.types';
import { isReminderStillDue, sendReminderEmailNow, sweepReminders } from './sweep-reminders';

const candidate = (
  id: string,
  startsAt: string,
  over: Partial<ReminderCandidate['recipient']> = {},
): ReminderCandidate => ({
  appointmentId: id,
  startsAt: new Date(startsAt),
  code: 'ABCD-EFGH',
  clinicName: 'ГП № 1',
  clinicAddress: 'ул. Ленина, 1',
  clinicTimeZone: 'Europe/Moscow',
  room: '101',
  specialtyName: 'Терапевт',
  visitType: 'in_person',
  recipient: {
    accountId: '00000000-0000-4000-8000-0000000000aa',
    phone: '+79990000001',
    email: 'A@x.ru',
    preferences: null,
    ...over,
  },
});

function memoryRepo(visits: ReminderCandidate[]) {
  const planned = new Map<string, PlannedReminder>();
  const repo: RemindersRepository = {
    async findUnplanned(kind, from, to, limit, appointmentId) {
      return visits
        .filter((v) => v.startsAt > from && v.startsAt <= to && !planned.has(`${kind}|${v.appointmentId}`))
        .filter((v) => !appointmentId || v.appointmentId === appointmentId)
        .slice(0, limit);
    },
    async planBatch(kind: ReminderKind, reminders) {
      for (const r of reminders) planned.set(`${kind}|${r.appointmentId}`, r);
      return reminders.length;
    },
    async isVisitUpcoming() {
      return true;
    },
  };
  return { repo, planned };
}

const deps = (repo: RemindersRepository, now: string) => ({
  reminders: repo,
  clock: fixedClock(new Date(now)),
  offsets: DEFAULT_REMINDER_OFFSETS,
  lookaheadMinutes: 10,
  batchSize: 2,
  maxBatches: 10,
  links: { key: Buffer.alloc(32, 1), baseUrl: 'https://talon.example' },
});

describe('the reminder sweep', () => {
  it('plans each visit once per kind, in batches, with signed links in the email', async () => {
    const visits = ['v1', 'v2', 'v3'].map((id) => candidate(id, '2026-12-04T07:05:00Z'));
    const { repo, planned } = memoryRepo(visits);
    const first = await sweepReminders(deps(repo, '2026-12-01T07:00:00Z'), null);
    expect(first.email_3d).toEqual({ planned: 3, queued: 3 });
    const email = planned.get('email_3d|v1')!.message!;
    expect(email.recipient).toBe('a@x.ru');
    expect(email.notBefore?.toISOString()).toBe('2026-12-01T07:05:00.000Z');
    expect(email.payload.confirmUrl).toMatch(/^https:\/\/talon\.example\/appointment-links\/[\w-]+\.[\w-]+$/);
    expect(email.dedupeKey).toBe('reminder.email_3d|v1|email|a@x.ru');
    // A second run finds nothing new: no duplicate rows.
    const second = await sweepReminders(deps(repo, '2026-12-01T07:01:00Z'), null);
    expect(second.email_3d.planned).toBe(0);
    // Push is not planned until the push channel supplies its subscribers.
    expect(first.push_2h.planned).toBe(0);
  });

  it("gives a video visit's reminder the room's link instead of the clinic's address and room", async () => {
    const video = { ...candidate('v1', '2026-12-02T07:00:00Z'), visitType: 'video' as const };
    const { repo, planned } = memoryRepo([video, candidate('v2', '2026-12-02T07:00:00Z')]);
    await sweepReminders(deps(repo, '2026-12-01T07:00:00Z'), null);
    const sms = planned.get('sms_1d|v1')!.message!.payload;
    expect(sms.roomLink).toBe('/visit/v1');
    expect(sms).not.toHaveProperty('address');
    expect(sms).not.toHaveProperty('room');
    const inPerson = planned.get('sms_1d|v2')!.message!.payload;
    expect(inPerson).toMatchObject({ address: 'ул. Ленина, 1', room: '101' });
    expect(inPerson).not.toHaveProperty('roomLink');
  });

  it('respects the channel switches: SMS off → the SMS reminder is recorded as skipped', async () => {
    const visit = candidate('v1', '2026-12-02T07:00:00Z', {
      preferences: {
        ...DEFAULT_PREFERENCES,
        channels: { sms: false, email: true, push: true, in_app: true },
      },
    });
    const { repo, planned } = memoryRepo([visit]);
    await sweepReminders(deps(repo, '2026-12-01T07:00:00Z'), null);
    expect(planned.get('sms_1d|v1')).toEqual({ appointmentId: 'v1', message: null, dueAt: null });
  });

  it('plans push reminders only for accounts with a subscription', async () => {
    const { repo, planned } = memoryRepo([
      candidate('v1', '2026-12-01T09:05:00Z'),
      candidate('v2', '2026-12-01T09:05:00Z', { accountId: '00000000-0000-4000-8000-0000000000bb' }),
    ]);
    await sweepReminders(
      {
        ...deps(repo, '2026-12-01T07:00:00Z'),
        pushSubscribers: async () => new Set(['00000000-0000-4000-8000-0000000000aa']),
      },
      null,
    );
    expect(planned.get('push_2h|v1')?.message?.channel).toBe('push');
    expect(planned.get('push_2h|v2')?.message).toBeNull();
  });

  it('checks reminders at send time and lets other messages pass', async () => {
    const gone = { isVisitUpcoming: async () => false };
    const now = new Date();
    expect(
      await isReminderStillDue(gone, { event: 'reminder.sms_1d', payload: { appointmentId: 'v1' } }, now),
    ).toBe(false);
    expect(await isReminderStillDue(gone, { event: 'booking.confirmed', payload: {} }, now)).toBe(true);
  });
});

describe('the reminder email sent now (demo mode)', () => {
  it('plans one visit’s email with its signed links, due now, once', async () => {
    const { repo, planned } = memoryRepo([
      candidate('v1', '2026-12-02T07:00:00Z'),
      candidate('v2', '2026-12-02T07:00:00Z'),
    ]);
    const now = '2026-12-01T07:00:00Z';
    expect(await sendReminderEmailNow(deps(repo, now), 'v1')).toBe(true);
    const email = planned.get('email_3d|v1')!.message!;
    expect(email.notBefore?.toISOString()).toBe('2026-12-01T07:00:00.000Z');
    expect(email.payload.cancelUrl).toMatch(/\/appointment-links\/[\w-]+\.[\w-]+$/);
    expect(planned.has('email_3d|v2')).toBe(false);
    expect(await sendReminderEmailNow(deps(repo, now), 'v1')).toBe(false);
  });

  it('sends nothing for a person without an email address', async () => {
    const { repo } = memoryRepo([candidate('v1', '2026-12-02T07:00:00Z', { email: null })]);
    expect(await sendReminderEmailNow(deps(repo, '2026-12-01T07:00:00Z'), 'v1')).toBe(false);
  });
});
