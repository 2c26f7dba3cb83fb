import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared';
import type { WeeklyTemplateInput } from './scheduling.types';
import { templatesCollide, validateTemplate } from './validate-template';

const base: WeeklyTemplateInput = {
  validFrom: '2026-12-01',
  days: [{ weekday: 1, start: '08:00', end: '14:00', breaks: [{ start: '11:00', end: '11:30' }] }],
  channels: ['internet', 'registry'],
};

const fieldErrors = (input: WeeklyTemplateInput, defaultSlotMinutes = 15) => {
  try {
    validateTemplate(input, { defaultSlotMinutes });
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('SCHEDULE_INVALID');
    return (error as DomainError).options.fieldErrors ?? [];
  }
  throw new Error('expected the template to be refused');
};
const fields = (input: WeeklyTemplateInput, defaultSlotMinutes = 15) =>
  fieldErrors(input, defaultSlotMinutes).map((e) => e.field);

describe('validateTemplate', () => {
  it('applies the defaults: slot length from the specialty, in person, no priority, released 24 h before', () => {
    expect(validateTemplate(base, { defaultSlotMinutes: 30 })).toEqual({
      validFrom: '2026-12-01',
      validTo: null,
      slotMinutes: 30,
      days: base.days,
      visitTypes: ['in_person'],
      channels: ['internet', 'registry'],
      priorityPercent: 0,
      priorityReleaseHours: 24,
      locationId: null,
    });
  });

  it('keeps an explicit slot length over the specialty default', () => {
    expect(validateTemplate({ ...base, slotMinutes: 15 }, { defaultSlotMinutes: 30 }).slotMinutes).toBe(15);
  });

  it('refuses slot lengths other than 15 and 30 minutes, also as a specialty default', () => {
    expect(fields({ ...base, slotMinutes: 20 })).toEqual(['body.slotMinutes']);
    expect(fields(base, 45)).toEqual(['body.slotMinutes']);
  });

  it('refuses weekdays outside 1–7 and malformed times, with Russian messages', () => {
    const errors = fieldErrors({
      ...base,
      days: [
        { weekday: 0, start: '8:00', end: '25:00', breaks: [] },
        { weekday: 8, start: '09:00', end: '12:00', breaks: [] },
      ],
    });
    expect(errors.map((e) => e.field)).toEqual([
      'body.days.0.weekday',
      'body.days.0.start',
      'body.days.0.end',
      'body.days.1.weekday',
    ]);
    expect(errors[0]?.message).toMatch(/понедельник/);
  });

  it('refuses hours that end before they start or are shorter than one slot', () => {
    expect(fields({ ...base, days: [{ weekday: 2, start: '14:00', end: '08:00', breaks: [] }] })).toEqual([
      'body.days.0.end',
    ]);
    expect(
      fields({ ...base, slotMinutes: 30, days: [{ weekday: 2, start: '08:00', end: '08:15', breaks: [] }] }),
    ).toEqual(['body.days.0.end']);
  });

  it('refuses breaks outside the hours, inverted or overlapping each other', () => {
    const day = (breaks: { start: string; end: string }[]) => ({
      ...base,
      days: [{ weekday: 3, start: '08:00', end: '14:00', breaks }],
    });
    expect(fields(day([{ start: '07:30', end: '08:30' }]))).toEqual(['body.days.0.breaks.0']);
    expect(fields(day([{ start: '13:30', end: '14:30' }]))).toEqual(['body.days.0.breaks.0']);
    expect(fields(day([{ start: '11:00', end: '10:00' }]))).toEqual(['body.days.0.breaks.0']);
    expect(
      fields(
        day([
          { start: '10:00', end: '11:00' },
          { start: '10:30', end: '11:30' },
        ]),
      ),
    ).toEqual(['body.days.0.breaks.1']);
  });

  it('refuses overlapping hours on the same weekday but allows a split shift', () => {
    const split = {
      ...base,
      days: [
        { weekday: 1, start: '08:00', end: '12:00', breaks: [] },
        { weekday: 1, start: '12:00', end: '14:00', breaks: [] },
      ],
    };
    expect(validateTemplate(split, { defaultSlotMinutes: 15 }).days).toHaveLength(2);
    expect(
      fields({
        ...split,
        days: [
          { weekday: 1, start: '08:00', end: '12:00', breaks: [] },
          { weekday: 1, start: '11:00', end: '14:00', breaks: [] },
        ],
      }),
    ).toEqual(['body.days.1']);
  });

  it('refuses no days, no channels, unknown channels and visit types', () => {
    expect(fields({ ...base, days: [] })).toEqual(['body.days']);
    expect(fields({ ...base, channels: [] })).toEqual(['body.channels']);
    expect(fields({ ...base, channels: ['internet', 'telegram'] })).toEqual(['body.channels.1']);
    expect(fields({ ...base, visitTypes: ['teleport'] })).toEqual(['body.visitTypes.0']);
  });

  it('refuses a priority share outside 0–100 % and a negative release time', () => {
    expect(fields({ ...base, priorityPercent: 101 })).toEqual(['body.priorityPercent']);
    expect(fields({ ...base, priorityPercent: -1 })).toEqual(['body.priorityPercent']);
    expect(fields({ ...base, priorityPercent: 10.5 })).toEqual(['body.priorityPercent']);
    expect(fields({ ...base, priorityReleaseHours: -2 })).toEqual(['body.priorityReleaseHours']);
    expect(
      validateTemplate({ ...base, priorityPercent: 100 }, { defaultSlotMinutes: 15 }).priorityPercent,
    ).toBe(100);
  });

  it('refuses a period that ends before it starts and malformed dates', () => {
    expect(fields({ ...base, validTo: '2026-11-30' })).toEqual(['body.validTo']);
    expect(fields({ ...base, validFrom: '2026-02-30' })).toEqual(['body.validFrom']);
    expect(validateTemplate({ ...base, validTo: '2026-12-01' }, { defaultSlotMinutes: 15 }).validTo).toBe(
      '2026-12-01',
    );
  });

  it('reports every broken rule at once', () => {
    expect(fields({ ...base, slotMinutes: 10, channels: [], priorityPercent: 200 })).toEqual([
      'body.slotMinutes',
      'body.channels',
      'body.priorityPercent',
    ]);
  });
});

describe('templatesCollide', () => {
  const t = (validFrom: string, validTo: string | null, start: string, end: string, weekday = 1) =>
    validateTemplate(
      { ...base, validFrom, validTo, days: [{ weekday, start, end, breaks: [] }] },
      { defaultSlotMinutes: 15 },
    );

  it('collides when periods share a day and a weekday has overlapping hours', () => {
    expect(
      templatesCollide(t('2026-12-01', null, '08:00', '14:00'), t('2027-01-01', null, '13:00', '18:00')),
    ).toBe(true);
  });

  it('does not collide for consecutive periods, other weekdays or adjacent hours', () => {
    expect(
      templatesCollide(
        t('2026-12-01', '2026-12-31', '08:00', '14:00'),
        t('2027-01-01', null, '08:00', '14:00'),
      ),
    ).toBe(false);
    expect(
      templatesCollide(t('2026-12-01', null, '08:00', '14:00'), t('2026-12-01', null, '08:00', '14:00', 2)),
    ).toBe(false);
    expect(
      templatesCollide(t('2026-12-01', null, '08:00', '14:00'), t('2026-12-01', null, '14:00', '18:00')),
    ).toBe(false);
  });
});
