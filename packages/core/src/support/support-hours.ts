import { addDays, atLocalMinutes, isoWeekday, localDate } from '../shared';

/**
 * When operators answer the live chat: the weekdays (ISO, 1 = Monday) and the local hours, in a time zone.
 * From configuration (`SUPPORT_HOURS`, apps/api's config); the default is weekdays 08:00–20:00 Moscow time.
 */
export interface SupportHours {
  weekdays: readonly number[];
  /** Minutes after local midnight. */
  opensAt: number;
  closesAt: number;
  timeZone: string;
}

export const DEFAULT_SUPPORT_HOURS: SupportHours = {
  weekdays: [1, 2, 3, 4, 5],
  opensAt: 8 * 60,
  closesAt: 20 * 60,
  timeZone: 'Europe/Moscow',
};

/**
 * Reads `Mon-Fri 08:00-20:00` style hours: a weekday range (or one day) and a time range, e.g.
 * `1-5 08:00-20:00` or `1-7 09:00-18:00`; null when it does not read.
 */
export function parseSupportHours(text: string, timeZone = 'Europe/Moscow'): SupportHours | null {
  const match = /^\s*([1-7])(?:-([1-7]))?\s+(\d{2}):(\d{2})-(\d{2}):(\d{2})\s*$/.exec(text);
  if (!match) return null;
  const [, first, last, oh, om, ch, cm] = match;
  const from = Number(first);
  const to = Number(last ?? first);
  const opensAt = Number(oh) * 60 + Number(om);
  const closesAt = Number(ch) * 60 + Number(cm);
  if (from > to || opensAt >= closesAt || closesAt > 24 * 60 || Number(om) > 59 || Number(cm) > 59)
    return null;
  const weekdays = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  return { weekdays, opensAt, closesAt, timeZone };
}

/**
 * Whether operators answer now and, when they do not, when they next will: the live chat page says «Оператор
 * ответит с 08:00 понедельника» from it. Looks at most two weeks ahead.
 */
export function supportAvailability(hours: SupportHours, now: Date): { open: boolean; opensAt: Date | null } {
  const today = localDate(now, hours.timeZone);
  for (let day = 0; day < 15; day += 1) {
    const date = addDays(today, day);
    if (!hours.weekdays.includes(isoWeekday(date))) continue;
    const opens = atLocalMinutes(date, hours.opensAt, hours.timeZone);
    const closes = atLocalMinutes(date, hours.closesAt, hours.timeZone);
    if (now.getTime() >= closes.getTime()) continue;
    if (now.getTime() >= opens.getTime()) return { open: true, opensAt: null };
    return { open: false, opensAt: opens };
  }
  return { open: false, opensAt: null };
}
