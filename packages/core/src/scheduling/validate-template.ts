import { DomainError, type FieldError, isIsoWeekday } from '../shared';
import { isIsoDate, minutesOf, overlaps } from './local-time';
import { SchedulingErrorCode } from './scheduling.errors';
import {
  SLOT_CHANNELS,
  SLOT_MINUTES,
  type SlotChannel,
  type SlotMinutes,
  type TemplateDay,
  VISIT_TYPES,
  type VisitType,
  type WeeklyTemplate,
  type WeeklyTemplateInput,
} from './scheduling.types';

export const DEFAULT_PRIORITY_RELEASE_HOURS = 24;
/** Priority slots held back longer than the longest horizon (30 days) would never open to everyone. */
export const MAX_PRIORITY_RELEASE_HOURS = 24 * 30;

const isSlotChannel = (value: string): value is SlotChannel =>
  (SLOT_CHANNELS as readonly string[]).includes(value);
const isVisitType = (value: string): value is VisitType => (VISIT_TYPES as readonly string[]).includes(value);
const isSlotMinutes = (value: number): value is SlotMinutes =>
  (SLOT_MINUTES as readonly number[]).includes(value);

/**
 * Checks a weekly template and applies its defaults: weekdays 1–7, `HH:MM` times with the start before the
 * end, breaks inside the hours and not overlapping each other, no two spans of one weekday overlapping, slot
 * length 15 or 30 minutes (the specialty's `defaultSlotMinutes` when left out — the legal visit norm), at
 * least one known channel, a priority share of 0–100 %, and a period whose end is not before its start.
 * Every broken rule is reported at once, each with its request field and a Russian message.
 *
 * @param prefix request path of the template, e.g. `body`
 * @throws DomainError SCHEDULE_INVALID with `fieldErrors`
 */
export function validateTemplate(
  input: WeeklyTemplateInput,
  options: { defaultSlotMinutes: number; prefix?: string },
): WeeklyTemplate {
  const prefix = options.prefix ?? 'body';
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field: `${prefix}.${field}`, message });

  if (!isIsoDate(input.validFrom)) fail('validFrom', 'Укажите дату начала действия в формате ГГГГ-ММ-ДД');
  const validTo = input.validTo ?? null;
  if (validTo !== null && !isIsoDate(validTo)) {
    fail('validTo', 'Укажите дату окончания действия в формате ГГГГ-ММ-ДД');
  } else if (validTo !== null && isIsoDate(input.validFrom) && validTo < input.validFrom) {
    fail('validTo', 'Дата окончания действия не может быть раньше даты начала');
  }

  const slotMinutes = input.slotMinutes ?? options.defaultSlotMinutes;
  if (!isSlotMinutes(slotMinutes)) fail('slotMinutes', 'Длительность приёма — 15 или 30 минут');

  if (input.days.length === 0) fail('days', 'Укажите хотя бы один рабочий день');
  input.days.forEach((day, i) => {
    for (const error of checkDay(day, slotMinutes)) fail(`days.${i}.${error.field}`, error.message);
  });
  for (const [i, j] of overlappingDays(input.days)) {
    fail(`days.${j}`, `Часы приёма пересекаются с часами в строке ${i + 1} того же дня недели`);
  }

  const visitTypes = input.visitTypes?.length ? input.visitTypes : ['in_person'];
  visitTypes.forEach((type, i) => {
    if (!isVisitType(type)) fail(`visitTypes.${i}`, 'Вид приёма: в поликлинике, видео или на дому');
  });
  if (input.channels.length === 0) fail('channels', 'Укажите хотя бы один канал записи');
  input.channels.forEach((channel, i) => {
    if (!isSlotChannel(channel)) {
      fail(`channels.${i}`, 'Канал записи: интернет, регистратура, колл-центр, врач, инфомат или другая МО');
    }
  });

  const priorityPercent = input.priorityPercent ?? 0;
  if (!Number.isInteger(priorityPercent) || priorityPercent < 0 || priorityPercent > 100) {
    fail('priorityPercent', 'Доля льготных талонов — целое число от 0 до 100 %');
  }
  const priorityReleaseHours = input.priorityReleaseHours ?? DEFAULT_PRIORITY_RELEASE_HOURS;
  if (
    !Number.isInteger(priorityReleaseHours) ||
    priorityReleaseHours < 0 ||
    priorityReleaseHours > MAX_PRIORITY_RELEASE_HOURS
  ) {
    fail(
      'priorityReleaseHours',
      `Срок освобождения льготных талонов — от 0 до ${MAX_PRIORITY_RELEASE_HOURS} часов`,
    );
  }

  if (errors.length > 0) throw new DomainError(SchedulingErrorCode.SCHEDULE_INVALID, { fieldErrors: errors });
  return {
    validFrom: input.validFrom,
    validTo,
    slotMinutes: slotMinutes as SlotMinutes,
    days: [...input.days]
      .map((day) => ({ ...day, breaks: [...day.breaks].sort((a, b) => a.start.localeCompare(b.start)) }))
      .sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start)),
    visitTypes: [...new Set(visitTypes)] as VisitType[],
    channels: [...new Set(input.channels)] as SlotChannel[],
    priorityPercent,
    priorityReleaseHours,
    locationId: input.locationId ?? null,
  };
}

