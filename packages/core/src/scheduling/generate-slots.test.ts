import { describe, expect, it } from 'vitest';
import { generateSlots } from './generate-slots';
import type { WeeklyTemplate } from './scheduling.types';

/** 2026-12-07 is a Monday. */
const template = (overrides: Partial<WeeklyTemplate> = {}): WeeklyTemplate & { id: string } => ({
  id: 'tpl-1',
  validFrom: '2026-12-01',
  validTo: null,
  slotMinutes: 30,
  days: [{ weekday: 1, start: '08:00', end: '10:00', breaks: [{ start: '09:00', end: '09:30' }] }],
  visitTypes: ['in_person'],
  channels: ['internet', 'registry'],
  priorityPercent: 0,
  priorityReleaseHours: 24,
  locationId: null,
  ...overrides,
});
const iso = (specs: { startsAt: Date }[]) => specs.map((s) => s.startsAt.toISOString());

describe('generateSlots', () => {
  it('turns a Kaliningrad clinic’s 08:00 (UTC+2) into 06:00 UTC, skipping the break', () => {
    const specs = generateSlots({
      templates: [template()],
      exceptions: [],
      timeZone: 'Europe/Kaliningrad',
      from: new Date('2026-12-06T00:00:00Z'),
      to: new Date('2026-12-08T00:00:00Z'),
    });
    expect(iso(specs)).toEqual([
      '2026-12-07T06:00:00.000Z',
      '2026-12-07T06:30:00.000Z',
      '2026-12-07T07:30:00.000Z',
    ]);
    expect(specs[0]).toMatchObject({
      endsAt: new Date('2026-12-07T06:30:00Z'),
      channels: ['internet', 'registry'],
      visitType: 'in_person',
      isPriority: false,
      priorityReleasedAt: null,
      scheduleId: 'tpl-1',
    });
  });

  it('puts a Kamchatka clinic’s Monday 08:00 (UTC+12) at 20:00 UTC on Sunday, across UTC midnight', () => {
    const specs = generateSlots({
      templates: [template({ days: [{ weekday: 1, start: '08:00', end: '14:00', breaks: [] }] })],
      exceptions: [],
      timeZone: 'Asia/Kamchatka',
      from: new Date('2026-12-06T00:00:00Z'),
      to: new Date('2026-12-08T00:00:00Z'),
    });
    expect(specs).toHaveLength(12);
    expect(specs[0]?.startsAt.toISOString()).toBe('2026-12-06T20:00:00.000Z');
    // 11:30–12:00 local is 23:30–00:00 UTC; 12:00 local is midnight UTC of the local Monday.
    expect(iso(specs)).toContain('2026-12-06T23:30:00.000Z');
    expect(iso(specs)).toContain('2026-12-07T00:00:00.000Z');
    expect(specs.at(-1)?.endsAt.toISOString()).toBe('2026-12-07T02:00:00.000Z');
  });

  it('counts the window in instants: Kamchatka Monday slots belong to a window ending at Monday 00:00 UTC', () => {
    const specs = generateSlots({
      templates: [template({ days: [{ weekday: 1, start: '08:00', end: '14:00', breaks: [] }] })],
      exceptions: [],
      timeZone: 'Asia/Kamchatka',
      from: new Date('2026-12-06T12:00:00Z'),
      to: new Date('2026-12-07T00:00:00Z'),
    });
    expect(iso(specs)).toEqual([
      '2026-12-06T20:00:00.000Z',
      '2026-12-06T20:30:00.000Z',
      '2026-12-06T21:00:00.000Z',
      '2026-12-06T21:30:00.000Z',
      '2026-12-06T22:00:00.000Z',
      '2026-12-06T22:30:00.000Z',
      '2026-12-06T23:00:00.000Z',
      '2026-12-06T23:30:00.000Z',
    ]);
  });

  it('resolves wall times on a day whose offset changes (a zone with summer time)', () => {
    // Berlin moves from UTC+1 to UTC+2 at 02:00 on Sunday 29 March 2026.
    const specs = generateSlots({
      templates: [
        template({
          validFrom: '2026-03-01',
          slotMinutes: 30,
          days: [
            { weekday: 6, start: '08:00', end: '08:30', breaks: [] },
            { weekday: 7, start: '01:00', end: '04:00', breaks: [] },
            { weekday: 7, start: '08:00', end: '08:30', breaks: [] },
          ],
        }),
      ],
      exceptions: [],
      timeZone: 'Europe/Berlin',
      from: new Date('2026-03-28T00:00:00Z'),
      to: new Date('2026-03-30T00:00:00Z'),
    });
    expect(iso(specs)).toEqual([
      '2026-03-28T07:00:00.000Z',
      '2026-03-29T00:00:00.000Z',
      '2026-03-29T00:30:00.000Z',
      // 02:00 and 02:30 do not exist that night: they move to 03:00 and 03:30, which are also slots.
      '2026-03-29T01:00:00.000Z',
      '2026-03-29T01:30:00.000Z',
      '2026-03-29T06:00:00.000Z',
    ]);
  });

  it('respects the validity period and weekdays', () => {
    const specs = generateSlots({
      templates: [
        template({
          validFrom: '2026-12-08',
          validTo: '2026-12-09',
          days: [
            { weekday: 2, start: '10:00', end: '10:30', breaks: [] },
            { weekday: 3, start: '10:00', end: '10:30', breaks: [] },
          ],
        }),
      ],
      exceptions: [],
      timeZone: 'Europe/Moscow',
      from: new Date('2026-12-01T00:00:00Z'),
      to: new Date('2026-12-31T00:00:00Z'),
    });
    expect(iso(specs)).toEqual(['2026-12-08T07:00:00.000Z', '2026-12-09T07:00:00.000Z']);
  });

  it('removes slots overlapping an absence, keeps the rest, and adds extra hours', () => {
    const specs = generateSlots({
      templates: [template({ days: [{ weekday: 1, start: '08:00', end: '10:00', breaks: [] }] })],
      exceptions: [
        // 08:40–09:10 local (UTC+3) touches the 08:30 and 09:00 slots.
        {
          kind: 'absence',
          startsAt: new Date('2026-12-07T05:40:00Z'),
          endsAt: new Date('2026-12-07T06:10:00Z'),
        },
        // Extra hours 18:00–19:00 local on Tuesday.
        {
          kind: 'extra_hours',
          startsAt: new Date('2026-12-08T15:00:00Z'),
          endsAt: new Date('2026-12-08T16:00:00Z'),
        },
      ],
      timeZone: 'Europe/Moscow',
      from: new Date('2026-12-07T00:00:00Z'),
      to: new Date('2026-12-09T00:00:00Z'),
    });
    expect(iso(specs)).toEqual([
      '2026-12-07T05:00:00.000Z',
      '2026-12-07T06:30:00.000Z',
      '2026-12-08T15:00:00.000Z',
      '2026-12-08T15:30:00.000Z',
    ]);
    expect(specs[2]).toMatchObject({
      isPriority: false,
      channels: ['internet', 'registry'],
      scheduleId: 'tpl-1',
    });
  });

  it('removes a whole vacation and sick day, and never adds extra hours inside an absence', () => {
    const specs = generateSlots({
      templates: [
        template({
          days: [1, 2, 3].map((weekday) => ({ weekday, start: '08:00', end: '09:00', breaks: [] })),
        }),
      ],
      exceptions: [
        {
          kind: 'vacation',
          startsAt: new Date('2026-12-06T21:00:00Z'),
          endsAt: new Date('2026-12-07T21:00:00Z'),
        },
        {
          kind: 'sick_day',
          startsAt: new Date('2026-12-08T21:00:00Z'),
          endsAt: new Date('2026-12-09T21:00:00Z'),
        },
        {
          kind: 'extra_hours',
          startsAt: new Date('2026-12-09T10:00:00Z'),
          endsAt: new Date('2026-12-09T11:00:00Z'),
        },
      ],
      timeZone: 'Europe/Moscow',
      from: new Date('2026-12-06T00:00:00Z'),
      to: new Date('2026-12-11T00:00:00Z'),
    });
    expect(iso(specs)).toEqual(['2026-12-08T05:00:00.000Z', '2026-12-08T05:30:00.000Z']);
  });

  it('does not add extra-hours slots over template slots', () => {
    const specs = generateSlots({
      templates: [template({ days: [{ weekday: 1, start: '08:00', end: '09:00', breaks: [] }] })],
      exceptions: [
        {
          kind: 'extra_hours',
          startsAt: new Date('2026-12-07T05:30:00Z'),
          endsAt: new Date('2026-12-07T06:30:00Z'),
        },
      ],
      timeZone: 'Europe/Moscow',
      from: new Date('2026-12-07T00:00:00Z'),
      to: new Date('2026-12-08T00:00:00Z'),
    });
    expect(iso(specs)).toEqual([
      '2026-12-07T05:00:00.000Z',
      '2026-12-07T05:30:00.000Z',
      '2026-12-07T06:00:00.000Z',
    ]);
  });

  it('marks the priority share spread over each day and releases it before the start', () => {
    const specs = generateSlots({
      templates: [
        template({
          slotMinutes: 15,
          days: [{ weekday: 1, start: '08:00', end: '13:00', breaks: [] }],
          priorityPercent: 20,
          priorityReleaseHours: 24,
        }),
      ],
      exceptions: [],
      timeZone: 'Asia/Kamchatka',
      from: new Date('2026-12-01T00:00:00Z'),
      to: new Date('2026-12-15T00:00:00Z'),
    });
    const monday = specs.filter((s) => s.startsAt.getTime() < new Date('2026-12-07T12:00:00Z').getTime());
    expect(monday).toHaveLength(20);
    const priority = monday.flatMap((s, i) => (s.isPriority ? [i] : []));
    expect(priority).toEqual([2, 7, 12, 17]);
    for (const spec of monday.filter((s) => s.isPriority)) {
      expect(spec.priorityReleasedAt?.getTime()).toBe(spec.startsAt.getTime() - 24 * 3_600_000);
    }
    // Same marks the next Monday: deterministic.
    const next = specs.filter((s) => s.startsAt.getTime() >= new Date('2026-12-13T12:00:00Z').getTime());
    expect(next.flatMap((s, i) => (s.isPriority ? [i] : []))).toEqual([2, 7, 12, 17]);
  });

  it('keeps the priority marks when the window starts mid-day', () => {
    const all = generateSlots({
      templates: [
        template({ days: [{ weekday: 1, start: '08:00', end: '12:00', breaks: [] }], priorityPercent: 50 }),
      ],
      exceptions: [],
      timeZone: 'Europe/Moscow',
      from: new Date('2026-12-07T00:00:00Z'),
      to: new Date('2026-12-08T00:00:00Z'),
    });
    const later = generateSlots({
      templates: [
        template({ days: [{ weekday: 1, start: '08:00', end: '12:00', breaks: [] }], priorityPercent: 50 }),
      ],
      exceptions: [],
      timeZone: 'Europe/Moscow',
      from: new Date('2026-12-07T07:00:00Z'),
      to: new Date('2026-12-08T00:00:00Z'),
    });
    expect(later).toEqual(
      all.filter((s) => s.startsAt.getTime() >= new Date('2026-12-07T07:00:00Z').getTime()),
    );
  });

  it('uses the template’s room, else the role’s, and the first visit type', () => {
    const [withRole] = generateSlots({
      templates: [template({ visitTypes: ['video', 'in_person'] })],
      exceptions: [],
      timeZone: 'Europe/Moscow',
      from: new Date('2026-12-07T00:00:00Z'),
      to: new Date('2026-12-08T00:00:00Z'),
      roleLocationId: 'room-role',
    });
    expect(withRole).toMatchObject({ visitType: 'video', locationId: 'room-role' });
    const [withTemplate] = generateSlots({
      templates: [template({ locationId: 'room-tpl' })],
      exceptions: [],
      timeZone: 'Europe/Moscow',
      from: new Date('2026-12-07T00:00:00Z'),
      to: new Date('2026-12-08T00:00:00Z'),
      roleLocationId: 'room-role',
    });
    expect(withTemplate?.locationId).toBe('room-tpl');
  });
});
