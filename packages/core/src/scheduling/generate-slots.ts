import { addDays, atLocalMinutes, isoWeekday, localDate, offsetMinutes, startOfLocalDay } from '../shared';
import { minutesOf } from './local-time';
import { priorityIndexes } from './priority-quota';
import type { ScheduleException, SlotSpec, WeeklyTemplate } from './scheduling.types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface GenerateSlotsInput {
  /** The role's templates; `id` is carried into the specs. */
  templates: readonly (WeeklyTemplate & { id: string | null })[];
  exceptions: readonly Pick<ScheduleException, 'kind' | 'startsAt' | 'endsAt'>[];
  /** The clinic's IANA zone: template hours are wall-clock times there. */
  timeZone: string;
  /** Slots starting at or after this instant… */
  from: Date;
  /** …and before this one. */
  to: Date;
  /** The role's own room, for templates without one. */
  roleLocationId?: string | null;
}

/**
 * The slots a role's schedule makes in [from, to), in time order. Template hours are the clinic's local wall
 * times turned into instants in its IANA zone, so a Kamchatka clinic's 08:00 is 20:00 UTC of the day before
 * and a Kaliningrad clinic's 08:00 is 06:00 UTC. Each weekday's hours are cut into slots of the template's
 * length, skipping breaks (a slot never straddles a break or the end of the hours). A share of each day's
 * slots is marked priority and released to everyone `priorityReleaseHours` before it starts; the marks are
 * computed over the whole template day, so neither an absence nor the moving window reshuffles them.
 * Absences, vacations and sick days remove every slot they overlap; extra hours add slots with the settings
 * of the template in force that day (or the first template), where nothing else is.
 */
export function generateSlots(input: GenerateSlotsInput): SlotSpec[] {
  const { timeZone, from, to } = input;
  const absences = input.exceptions.filter((e) => e.kind !== 'extra_hours');
  const isAbsent = (start: number, end: number) =>
    absences.some((a) => a.startsAt.getTime() < end && start < a.endsAt.getTime());
  const byStart = new Map<number, SlotSpec>();
  const keep = (spec: SlotSpec) => {
    const start = spec.startsAt.getTime();
    const end = spec.endsAt.getTime();
    if (start < from.getTime() || start >= to.getTime() || isAbsent(start, end)) return;
    if (!byStart.has(start)) byStart.set(start, spec);
  };
  const locationOf = (template: WeeklyTemplate) => template.locationId ?? input.roleLocationId ?? null;

  const lastDay = localDate(to, timeZone);
  for (let date = localDate(from, timeZone); date <= lastDay; date = addDays(date, 1)) {
    const weekday = isoWeekday(date);
    const dayStart = startOfLocalDay(date, timeZone);
    const nextDayStart = startOfLocalDay(addDays(date, 1), timeZone);
    // Null on a day whose UTC offset changes: each slot's wall time is then resolved one by one.
    const midnight =
      offsetMinutes(dayStart, timeZone) === offsetMinutes(nextDayStart, timeZone) ? dayStart.getTime() : null;
    for (const template of input.templates) {
      if (date < template.validFrom || (template.validTo !== null && date > template.validTo)) continue;
      const starts = template.days
        .filter((d) => d.weekday === weekday)
        .flatMap((d) => cutDay(d.start, d.end, d.breaks, template.slotMinutes))
        .sort((a, b) => a - b);
      const priority = priorityIndexes(starts.length, template.priorityPercent);
      starts.forEach((minute, index) => {
        const startsAt = localInstant(date, midnight, minute, timeZone);
        const isPriority = priority.has(index);
        keep({
          startsAt,
          endsAt: new Date(startsAt.getTime() + template.slotMinutes * MINUTE),
          channels: template.channels,
          visitType: template.visitTypes[0] ?? 'in_person',
          isPriority,
          priorityReleasedAt: isPriority
            ? new Date(startsAt.getTime() - template.priorityReleaseHours * HOUR)
            : null,
          scheduleId: template.id,
          locationId: locationOf(template),
        });
      });
    }
  }

  for (const extra of input.exceptions.filter((e) => e.kind === 'extra_hours')) {
    const date = localDate(extra.startsAt, timeZone);
    const template =
      input.templates.find((t) => date >= t.validFrom && (t.validTo === null || date <= t.validTo)) ??
      input.templates[0];
    if (!template) continue;
    const length = template.slotMinutes * MINUTE;
    for (let start = extra.startsAt.getTime(); start + length <= extra.endsAt.getTime(); start += length) {
      if (collides(byStart, start, start + length)) continue;
      keep({
        startsAt: new Date(start),
        endsAt: new Date(start + length),
        channels: template.channels,
        visitType: template.visitTypes[0] ?? 'in_person',
        isPriority: false,
        priorityReleasedAt: null,
        scheduleId: template.id,
        locationId: locationOf(template),
      });
    }
  }
  return [...byStart.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/**
 * The instant of a local wall time `minute` minutes after midnight of `date`. On a day without an offset
 * change (`midnight` given; every day in Russia since 2014) it is midnight plus the minutes, which keeps
 * generating a year of slots for a region cheap; on a day with a change, the wall time is resolved in the
 * zone (a time in a spring-forward gap moves forward).
 */
function localInstant(date: string, midnight: number | null, minute: number, timeZone: string): Date {
  if (midnight !== null) return new Date(midnight + minute * MINUTE);
  return atLocalMinutes(date, minute, timeZone);
}

/** Start minutes of the slots of one span of hours, breaks skipped. */
function cutDay(
  start: string,
  end: string,
  breaks: readonly { start: string; end: string }[],
  slotMinutes: number,
): number[] {
  const first = minutesOf(start) ?? 0;
  const last = minutesOf(end) ?? 0;
  const pauses = breaks.map((b) => [minutesOf(b.start) ?? 0, minutesOf(b.end) ?? 0] as const);
  const starts: number[] = [];
  let cursor = first;
  while (cursor + slotMinutes <= last) {
    const pause = pauses.find(([a, b]) => cursor < b && a < cursor + slotMinutes);
    if (pause) {
      cursor = pause[1];
      continue;
    }
    starts.push(cursor);
    cursor += slotMinutes;
  }
  return starts;
}

function collides(slots: Map<number, SlotSpec>, start: number, end: number): boolean {
  for (const spec of slots.values()) {
    if (spec.startsAt.getTime() < end && start < spec.endsAt.getTime()) return true;
  }
  return false;
}