function checkDay(day: TemplateDay, slotMinutes: number): { field: string; message: string }[] {
  const errors: { field: string; message: string }[] = [];
  if (!isIsoWeekday(day.weekday)) {
    errors.push({ field: 'weekday', message: 'День недели — число от 1 (понедельник) до 7 (воскресенье)' });
  }
  const start = minutesOf(day.start);
  const end = minutesOf(day.end);
  if (start === null || start === 24 * 60)
    errors.push({ field: 'start', message: 'Время начала — ЧЧ:ММ, например 08:00' });
  if (end === null) errors.push({ field: 'end', message: 'Время окончания — ЧЧ:ММ, например 14:00' });
  if (start === null || end === null) return errors;
  if (end <= start) {
    errors.push({ field: 'end', message: 'Время окончания должно быть позже времени начала' });
    return errors;
  }
  if (isSlotMinutes(slotMinutes) && end - start < slotMinutes) {
    errors.push({ field: 'end', message: `Часы приёма короче одного талона (${slotMinutes} мин)` });
  }
  const spans: [number, number, number][] = [];
  day.breaks.forEach((pause, k) => {
    const from = minutesOf(pause.start);
    const to = minutesOf(pause.end);
    if (from === null || to === null || to <= from) {
      errors.push({
        field: `breaks.${k}`,
        message: 'Перерыв: начало и окончание ЧЧ:ММ, окончание позже начала',
      });
      return;
    }
    if (from < start || to > end) {
      errors.push({ field: `breaks.${k}`, message: 'Перерыв должен лежать внутри часов приёма' });
      return;
    }
    const clash = spans.find(([a, b]) => overlaps(a, b, from, to));
    if (clash) {
      errors.push({ field: `breaks.${k}`, message: `Перерыв пересекается с перерывом ${clash[2] + 1}` });
      return;
    }
    spans.push([from, to, k]);
  });
  return errors;
}

/** Pairs [i, j], i < j, of spans of the same weekday that overlap (well-formed spans only). */
function overlappingDays(days: readonly TemplateDay[]): [number, number][] {
  const pairs: [number, number][] = [];
  days.forEach((b, j) => {
    const b1 = minutesOf(b.start);
    const b2 = minutesOf(b.end);
    if (b1 === null || b2 === null) return;
    for (let i = 0; i < j; i++) {
      const a = days[i] as TemplateDay;
      const a1 = minutesOf(a.start);
      const a2 = minutesOf(a.end);
      if (a.weekday === b.weekday && a1 !== null && a2 !== null && overlaps(a1, a2, b1, b2)) {
        pairs.push([i, j]);
        break;
      }
    }
  });
  return pairs;
}

/**
 * True when two templates of one role would make slots at the same time: their periods share a day and some
 * weekday has overlapping hours in both. A role may have several templates (a new rota from a date, video
 * hours next to in-person hours) as long as they never collide.
 */
export function templatesCollide(a: WeeklyTemplate, b: WeeklyTemplate): boolean {
  const aEnd = a.validTo ?? '9999-12-31';
  const bEnd = b.validTo ?? '9999-12-31';
  if (a.validFrom > bEnd || b.validFrom > aEnd) return false;
  return a.days.some((x) =>
    b.days.some(
      (y) =>
        x.weekday === y.weekday &&
        overlaps(
          minutesOf(x.start) ?? 0,
          minutesOf(x.end) ?? 0,
          minutesOf(y.start) ?? 0,
          minutesOf(y.end) ?? 0,
        ),
    ),
  );
}
